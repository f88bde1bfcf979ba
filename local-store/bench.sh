#!/bin/sh
# Store benchmarks (JMH): encrypted vault vs the same rows in plain SQLite, both suites, plus unlock.
# Usage: local-store/bench.sh [all|write|read|search|unlock]   -- JMH; prints the ratios at the end.
#        local-store/bench.sh paired [rounds] [kinds]   -- paired rounds in one JVM: plain and vault written
#        (and searched, and read by id) in turn, order alternating, the median of the per-round ratios, wall and CPU
#        (default 7 rounds, PLAIN,INTERNATIONAL; e.g. "paired 7 PLAIN,INTERNATIONAL,GM"; see bench/Paired.java).
# Serialised with every other benchmark on this machine through /tmp/redesk-bench.lock.
set -e
cd "$(dirname "$0")/.."
exec flock /tmp/redesk-bench.lock ./mvnw -q -pl local-store -am -Pbench -DskipTests -Dbench.args="${*:-all}" verify
