#!/usr/bin/env bash
# Runs one benchmark of this folder against two revisions of Sigilo in the same session, so that a
# change can be shown not to make it slower on the same (noisy) machine: for each of ROUNDS rounds,
# both revisions (the older first in odd rounds, the newer first in even ones), each built in a worktree of its own and run on a fresh
# PostgreSQL database and data directory, measured by this checkout's benchmark script (which
# compares with its own baseline in the same run and appends its figures to results.md). Ends with
# one line per revision: each round's ratio (the median of the benchmark's runs: sweep over
# baseline, or for the destruction baseline over job; either way higher is slower), and for the
# sweep also its first run's, the one that moves every due data key; then, round by round, the
# newer revision's job time over the older one's (the baseline is the same SQL for both, so this
# pairs the two revisions directly; alternating rounds share the machine's drift).
#
#   benchmarks/compare-revisions.sh 9282317 HEAD retention-sweep.sh   # COUNT=200000 RUNS=3
#   benchmarks/compare-revisions.sh 9282317 HEAD destruction.sh       # COUNT=20000 SIZE=4096
#   # ROUNDS=1 PORT_OFFSET=0 WORK=/tmp/sigilo-revisions
#
# Needs PostgreSQL on 127.0.0.1:5432 with a superuser `postgres` on trust authentication (it drops
# and creates the role and database `sigilo_bench`), and nothing else on port 8080 + PORT_OFFSET.
set -euo pipefail
cd "$(dirname "$0")"
OLD="${1:?older revision}"
NEW="${2:?newer revision}"
BENCHMARK="${3:?benchmark script: retention-sweep.sh or destruction.sh}"
ROUNDS="${ROUNDS:-1}"
WORK="${WORK:-/tmp/sigilo-revisions}"
PORT_OFFSET="${PORT_OFFSET:-0}"
BASE="http://127.0.0.1:$((8080 + PORT_OFFSET))"
DB_PASSWORD=bench-only # a throwaway role of a throwaway database, dropped on every run
export PSQL_URL="postgresql://sigilo_bench:$DB_PASSWORD@127.0.0.1/sigilo_bench"
[ -x "$BENCHMARK" ] || { echo "No benchmark $BENCHMARK here" >&2; exit 1; }
mkdir -p "$WORK"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill -- -"$server_pid" 2>/dev/null || true
    while kill -0 -- -"$server_pid" 2>/dev/null; do sleep 1; done
    server_pid=""
  fi
}
trap stop_server EXIT

checkout() { # revision -> worktree path (built once)
  local commit tree
  commit=$(git rev-parse --verify "$1^{commit}")
  tree="$WORK/$commit"
  if [ ! -d "$tree" ]; then
    git worktree add --detach "$tree" "$commit" >/dev/null
  fi
  echo "$tree"
}

run_revision() { # revision -> prints the benchmark's output
  local tree data
  tree=$(checkout "$1")
  data="$WORK/data-$(basename "$tree")"
  rm -rf "$data"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS sigilo_bench" \
    -c "DROP ROLE IF EXISTS sigilo_bench" \
    -c "CREATE ROLE sigilo_bench LOGIN PASSWORD '$DB_PASSWORD'" \
    -c "CREATE DATABASE sigilo_bench OWNER sigilo_bench"
  (
    cd "$tree"
    export SIGILO_DB_URL=jdbc:postgresql://127.0.0.1:5432/sigilo_bench SIGILO_DB_USER=sigilo_bench
    export SIGILO_DB_PASSWORD="$DB_PASSWORD" SIGILO_DEMO_USERS=true SIGILO_KEYSTORE_GENERATE=true
    export SIGILO_DATA_DIR="$data" SIGILO_RETENTION_SWEEP_AT=off SIGILO_DESTRUCTION_AT=off
    export JAVA_OPTS="-Xmx1g -Djava.net.preferIPv4Stack=true -Djboss.socket.binding.port-offset=$PORT_OFFSET"
    exec setsid mvn -B -q -P run package -DskipTests -Dsigilo.db=postgresql >"$data.log" 2>&1
  ) &
  server_pid=$!
  until curl -fsS -o /dev/null "$BASE/sigilo/api/health" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { echo "The server of $1 stopped; see $data.log" >&2; exit 1; }
    sleep 2
  done
  BASE="$BASE" ARCHIVE_DIR="$data/archive" "./$BENCHMARK"
  stop_server
}

figures_of() { # a benchmark's output -> "ratio first seconds": its median ratio against its
  # baseline, its first run's ratio (the sweep's, which moves every due data key; "-" otherwise),
  # and the job's own time for the same work (the median sweep's seconds; for the destruction,
  # seconds per 1,000 records at its median rate)
  local out
  out=$(cat)
  case "$BENCHMARK" in
    retention-sweep.sh)
      echo "$(grep '^- median of' <<<"$out" | sed -E 's/.* ([0-9.]+)x;.*/\1/')" \
        "$(grep '^- run 1:' <<<"$out" | sed -E 's/.* ([0-9.]+)x;.*/\1/')" \
        "$(grep '^- median of' <<<"$out" | sed -E 's/.*, sweep ([0-9.]+) s,.*/\1/')" ;;
    destruction.sh)
      echo "$(grep '^destruction records=' <<<"$out" | sed -E 's/.*baseline_over_job=([0-9.]+).*/\1/')" - \
        "$(grep '^destruction records=' <<<"$out" \
          | sed -E 's/.*median_job_records_per_s=([0-9.]+).*/\1/' | awk '{ printf "%.3f", 1000 / $1 }')" ;;
  esac
}

declare -a old_ratios new_ratios old_first new_first pairs
output="$WORK/benchmark-output.txt"
for round in $(seq 1 "$ROUNDS"); do
  # the output goes to a file first: tee to /dev/stderr would reopen (and truncate) a log file
  # odd rounds run the older revision first, even rounds the newer: the second of a pair finds the
  # database's and the file system's caches warmer, so neither revision always gets that
  for revision in $( ((round % 2)) && echo "$OLD $NEW" || echo "$NEW $OLD"); do
    run_revision "$revision" >"$output"; cat "$output" >&2
    read -r ratio first seconds < <(figures_of <"$output")
    if [ "$revision" = "$OLD" ]; then
      old_ratios+=("$ratio"); old_first+=("$first"); old_seconds=$seconds
    else
      new_ratios+=("$ratio"); new_first+=("$first"); new_seconds=$seconds
    fi
  done
  pairs+=("$(awk -v n="$new_seconds" -v o="$old_seconds" 'BEGIN { printf "%.2f", n / o }')")
done
median() { # of two, their mean
  printf '%s\n' "$@" | sort -n \
    | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
what="sweep over baseline"
[ "$BENCHMARK" = destruction.sh ] && what="baseline over job"
{
  echo
  echo "## $BENCHMARK before and after, $(date -u +%FT%RZ), $(nproc) cores"
  echo "- $OLD ($(git rev-parse --short "$OLD")): $what ${old_ratios[*]} (median $(median "${old_ratios[@]}")); first run ${old_first[*]}"
  echo "- $NEW ($(git rev-parse --short "$NEW")): $what ${new_ratios[*]} (median $(median "${new_ratios[@]}")); first run ${new_first[*]}"
  echo "- the job's own time, $NEW over $OLD, round by round: ${pairs[*]} (median $(median "${pairs[@]}"); above 1 is slower)"
  echo "- command: \`${COUNT:+COUNT=$COUNT }${RUNS:+RUNS=$RUNS }ROUNDS=$ROUNDS benchmarks/compare-revisions.sh $OLD $NEW $BENCHMARK\`"
} | tee -a results.md
