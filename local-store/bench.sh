#!/bin/sh
# Store benchmarks (JMH): encrypted vault vs the same rows in plain SQLite, both suites, plus unlock.
# Usage: local-store/bench.sh [all|write|read|search|unlock]   -- prints the ratios at the end.
#        local-store/bench.sh interleaved   -- busy-machine side measurement: plain and vault write and
#        UMR search interleaved in one JVM, thread CPU ratios (not JMH; see bench/Interleaved.java).
# Serialised with every other benchmark on this machine through /tmp/redesk-bench.lock.
set -e
cd "$(dirname "$0")/.."
exec flock /tmp/redesk-bench.lock ./mvnw -q -pl local-store -am -Pbench -DskipTests -Dbench.args="${1:-all}" verify
