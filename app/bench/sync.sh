#!/usr/bin/env bash
# Sync benchmark (issue 5): on loopback against the real in-process exchange, (a) the first sync of
# N feed records (default 100,000): records/s and the ratio to the bare cost (SDK fetch of the same
# pages + writing the same rows into a vault), target <= 1.5; (b) pushing M queued changes (default
# 10,000): mutations/s, target >= 500. Progress and figures on stdout; figures also in
# app/target/bench/sync.txt. Runs under the shared bench lock.
#   app/bench/sync.sh [N] [M] [placements|accounts]   e.g. app/bench/sync.sh 5000 1000 for a smoke run;
#   "accounts": the feed holds N technical accounts of the broker's finance user instead of placements
#   REDESK_BENCH_JFR=1 app/bench/sync.sh ...   also records app/target/bench/sync.jfr
#   REDESK_BENCH_JAVA_OPTS=-Dredesk.bench.parallelism=16 app/bench/sync.sh ...   another push pool size
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# The build's class directories are copied, so a rebuild while the benchmark runs cannot change its classes.
snapshot="$(mktemp -d /tmp/redesk-bench-classes.XXXXXX)"
trap 'rm -rf "$snapshot"' EXIT
CP=""
i=0
for entry in app/target/test-classes app/target/classes $(tr ':' ' ' < app/target/bench-classpath.txt); do
  if [[ -d "$entry" ]]; then
    i=$((i + 1)); cp -r "$entry" "$snapshot/$i"; entry="$snapshot/$i"
  fi
  CP="${CP:+$CP:}$entry"
done
mkdir -p app/target/bench
JFR=()
if [[ "${REDESK_BENCH_JFR:-}" == 1 ]]; then
  JFR=(-XX:StartFlightRecording=filename=app/target/bench/sync.jfr,settings=profile)
fi
echo "load before the run: $(uptime)"
flock /tmp/redesk-bench.lock java -Xmx2g "${JFR[@]}" ${REDESK_BENCH_JAVA_OPTS:-} \
    -Dredesk.bench.feed="${3:-placements}" -cp "$CP" io.redesk.app.sync.engine.SyncBench "${1:-100000}" "${2:-10000}"
