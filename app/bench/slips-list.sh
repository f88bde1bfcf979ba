#!/usr/bin/env bash
# Slips-list benchmark (issue 6): seeds 100,000 placements into a fresh encrypted vault, then measures
# the list's first screen, the whole list, filtering as you type, and the heap the list holds.
# Usage: app/bench/slips-list.sh   (from anywhere; ~2-4 minutes; figures in app/target/bench/slips-list.txt)
#        PLACEMENTS=2000 app/bench/slips-list.sh   (a smoke run of the harness at a small size)
set -euo pipefail
cd "$(dirname "$0")/../.."
flock /tmp/redesk-bench.lock ./mvnw -q -pl app -am verify -Dtest=SlipsListBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dredesk.bench=true -DargLine="-Dredesk.bench=true -Dredesk.bench.placements=${PLACEMENTS:-100000} -Xmx1g"
cat app/target/bench/slips-list.txt
