#!/usr/bin/env bash
# Starts or stops the Keycloak the in-server tests sign in with (a real OpenID Connect provider).
#   keycloak.sh start KEYCLOAK_HOME PORT REALM_JSON
#   keycloak.sh stop  KEYCLOAK_HOME
#   keycloak.sh java-home          (prints the Java 21+ it would use, or fails saying what to install)
# Keycloak insists that the file is named after its realm (sigilo-realm.json).
# The realm is imported afresh on every start (its H2 data lives under KEYCLOAK_HOME, in target/).
# "start" returns once the realm's discovery document is served: waiting on that state, not on a
# guessed time. Keycloak 26 needs Java 21 or later; Sigilo's build runs on 17, so a newer JDK is
# looked for (KEYCLOAK_JAVA_HOME first).
set -euo pipefail

action="$1"
home="${2:-}"
pidfile="$home/keycloak.pid"
log="$home/keycloak.log"

java_home() {
  local candidate
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 \
    /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    local major
    major="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "No Java 21+ for Keycloak: install one (apt-get install openjdk-21-jdk-headless; .ci/run does)" >&2
  return 1
}

stop() {
  [ -f "$pidfile" ] || return 0
  local pid
  pid="$(cat "$pidfile")"
  # started with setsid: the pid is its process group's id, so kc.sh and its java go together
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

case "$action" in
  start)
    port="$3"
    realm="$4"
    stop
    jdk="$(java_home)"
    rm -rf "$home/data/h2" "$home/data/import"
    mkdir -p "$home/data/import"
    cp "$realm" "$home/data/import/"
    echo "Starting Keycloak on 127.0.0.1:$port with $jdk (log: $log)"
    JAVA_HOME="$jdk" setsid "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
      --http-management-port="$((port + 1))" --import-realm >"$log" 2>&1 </dev/null &
    echo $! >"$pidfile"
    discovery="http://127.0.0.1:$port/realms/sigilo/.well-known/openid-configuration"
    for _ in $(seq 1 300); do
      if curl -sf -o /dev/null "$discovery"; then
        echo "Keycloak is ready: $discovery"
        exit 0
      fi
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        echo "Keycloak stopped while starting:" >&2
        tail -50 "$log" >&2
        exit 1
      fi
      sleep 1
    done
    echo "Keycloak did not serve $discovery within 300 s:" >&2
    tail -50 "$log" >&2
    stop
    exit 1
    ;;
  stop)
    stop
    ;;
  java-home)
    java_home
    ;;
  *)
    echo "usage: keycloak.sh start HOME PORT REALM_JSON | stop HOME" >&2
    exit 2
    ;;
esac
