#!/usr/bin/env bash
# Times org.sigilo.destruction.control.FileShredder, which destroys archive files for the
# records-destruction job, against GNU `shred -n1 -z -u` doing the same work: one random pass and
# one zero pass, each forced to disk, then truncate and unlink. Each run creates two sets of FILES
# files of SIZE bytes with identical random content and names, syncs them, then shreds one set with
# shred (500 paths per process) and the other with one FileShredder on one thread, alternating which
# goes first; it fails if any file survives. Prints one line per run and, last, the summary:
#
#   shredder files=2000 size=102400 median_shredder_ms=... median_shred_ms=...
#     shredder_files_per_s=... shred_files_per_s=... ratio_shred_over_shredder=...
#
# (a ratio above 1 means FileShredder is faster). Needs GNU coreutils' shred, a JDK 17 and Maven.
#
#   benchmarks/shredder.sh                            # FILES=2000 SIZE=102400 RUNS=3
#   FILES=50 SIZE=10485760 benchmarks/shredder.sh     # large files: bound by write bandwidth
#   # DIR=<parent of the working directory, default ejb/target>; MVN_FLAGS=-o to build offline
# Files are written under DIR: the figures are those of that file system (printed as fs=...).
set -euo pipefail
cd "$(dirname "$0")/.."
FILES="${FILES:-2000}"
SIZE="${SIZE:-102400}"
RUNS="${RUNS:-3}"
DIR="${DIR:-ejb/target}"
command -v shred >/dev/null || { echo "shred is missing: apt-get install coreutils" >&2; exit 1; }

# shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
mvn -B -q ${MVN_FLAGS:-} -pl ejb test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
classpath="ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/test-classpath.txt)"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
java -cp "$classpath" org.sigilo.destruction.control.ShredderBenchmark \
  "$FILES" "$SIZE" "$RUNS" "$DIR" | tee "$log" >&2
grep '^shredder ' "$log"
