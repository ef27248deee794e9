# Sourced by the benchmark scripts: load_calls COUNT loads COUNT synthetic calls into the server at
# $BASE through the loader job (as the demo admin), waits for it, and sets $loaded to its report.
load_calls() {
  local location run status
  location=$(curl -fsS -u admin:admin-demo -X POST -o /dev/null -w '%header{location}' \
    "$BASE/sigilo/api/jobs/load-synthetic-calls?count=$1")
  echo "Loading $1 calls: $location"
  while true; do
    run=$(curl -fsS -u admin:admin-demo "$location")
    status=$(jq -r .batchStatus <<<"$run")
    case "$status" in STARTING|STARTED) sleep 5 ;; *) break ;; esac
  done
  [ "$status" = COMPLETED ] || { echo "load ended $status: $run" >&2; exit 1; }
  loaded=$(jq -r .exitStatus <<<"$run")
  echo "$loaded"
}
