#!/usr/bin/env bash
# Feed benchmark: seeds N changes (default 100,000) straight into an in-process exchange's store, then
# pages them through the SDK over loopback HTTP and prints changes/s. Runs under the shared bench lock.
#   client-sdk/bench/feed.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl exchange-server -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="exchange-server/target/test-classes:exchange-server/target/classes:$(cat exchange-server/target/bench-classpath.txt)"
exec flock /tmp/redesk-bench.lock java -Xmx1g -cp "$CP" io.redesk.exchange.e2e.bench.FeedBench "${1:-100000}"
