#!/usr/bin/env bash
# What a retention sweep costs the agents who document calls meanwhile: 16 connections POST
# /api/calls as the demo agent for DURATION with no job running (the baseline), then for DURATION
# while retention sweeps run over COUNT loaded calls (one after another), ROUNDS times alternating,
# so both sides see the same noisy machine. Reports each side's median p50/p95 and their ratio; appends them to
# benchmarks/results.md.
#
#   SIGILO_DEMO_USERS=true SIGILO_DB_URL=... mvn -P run package -DskipTests -Dsigilo.db=postgresql &
#   benchmarks/agents-during-sweep.sh     # COUNT=1000000 DURATION=20s ROUNDS=3
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BASE:-http://127.0.0.1:8080}"
COUNT="${COUNT:-1000000}"
DURATION="${DURATION:-20s}"
ROUNDS="${ROUNDS:-3}"
MANAGER="records-manager:records-manager-demo"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install jq" >&2; exit 1; }

# shellcheck source=load-calls.sh
source load-calls.sh
if [ "$COUNT" -gt 0 ]; then
  load_calls "$COUNT"
fi
auth="Basic $(printf %s "agent:agent-demo" | base64)"
agents() {
  AUTHORIZATION="$auth" wrk -t2 -c16 -d"$DURATION" -s agents-during-sweep.lua "$BASE" | grep '^RESULT'
}
status_of() { curl -fsS -u "$MANAGER" "$1" | jq -r .batchStatus; }

# One sweep after another for as long as the agents run: a sweep over 1,000,000 records takes
# seconds, fewer than a measurement.
sweeps_while() {
  local pid="$1" location n=0
  while kill -0 "$pid" 2>/dev/null; do
    location=$(curl -fsS -u "$MANAGER" -X POST -o /dev/null -w '%header{location}' \
      "$BASE/sigilo/api/jobs/retention-sweep")
    n=$((n + 1))
    while true; do
      case "$(status_of "$location")" in STARTING|STARTED|STOPPING) sleep 0.5 ;; *) break ;; esac
    done
  done
  echo "$n sweeps, the last: $(curl -fsS -u "$MANAGER" "$location" | jq -r .exitStatus)"
}

quiet=(); swept=(); sweeps=()
for round in $(seq 1 "$ROUNDS"); do
  quiet+=("$(agents)")
  out=$(mktemp)
  agents >"$out" &
  sweeps+=("$(sweeps_while $!)")
  wait
  swept+=("$(cat "$out")"); rm -f "$out"
  echo "round $round: quiet ${quiet[-1]} | during sweeps ${swept[-1]} (${sweeps[-1]})"
done
field() { sed -E "s/.*$1=([0-9.]+).*/\\1/" <<<"$2"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
med() { local name="$1"; shift; for r in "$@"; do field "$name" "$r"; done | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
q50=$(med p50_ms "${quiet[@]}"); q95=$(med p95_ms "${quiet[@]}")
s50=$(med p50_ms "${swept[@]}"); s95=$(med p95_ms "${swept[@]}")
qr=$(med requests "${quiet[@]}"); sr=$(med requests "${swept[@]}")
{
  echo
  echo "## agents-during-sweep, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $COUNT calls loaded"
  echo "- 16 agents documenting calls, no job running (baseline, median of $ROUNDS): p50 $q50 ms, p95 $q95 ms, $qr calls in $DURATION"
  echo "- the same while retention sweeps run (median of $ROUNDS): p50 $s50 ms, p95 $s95 ms, $sr calls in $DURATION"
  echo "- what the sweep costs them: p50 $(ratio "$s50" "$q50")x, p95 $(ratio "$s95" "$q95")x, throughput $(ratio "$sr" "$qr")x"
  for i in "${!quiet[@]}"; do echo "  - round $((i + 1)): \`${quiet[$i]}\` / \`${swept[$i]}\` (${sweeps[$i]})"; done
  echo "- command: \`COUNT=$COUNT DURATION=$DURATION ROUNDS=$ROUNDS benchmarks/agents-during-sweep.sh\`"
} | tee -a results.md
