#!/usr/bin/env bash
# Netting benchmark (issue 11): a demo-seeded exchange, N technical accounts (default 100,000) cloned into its
# store, then GET /statements over loopback for the cedent (all periods, one quarter) and a reinsurer, three
# rounds: accounts netted per second. See NettingBench.java. Runs under the shared bench lock.
#   exchange-server/bench/netting.sh [N] [sqlite|postgresql]
#   (postgresql needs REDESK_TEST_PG_URL, REDESK_DB_USER, REDESK_DB_PASSWORD, as for the tests: exchange-server/README.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl exchange-server -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# The build's class directories are copied, so a rebuild while the benchmark runs cannot change its classes.
snapshot="$(mktemp -d /tmp/redesk-bench-classes.XXXXXX)"
trap 'rm -rf "$snapshot"' EXIT
CP=""
i=0
for entry in exchange-server/target/test-classes exchange-server/target/classes $(tr ':' ' ' < exchange-server/target/bench-classpath.txt); do
  if [[ -d "$entry" ]]; then
    i=$((i + 1)); cp -r "$entry" "$snapshot/$i"; entry="$snapshot/$i"
  fi
  CP="${CP:+$CP:}$entry"
done
echo "load before the run: $(uptime)"
flock /tmp/redesk-bench.lock java -Xmx2g ${REDESK_BENCH_JAVA_OPTS:-} -Dredesk.test.engine="${2:-sqlite}" \
    -cp "$CP" io.redesk.exchange.bench.NettingBench "${1:-100000}"
echo "load after the run: $(uptime)"
