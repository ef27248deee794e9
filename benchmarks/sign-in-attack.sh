#!/usr/bin/env bash
# Password guessing against a running Sigilo (demo users): p50 of an authenticated
# GET /api/calls/{id} from one client, first quiet, then while THREADS attacker threads send wrong
# passwords from another address, in the same run; then how many of 40 wrong passwords sent at
# once for one user were actually checked (the rest are refused before the hash). For scale, the
# client is also measured during a flood of as many threads asking the (unauthenticated) health
# probe: on a small machine any flood costs something, and the attack should cost no more than
# that. Appends the figures to benchmarks/results.md. Needs at least one call (loads 100 if there
# is none).
#
#   JAVA_OPTS="-Xmx1g -Djava.net.preferIPv4Stack=true" mvn -P run package -DskipTests &
#   benchmarks/sign-in-attack.sh        # DURATION=20 THREADS=16 BASE=http://127.0.0.1:8080
#
# Sources: the measuring client 127.0.0.2, the attackers 127.0.0.5, the 40 at once 127.0.0.7
# (plus a number per run): a throttled address stays throttled for a while, so a second run would
# otherwise start against an address the first one already used up.
set -euo pipefail
cd "$(dirname "$0")"
export BASE="${BASE:-http://127.0.0.1:8080}"
DURATION="${DURATION:-20}"
THREADS="${THREADS:-16}"
AUDITOR="auditor:auditor-demo"
RUN=$(( $(date +%s) % 200 + 20 ))
command -v jq >/dev/null || { echo "jq is missing: apt-get install jq" >&2; exit 1; }

# shellcheck source=load-calls.sh
source load-calls.sh
id=$(curl -fsS -u "$AUDITOR" "$BASE/sigilo/api/calls?size=1" | jq -r '.items[0].id // empty')
if [ -z "$id" ]; then
  load_calls 100
  id=$(curl -fsS -u "$AUDITOR" "$BASE/sigilo/api/calls?size=1" | jq -r '.items[0].id')
fi
auth="Basic $(printf %s "$AUDITOR" | base64)"
measure() { python3 sign-in-attack.py measure "127.0.2.$RUN" "$DURATION" "/api/calls/$id" "$auth" | grep '^RESULT'; }

quiet=$(measure)
python3 sign-in-attack.py attack "127.0.5.$RUN" "$((DURATION + 10))" "$THREADS" >attack.out &
attacker=$!
sleep 5 # the attackers get going (and used up their free attempts) before the measuring starts
attacked=$(measure)
wait "$attacker"
attack=$(grep '^RESULT' attack.out)
python3 sign-in-attack.py flood "127.0.6.$RUN" "$((DURATION + 10))" "$THREADS" >attack.out &
flooder=$!
sleep 5
flooded=$(measure)
wait "$flooder"
flood=$(grep '^RESULT' attack.out); rm -f attack.out
parallel=$(python3 sign-in-attack.py parallel "127.0.7.$RUN" 40 records-manager | grep '^RESULT')

p50() { sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
{
  echo
  echo "## sign-in-attack, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB"
  echo "- GET /api/calls/{id}, one client, quiet: p50 $(p50 "$quiet") ms — \`$quiet\`"
  echo "- the same while $THREADS threads send wrong passwords from another address: p50 $(p50 "$attacked") ms ($(ratio "$(p50 "$attacked")" "$(p50 "$quiet")")x quiet) — \`$attacked\`"
  echo "- the attack: \`$attack\` (checked = answered \"wrong user name or password\", i.e. hashed)"
  echo "- the same while $THREADS threads ask GET /api/health (a flood of cheap requests, for scale): p50 $(p50 "$flooded") ms ($(ratio "$(p50 "$flooded")" "$(p50 "$quiet")")x quiet) — \`$flooded\`; flood \`$flood\`"
  echo "- 40 wrong passwords for one user at once: \`$parallel\`"
  echo "- ${DURATION}s per measurement; command: \`DURATION=$DURATION THREADS=$THREADS benchmarks/sign-in-attack.sh\`"
} | tee -a results.md
