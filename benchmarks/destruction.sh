#!/usr/bin/env bash
# Destroys COUNT records with small attachments through the records-destruction job, on PostgreSQL,
# and reports records per second against a baseline in the same run; then, on identical copies of
# the same files, FileShredder against GNU `shred -n1 -z` (benchmarks/shredder.sh); and the time
# and size of the run's certificate, next to a standalone render-and-sign of one with as many
# entries (CertificateBenchmark). Appends the figures to benchmarks/results.md.
#
# Each run: loads COUNT synthetic calls, gives each an archive file of SIZE random bytes (rows
# inserted with SQL, files written beside the server's own: the job treats them like any other),
# sweeps (every class's schedule is set to one day first, so all are due), submits and approves the
# list, then
#   baseline: the same destruction as one set-based SQL transaction per step (tombstones, data
#             keys, rows), rolled back; it touches no file;
#   job:      POST /api/jobs/records-destruction; records/s = destroyed / (end - start).
# Use a throwaway database: it redefines schedules and destroys everything due.
#
#   SIGILO_DEMO_USERS=true SIGILO_DB_URL=... mvn -P run package -DskipTests -Dsigilo.db=postgresql &
#   PSQL_URL=postgresql://sigilo:...@127.0.0.1/sigilo ARCHIVE_DIR=~/.sigilo/archive \
#     benchmarks/destruction.sh
#   # COUNT=100000 SIZE=4096 RUNS=3 PARTITIONS= CHUNK= BASE=http://127.0.0.1:8080
#   # EXTRAS=0: the job and its baseline only (no shredder or certificate comparison)
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BASE:-http://127.0.0.1:8080}"
COUNT="${COUNT:-100000}"
SIZE="${SIZE:-4096}"
RUNS="${RUNS:-3}"
PSQL_URL="${PSQL_URL:?set PSQL_URL to the database Sigilo uses, e.g. postgresql://user:pw@127.0.0.1/sigilo}"
ARCHIVE_DIR="${ARCHIVE_DIR:?set ARCHIVE_DIR to the archive directory of the server, <data dir>/archive}"
MANAGER="records-manager:records-manager-demo"
LEGAL="legal:legal-demo"
for tool in jq psql python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
# shellcheck source=load-calls.sh
source load-calls.sh

wait_for() { # execution location; prints the final JobRun
  local run status
  while true; do
    run=$(curl -fsS -u "$2" "$1")
    status=$(jq -r .batchStatus <<<"$run")
    case "$status" in STARTING|STARTED|STOPPING) sleep 2 ;; *) break ;; esac
  done
  echo "$run"
}
seconds_between() { echo "$(( $(date -d "$2" +%s%N) - $(date -d "$1" +%s%N) ))" | awk '{ printf "%.2f", $1 / 1e9 }'; }

# Every class due a day after its call, destroyed without review, one person may approve.
for class in $(curl -fsS -u "$MANAGER" "$BASE/sigilo/api/record-classes" | jq -r '.[].code'); do
  curl -fsS -u "$MANAGER" -H 'Content-Type: application/json' -o /dev/null -X POST "$BASE/sigilo/api/schedules" \
    -d "{\"recordClass\":\"$class\",\"period\":\"P1D\",\"disposition\":\"DESTROY\",\"twoPersonRule\":false,\"authority\":\"Benchmark: destroy everything due\"}"
done

job_rates=(); base_rates=(); lines=()
for run in $(seq 1 "$RUNS"); do
  load_calls "$COUNT" >/dev/null
  # one archive file per record not yet destroyed and without one
  psql "$PSQL_URL" -v ON_ERROR_STOP=1 -qc "INSERT INTO call_attachment (id, call_id, stored_name, media_type,
      name_sealed, size_bytes, sha256, created_by, created_at)
    SELECT gen_random_uuid()::text, c.id, gen_random_uuid()::text, 'application/octet-stream',
      '\\x00'::bytea, $SIZE, repeat('0', 64), 'benchmark', now()
    FROM call_record c WHERE NOT EXISTS (SELECT 1 FROM call_attachment a WHERE a.call_id = c.id)"
  psql "$PSQL_URL" -tAc "SELECT stored_name FROM call_attachment a WHERE NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.record_id = a.call_id)" |
    python3 -c "
import os, sys
directory, size = sys.argv[1], int(sys.argv[2])
os.makedirs(directory, exist_ok=True)
for name in sys.stdin.read().split():
    with open(os.path.join(directory, name), 'wb') as f:
        f.write(os.urandom(size))
os.sync()" "$ARCHIVE_DIR" "$SIZE"
  psql "$PSQL_URL" -qc "VACUUM ANALYZE call_record, call_attachment, record_data_key, disposition_item"

  sweep=$(curl -fsS -u "$MANAGER" -X POST -o /dev/null -w '%header{location}' "$BASE/sigilo/api/jobs/retention-sweep")
  list=$(wait_for "$sweep" "$MANAGER" | jq -r .dispositionListId)
  curl -fsS -u "$MANAGER" -X POST -o /dev/null "$BASE/sigilo/api/disposition-lists/$list/submission"
  curl -fsS -u "$LEGAL" -X POST -o /dev/null "$BASE/sigilo/api/disposition-lists/$list/approval"
  due=$(curl -fsS -u "$LEGAL" "$BASE/sigilo/api/disposition-lists/$list/destruction-summary" | jq -r .toDestroy)

  # Baseline: the rows' side of the destruction, set-based, rolled back.
  start=$(date -Ins)
  psql "$PSQL_URL" -v ON_ERROR_STOP=1 -q <<SQL
BEGIN;
INSERT INTO destruction_run (id, list_id, job_instance_id, partitions, overwrite_passes, status, started_by, started_at)
  VALUES (nextval('destruction_run_seq'), $list, -1, 1, 2, 'DESTROYING', 'benchmark-baseline', now());
CREATE TEMPORARY TABLE doomed ON COMMIT DROP AS
  SELECT i.record_id, i.schedule_id, i.due_on FROM disposition_item i
  WHERE i.list_id = $list AND i.decision = 'DESTROY' AND i.held = FALSE;
INSERT INTO tombstone (record_id, run_id, record_class, customer_reference, occurred_at, documented_at, due_on,
    schedule_id, schedule_version, hold_check, key_epoch, files, file_bytes, overwrite_passes, destroyed_at)
  SELECT c.id, currval('destruction_run_seq'), c.record_class, c.customer_reference, c.occurred_at, c.created_at,
    d.due_on, d.schedule_id, s.version, 'baseline', k.epoch, 1, $SIZE, 2, now()
  FROM doomed d JOIN call_record c ON c.id = d.record_id JOIN retention_schedule s ON s.id = d.schedule_id
    JOIN record_data_key r ON r.record_id = c.id JOIN key_encryption_key k ON k.id = r.kek_id;
DELETE FROM record_data_key WHERE record_id IN (SELECT record_id FROM doomed);
DELETE FROM call_event WHERE call_id IN (SELECT record_id FROM doomed);
DELETE FROM call_sensitive_category WHERE call_id IN (SELECT record_id FROM doomed);
DELETE FROM call_consented_category WHERE call_id IN (SELECT record_id FROM doomed);
DELETE FROM call_attachment WHERE call_id IN (SELECT record_id FROM doomed);
DELETE FROM call_record WHERE id IN (SELECT record_id FROM doomed);
ROLLBACK;
SQL
  base_s=$(seconds_between "$start" "$(date -Ins)")

  execution=$(curl -fsS -u "$LEGAL" -X POST -o /dev/null -w '%header{location}' \
    "$BASE/sigilo/api/jobs/records-destruction?listId=$list&partitions=${PARTITIONS:-}&chunkSize=${CHUNK:-}")
  result=$(wait_for "$execution" "$LEGAL")
  [ "$(jq -r .batchStatus <<<"$result")" = COMPLETED ] || { echo "destruction ended: $result" >&2; exit 1; }
  destroyed=$(jq -r .destruction.destroyed <<<"$result")
  [ "$destroyed" = "$due" ] || { echo "destroyed $destroyed of $due" >&2; exit 1; }
  left=$(psql "$PSQL_URL" -tAc "SELECT COUNT(*) FROM call_attachment a JOIN tombstone t ON t.record_id = a.call_id")
  [ "$left" = 0 ] || { echo "$left attachment rows of destroyed records remain" >&2; exit 1; }
  job_s=$(seconds_between "$(jq -r .startedAt <<<"$result")" "$(jq -r .endedAt <<<"$result")")
  number=$(jq -r .destruction.certificateNumber <<<"$result")
  read -r cert_s cert_bytes < <(psql "$PSQL_URL" -tA -F ' ' -c "SELECT
      round(EXTRACT(EPOCH FROM c.issued_at - (SELECT MAX(t.destroyed_at) FROM tombstone t WHERE t.run_id = c.run_id))::numeric, 2),
      c.size_bytes FROM destruction_certificate c WHERE c.certificate_number = $number")
  job_rate=$(awk -v n="$destroyed" -v s="$job_s" 'BEGIN { printf "%.0f", n / s }')
  base_rate=$(awk -v n="$destroyed" -v s="$base_s" 'BEGIN { printf "%.0f", n / s }')
  job_rates+=("$job_rate"); base_rates+=("$base_rate")
  line="run $run: destroyed=$destroyed files=$destroyed x ${SIZE} B job=${job_s}s (${job_rate} records/s) baseline=${base_s}s (${base_rate} records/s) certificate=${cert_s}s ${cert_bytes} B"
  echo "$line"; lines+=("$line")
done

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
job_median=$(median "${job_rates[@]}"); base_median=$(median "${base_rates[@]}")
summary="destruction records=$COUNT size=$SIZE median_job_records_per_s=$job_median median_baseline_records_per_s=$base_median baseline_over_job=$(awk -v b="$base_median" -v j="$job_median" 'BEGIN { printf "%.1f", b / j }')"
echo "$summary"

plain() { sed 's/\x1b\[[0-9;]*m//g'; } # Maven's colour codes out of the results
extras=()
if [ "${EXTRAS:-1}" = 1 ]; then
  shred_line=$(MVN_FLAGS="${MVN_FLAGS:-}" FILES=2000 SIZE="$SIZE" RUNS=3 ./shredder.sh | tail -1 | plain)
  echo "$shred_line"
  large_line=$(MVN_FLAGS="${MVN_FLAGS:-}" FILES=50 SIZE=10485760 RUNS=3 ./shredder.sh | tail -1 | plain)
  echo "$large_line"
  (cd .. && mvn -B -q ${MVN_FLAGS:-} -pl ejb test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
  cert_line=$(java -cp "../ejb/target/test-classes:../ejb/target/classes:$(cat ../ejb/target/test-classpath.txt)" \
    org.sigilo.certificates.control.CertificateBenchmark "$COUNT" 3 | tail -1 | plain)
  echo "$cert_line"
  extras=("$shred_line" "$large_line" "$cert_line")
fi

{
  echo
  echo "## records-destruction, $(date -u +%F) ($(nproc) cores, PostgreSQL $(psql "$PSQL_URL" -tAc 'SHOW server_version'))"
  echo
  echo '`PSQL_URL=... ARCHIVE_DIR=... COUNT='"$COUNT"' SIZE='"$SIZE"' RUNS='"$RUNS"' benchmarks/destruction.sh`'
  echo
  for line in "${lines[@]}"; do echo "- $line"; done
  echo "- $summary"
  for line in "${extras[@]}"; do echo "- $line"; done
} >> results.md
