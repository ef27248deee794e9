#!/usr/bin/env bash
# Times the retention-sweep job against a baseline in the same run: one set-based SQL statement
# that computes the same due dates, hold statuses and decisions over the whole table and inserts
# them into disposition_item (as org.sigilo.retention.control.DueRecordsSql does per chunk), in a
# transaction that is rolled back. Loads COUNT
# synthetic calls first (0 to skip). Each run: baseline, then a sweep through the API; the sweep's
# list is withdrawn afterwards so the next run lists the same records again. The first sweep after
# a load also moves every due record's data key to its month's key (counted and reported); later
# runs find them there.
# Checks that the sweep listed exactly as many records as the baseline found. Appends the figures
# to benchmarks/results.md.
#
#   SIGILO_DEMO_USERS=true SIGILO_DB_URL=... mvn -P run package -DskipTests -Dsigilo.db=postgresql &
#   PSQL_URL=postgresql://sigilo:...@127.0.0.1/sigilo benchmarks/retention-sweep.sh
#   # COUNT=1000000 RUNS=3 CUT_OFF=<today> PARTITIONS= THREADS= BASE=http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BASE:-http://127.0.0.1:8080}"
COUNT="${COUNT:-1000000}"
RUNS="${RUNS:-3}"
CUT_OFF="${CUT_OFF:-$(date -u +%F)}"
PSQL_URL="${PSQL_URL:?set PSQL_URL to the database Sigilo uses, e.g. postgresql://user:pw@127.0.0.1/sigilo}"
MANAGER="records-manager:records-manager-demo"
command -v jq >/dev/null || { echo "jq is missing: apt-get install jq" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }

# shellcheck source=load-calls.sh
source load-calls.sh
if [ "$COUNT" -gt 0 ]; then
  load_calls "$COUNT"
fi
# Fresh statistics and visibility maps after a bulk load, for both contenders alike.
psql "$PSQL_URL" -qc "VACUUM ANALYZE call_record, record_data_key, key_encryption_key,
  retention_schedule, call_event, legal_hold, legal_hold_record, disposition_list, disposition_item"
rows=$(psql "$PSQL_URL" -tAc "SELECT COUNT(*) FROM call_record")

# The same statement as DueRecordsSql (PostgreSQL dialect) over every record at once, into the
# same table with the same indexes, for a throwaway list; rolled back afterwards. Like the sweep,
# it names the lists that still decide their records' fate (found first) instead of joining them.
baseline_sql() {
  local open approved busy=""
  open=$(psql "$PSQL_URL" -tAc "SELECT string_agg(id::text, ', ') FROM disposition_list WHERE status IN ('IN_REVIEW', 'SUBMITTED')")
  approved=$(psql "$PSQL_URL" -tAc "SELECT string_agg(id::text, ', ') FROM disposition_list WHERE status = 'APPROVED'")
  [ -n "$open" ] && busy="i.list_id IN ($open)"
  [ -n "$approved" ] && busy="${busy:+$busy OR }(i.list_id IN ($approved) AND i.decision = 'DESTROY')"
  echo "INSERT INTO disposition_item (list_id, record_id, record_class, schedule_id, trigger_date, due_on, held, decision)
SELECT currval('disposition_list_seq'), d.id, d.record_class, d.schedule_id, d.trigger_date, d.due_on, d.held,
  CASE WHEN d.held THEN 'HELD' WHEN d.disposition = 'REVIEW' THEN 'UNDECIDED' ELSE 'DESTROY' END
FROM (SELECT u.*, CASE WHEN EXISTS (SELECT 1 FROM legal_hold h WHERE h.released_at IS NULL
    AND ((h.by_records = TRUE AND EXISTS (SELECT 1 FROM legal_hold_record r WHERE r.hold_id = h.id AND r.record_id = u.id))
    OR (h.by_records = FALSE
      AND (h.customer_reference IS NULL OR h.customer_reference = u.customer_reference)
      AND (h.record_class IS NULL OR h.record_class = u.record_class)
      AND (h.occurred_from IS NULL OR u.call_date >= h.occurred_from)
      AND (h.occurred_to IS NULL OR u.call_date <= h.occurred_to)))) THEN TRUE ELSE FALSE END AS held
  FROM (SELECT t.id, t.record_class, t.customer_reference, t.schedule_id, t.disposition, t.call_date, t.trigger_date,
      CAST(t.trigger_date + t.period_months * INTERVAL '1 month' + t.period_days * INTERVAL '1 day' AS DATE) AS due_on
    FROM (SELECT c.id, c.record_class, c.customer_reference, s.id AS schedule_id, s.disposition, s.period_months, s.period_days,
        CAST(c.occurred_at AT TIME ZONE 'UTC' AS DATE) AS call_date,
        CASE WHEN s.trigger_event IS NULL THEN CAST(c.occurred_at AT TIME ZONE 'UTC' AS DATE) ELSE e.occurred_on END AS trigger_date
      FROM call_record c
      JOIN retention_schedule s ON s.record_class = c.record_class AND s.superseded_at IS NULL
      LEFT JOIN call_event e ON e.call_id = c.id AND e.event_type = s.trigger_event) t
    WHERE t.trigger_date IS NOT NULL) u
  WHERE u.due_on <= DATE '$CUT_OFF') d"
  [ -n "$busy" ] && echo "WHERE NOT EXISTS (SELECT 1 FROM disposition_item i WHERE i.record_id = d.id AND i.held = FALSE AND ($busy))"
  return 0
}

# Data keys still under the 'pending' key-encryption key: the sweep moves those of due records.
pending_sql="SELECT COUNT(*) FROM record_data_key d JOIN key_encryption_key k ON k.id = d.kek_id WHERE k.epoch = 'pending'"
seconds_between() { echo "$(( $(date -d "$2" +%s%N) - $(date -d "$1" +%s%N) ))" | awk '{ printf "%.2f", $1 / 1e9 }'; }
baseline_times=(); sweep_times=(); lines=()
for run in $(seq 1 "$RUNS"); do
  out=$(psql "$PSQL_URL" -v ON_ERROR_STOP=1 -qtA <<SQL
BEGIN;
INSERT INTO disposition_list (id, job_instance_id, due_on_or_before, status, created_by, created_at)
  VALUES (nextval('disposition_list_seq'), -1, DATE '$CUT_OFF', 'SWEEPING', 'benchmark-baseline', now());
\timing on
$(baseline_sql);
\timing off
SELECT COUNT(*) FROM disposition_item WHERE list_id = currval('disposition_list_seq');
ROLLBACK;
SQL
)
  baseline_ms=$(grep -m1 '^Time:' <<<"$out" | sed -E 's/Time: ([0-9.]+) ms.*/\1/')
  baseline_rows=$(grep -v '^Time:' <<<"$out" | grep -E '^[0-9]+$' | tail -1)
  baseline_s=$(awk -v ms="$baseline_ms" 'BEGIN { printf "%.2f", ms / 1000 }')

  pending_before=$(psql "$PSQL_URL" -tAc "$pending_sql")
  location=$(curl -fsS -u "$MANAGER" -X POST -o /dev/null -w '%header{location}' \
    "$BASE/sigilo/api/jobs/retention-sweep?dueOnOrBefore=$CUT_OFF&partitions=${PARTITIONS:-}&threads=${THREADS:-}")
  while true; do
    sweep=$(curl -fsS -u "$MANAGER" "$location")
    status=$(jq -r .batchStatus <<<"$sweep")
    case "$status" in STARTING|STARTED|STOPPING) sleep 0.5 ;; *) break ;; esac
  done
  [ "$status" = COMPLETED ] || { echo "sweep ended $status: $sweep" >&2; exit 1; }
  sweep_s=$(seconds_between "$(jq -r .startedAt <<<"$sweep")" "$(jq -r .endedAt <<<"$sweep")")
  list=$(jq -r .dispositionListId <<<"$sweep")
  partitions=$(jq '.partitions | length' <<<"$sweep")
  listed=$(curl -fsS -u "$MANAGER" "$BASE/sigilo/api/disposition-lists/$list" \
    | jq '.toDestroy + .undecided + .excluded + .held')
  [ "$listed" = "$baseline_rows" ] || { echo "the sweep listed $listed records, the baseline $baseline_rows" >&2; exit 1; }
  curl -fsS -u "$MANAGER" -X POST -H 'Content-Type: application/json' -o /dev/null \
    -d '{"reason":"Benchmark run: list withdrawn so the next run lists the same records"}' \
    "$BASE/sigilo/api/disposition-lists/$list/withdrawal"
  moved=$(( pending_before - $(psql "$PSQL_URL" -tAc "$pending_sql") ))
  ratio=$(awk -v a="$sweep_s" -v b="$baseline_s" 'BEGIN { printf "%.2f", a / b }')
  echo "run $run: baseline ${baseline_s} s, sweep ${sweep_s} s ($partitions partitions), ${ratio}x, $listed due, $moved data keys moved"
  baseline_times+=("$baseline_s"); sweep_times+=("$sweep_s")
  lines+=("- run $run: baseline ${baseline_s} s, sweep ${sweep_s} s, ${ratio}x; $listed of $rows records due (list $list, $partitions partitions); the sweep moved $moved data keys from the pending key to their month's key")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
mb=$(median "${baseline_times[@]}"); ms=$(median "${sweep_times[@]}")
{
  echo
  echo "## retention-sweep, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, PostgreSQL $(psql "$PSQL_URL" -tAc 'SHOW server_version'), $rows records, due by $CUT_OFF"
  printf '%s\n' "${lines[@]}"
  echo "- median of $RUNS: baseline $mb s, sweep $ms s, $(awk -v a="$ms" -v b="$mb" 'BEGIN { printf "%.2f", a / b }')x; sweep $(awk -v r="$rows" -v s="$ms" 'BEGIN { printf "%.0f", r / s }') records/s read, baseline $(awk -v r="$rows" -v s="$mb" 'BEGIN { printf "%.0f", r / s }') records/s"
  echo "- command: \`COUNT=$COUNT RUNS=$RUNS PSQL_URL=... benchmarks/retention-sweep.sh\`"
} | tee -a results.md
