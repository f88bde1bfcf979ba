#!/usr/bin/env bash
# The reconciliation benchmark of issue 13, one command: reconciliation/bench/recon.sh [N]  (default 1,000,000)
# Generates N ledger items and about N statement lines with planted groups of every kind, runs the whole
# engine (CSV read to CSV written, every pass) and, in the same run, the sqlite3 command-line tool doing only
# .import of both files and an exact join on (currency, amount, reference) written out. Prints both times,
# the ratio (target <= 1.0), the engine's peak heap and the share of planted groups found per kind.
set -euo pipefail
N="${1:-1000000}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BENCH="$ROOT/reconciliation/bench"
WORK="${RECON_BENCH_DIR:-${TMPDIR:-/tmp}/recon-bench-$N}"
HEAP="${RECON_BENCH_XMX:-4g}"
mkdir -p "$WORK"
cd "$ROOT"

if ! command -v sqlite3 >/dev/null; then
  echo "installing sqlite3 ..."
  apt-get install -y sqlite3 >/dev/null
fi

echo "building the engine ..."
./mvnw -q -pl reconciliation -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="$ROOT/reconciliation/target/classes:$(cat "$WORK/cp.txt")"

if [ ! -s "$WORK/truth.csv" ] || [ "$(cat "$WORK/n" 2>/dev/null)" != "$N" ]; then
  echo "generating $N ledger items ..."
  java -Xmx1g "$BENCH/GenerateBench.java" "$N" "$WORK"
  echo "$N" >"$WORK/n"
fi
echo "ledger $(($(wc -l <"$WORK/ledger.csv") - 1)) rows, statement $(($(wc -l <"$WORK/statement.csv") - 1)) rows"
echo "load before: $(uptime)"

ms() { date +%s%3N; }

rm -f "$WORK/result.csv" "$WORK/gc.log"
t0=$(ms)
java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -cp "$CP" io.redesk.recon.cli.ReconcileCommand \
  --ledger "$WORK/ledger.csv" --statement "$WORK/statement.csv" --out "$WORK/result.csv" --as-of 2027-01-31
t1=$(ms)

rm -f "$WORK/sqlite-result.csv"
t2=$(ms)
sqlite3 :memory: <<SQL
.mode csv
.import '$WORK/ledger.csv' ledger
.import '$WORK/statement.csv' statement
.headers on
.once '$WORK/sqlite-result.csv'
SELECT l.id AS ledger_id, s.id AS statement_id FROM ledger l JOIN statement s
  ON l.currency = s.currency AND l.amount = s.amount AND l.reference = s.reference WHERE l.reference <> '';
SQL
t3=$(ms)

engine=$((t1 - t0))
sqlite=$((t3 - t2))
peak=$(grep -o '[0-9]*M->' "$WORK/gc.log" | sed 's/M->//' | sort -n | tail -1)
echo
echo "engine (all passes, CSV to CSV): ${engine} ms"
echo "sqlite3 (.import + exact join):   ${sqlite} ms  ($(($(wc -l <"$WORK/sqlite-result.csv") - 1)) pairs)"
awk -v e="$engine" -v s="$sqlite" 'BEGIN { printf "ratio engine/sqlite:              %.2f (target <= 1.0)\n", e / s }'
echo "engine peak heap (largest heap in use at a GC, -Xlog:gc): ${peak:-?} MiB of -Xmx$HEAP"
echo "load after: $(uptime)"
echo "planted groups found:"
java -Xmx2g "$BENCH/ScoreBench.java" "$WORK/truth.csv" "$WORK/result.csv"
