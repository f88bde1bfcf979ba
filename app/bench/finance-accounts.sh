#!/usr/bin/env bash
# Accounts-page benchmark (issue 12): 100,000 technical accounts; the page opening with every row,
# filtering as you type (per keystroke, on the FX thread with layout), and exporting all to XLSX
# (rows/s, peak heap). Usage: app/bench/finance-accounts.sh   (figures in app/target/bench/finance-accounts.txt)
#        ACCOUNTS=2000 app/bench/finance-accounts.sh   (a smoke run of the harness at a small size)
set -euo pipefail
cd "$(dirname "$0")/../.."
flock /tmp/redesk-bench.lock ./mvnw -q -pl app -am verify -Dtest=FinanceAccountsBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dredesk.bench=true -DargLine="-Dredesk.bench=true -Dredesk.bench.accounts=${ACCOUNTS:-100000} -Xmx1g"
cat app/target/bench/finance-accounts.txt
