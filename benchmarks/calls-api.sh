#!/usr/bin/env bash
# Loads COUNT synthetic calls into a running Sigilo (on PostgreSQL, with demo users), reports the
# loader's calls/s, then measures p50/p95 latency at 16 connections for GET /api/calls/{id}, for a
# page of GET /api/calls (among the first 40, and anywhere), and for GET /api/health as the
# same-run baseline. Appends the figures to benchmarks/results.md.
#
#   SIGILO_DEMO_USERS=true SIGILO_DB_URL=... mvn -P run package -DskipTests -Dsigilo.db=postgresql &
#   benchmarks/calls-api.sh            # COUNT=1000000 DURATION=30s BASE=http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BASE:-http://127.0.0.1:8080}"
COUNT="${COUNT:-1000000}"
DURATION="${DURATION:-30s}"
AUDITOR="auditor:auditor-demo"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install jq" >&2; exit 1; }

# shellcheck source=load-calls.sh
source load-calls.sh
if [ "$COUNT" -gt 0 ]; then
  load_calls "$COUNT"
fi

listed=$(curl -fsS -u "$AUDITOR" "$BASE/sigilo/api/calls?size=1")
total=$(jq .total <<<"$listed")   # counted up to the pageable window of 10,000
exact=$(jq .totalExact <<<"$listed")
pages=$(( (total + 24) / 25 ))
ids_file=$(mktemp)
for page in 0 10 20 30 40 49; do
  curl -fsS -u "$AUDITOR" "$BASE/sigilo/api/calls?size=200&page=$page" | jq -r '.items[].id' >>"$ids_file"
done
auth="Basic $(printf %s "$AUDITOR" | base64)"
measure() {
  MODE="$1" IDS_FILE="$ids_file" PAGES="$pages" AUTHORIZATION="$auth" \
    wrk -t2 -c16 -d"$DURATION" -s calls-api.lua "$BASE" | grep '^RESULT'
}
health=$(measure health); one=$(measure call); list=$(measure list); deep=$(measure deep)
rm -f "$ids_file"
p50() { sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$1"; }
p95() { sed -E 's/.*p95_ms=([0-9.]+).*/\1/' <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
{
  echo
  echo "## calls-api, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $total calls listed (exact: $exact; lists page through the newest 10,000)"
  [ "$COUNT" -gt 0 ] && echo "- loader: $loaded"
  echo "- GET /api/health (baseline): p50 $(p50 "$health") ms, p95 $(p95 "$health") ms — \`$health\`"
  echo "- GET /api/calls/{id}: p50 $(p50 "$one") ms, p95 $(p95 "$one") ms ($(ratio "$(p50 "$one")" "$(p50 "$health")")x baseline p50) — \`$one\`"
  echo "- GET /api/calls?size=25&page=(random of the first 40): p50 $(p50 "$list") ms, p95 $(p95 "$list") ms ($(ratio "$(p50 "$list")" "$(p50 "$health")")x baseline p50) — \`$list\`"
  echo "- GET /api/calls?size=25&page=(random of all $pages in the window): p50 $(p50 "$deep") ms, p95 $(p95 "$deep") ms ($(ratio "$(p50 "$deep")" "$(p50 "$health")")x baseline p50) — \`$deep\`"
  echo "- 16 connections, 2 wrk threads, $DURATION each; command: \`COUNT=$COUNT DURATION=$DURATION benchmarks/calls-api.sh\`"
} | tee -a results.md
