#!/usr/bin/env bash
# One command, both engines, same run: the read mix (read-mix.lua) and /health against an exchange on SQLite
# and one on PostgreSQL, then a write mix (write-mix.lua: placement creations) against one PostgreSQL
# instance and against two instances sharing the database (half the connections each), and on SQLite.
# Prints req/s, p99 and the ratio of the read mix to /health of the same engine in this run.
#   flock /tmp/redesk-bench.lock exchange-server/bench/engines.sh [SECONDS] [CONNECTIONS]
# With REDESK_BENCH_BASELINE_JAR=/path/to/an/older/exchange-server.jar the read mix and /health are also measured
# against that build on both engines in the same run (rows "sqlite-base-*", "pg-base-*"): before/after figures.
# Needs wrk, curl, python3, psql and a PostgreSQL reachable with REDESK_TEST_PG_URL, REDESK_DB_USER and
# REDESK_DB_PASSWORD (a role that may create databases; .ci/run sets one up). Builds the jar if missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${1:-15}"
connections="${2:-32}"
jar="$root/exchange-server/target/exchange-server.jar"
for tool in wrk curl python3 psql; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 2; }
done
: "${REDESK_TEST_PG_URL:?set REDESK_TEST_PG_URL=postgresql://127.0.0.1:5432/redesk_test (see exchange-server/README.md)}"
: "${REDESK_DB_USER:?set REDESK_DB_USER}"
export REDESK_DB_PASSWORD="${REDESK_DB_PASSWORD:-}"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && ./mvnw -q -pl exchange-server -am package -DskipTests)
fi
work="$(mktemp -d /tmp/redesk-engines.XXXXXX)"
cp "$jar" "$work/exchange-server.jar"
baseline="${REDESK_BENCH_BASELINE_JAR:-}"
if [[ -n "$baseline" ]]; then cp "$baseline" "$work/baseline.jar"; fi
start_jar="$work/exchange-server.jar"
pg_hostport="${REDESK_TEST_PG_URL#postgresql://}"; pg_hostport="${pg_hostport%%/*}"
pg_host="${pg_hostport%%:*}"; pg_port="${pg_hostport##*:}"; [[ "$pg_port" == "$pg_host" ]] && pg_port=5432
pg_admin_db="${REDESK_TEST_PG_URL##*/}"
bench_db="redesk_bench_$(date +%s)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  PGPASSWORD="$REDESK_DB_PASSWORD" psql -q -h "$pg_host" -p "$pg_port" -U "$REDESK_DB_USER" -d "$pg_admin_db" \
    -c "DROP DATABASE IF EXISTS $bench_db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
PGPASSWORD="$REDESK_DB_PASSWORD" psql -q -h "$pg_host" -p "$pg_port" -U "$REDESK_DB_USER" -d "$pg_admin_db" -c "CREATE DATABASE $bench_db"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start NAME [--db URL]: starts a seeded exchange in plain HTTP and sets $started to its base URL (not in a
# subshell, so the cleanup knows its pid)
start() {
  local name="$1"; shift
  local port; port="$(free_port)"
  mkdir -p "$work/$name"
  java -Xmx512m -jar "$start_jar" --host 127.0.0.1 --port "$port" --data "$work/$name" --seed demo --plain-http "$@" \
    >"$work/$name.log" 2>&1 &
  pids+=("$!")
  local pid=$!
  for _ in $(seq 1 180); do
    grep -q "ReDesk exchange listening" "$work/$name.log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/$name.log" >&2; exit 1; }
    sleep 1
  done
  grep -q "ReDesk exchange listening" "$work/$name.log" || { cat "$work/$name.log" >&2; exit 1; }
  started="http://127.0.0.1:$port"
}

login() {
  curl -sf "$1/auth/login" -H 'Content-Type: application/json' -d '{"username":"broker.alice","password":"redesk-demo-2026"}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# the create body: a seeded placement's slip with a placeholder UMR
create_body() {
  curl -sf "$1/placements?limit=1" -H "Authorization: Bearer $2" | python3 -c '
import json,sys
p = json.load(sys.stdin)["items"][0]
slip = p["slip"]; slip["umr"] = "UMRXXXXXXXXXX"
print(json.dumps({"title": "Bench placement", "cedentId": p["cedentId"], "brokerId": p["brokerId"], "slip": slip}))'
}

results="$work/results.txt"
: >"$results"
# measure LABEL SCRIPT BASE [CONNECTIONS]: wrk with a 5 s warm-up, appends "label req/s p99" to results
measure() {
  local label="$1" script="$2" base="$3" conns="${4:-$connections}"
  wrk -t2 -c"$conns" -d5s -s "$here/$script" "$base" >/dev/null
  local out; out="$(wrk -t2 -c"$conns" -d"${duration}s" -s "$here/$script" "$base")"
  echo "== $label ($script, -c$conns, ${duration}s)"; echo "$out" | grep -E "requests:|p50|p99:"
  local rps p99
  rps="$(echo "$out" | sed -n 's/.* = \([0-9]*\) req\/s.*/\1/p')"
  p99="$(echo "$out" | sed -n 's/latency p99: \([0-9.]*\) ms/\1/p')"
  echo "$label $rps $p99" >>"$results"
}

read_env() { # BASE TOKEN
  export REDESK_TOKEN="$2"
  export REDESK_PLACEMENT
  REDESK_PLACEMENT="$(curl -sf "$1/placements?status=SIGNED&limit=1" -H "Authorization: Bearer $2" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
}

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start sqlite; sqlite="$started"
start pg-a --db "postgresql://$pg_host:$pg_port/$bench_db"; pg_a="$started"
t_sqlite="$(login "$sqlite")"; t_pg="$(login "$pg_a")"

read_env "$sqlite" "$t_sqlite"; measure sqlite-health health.lua "$sqlite/health"; measure sqlite-read read-mix.lua "$sqlite"
read_env "$pg_a" "$t_pg"; measure pg-health health.lua "$pg_a/health"; measure pg-read read-mix.lua "$pg_a"
if [[ -n "$baseline" ]]; then
  # the older build, on a database of its own (stopped afterwards, so the write mix below runs as without it)
  PGPASSWORD="$REDESK_DB_PASSWORD" psql -q -h "$pg_host" -p "$pg_port" -U "$REDESK_DB_USER" -d "$pg_admin_db" \
    -c "CREATE DATABASE ${bench_db}_base" && pids_before=${#pids[@]}
  start_jar="$work/baseline.jar"
  start sqlite-base; sqlite_base="$started"
  start pg-base --db "postgresql://$pg_host:$pg_port/${bench_db}_base"; pg_base="$started"
  start_jar="$work/exchange-server.jar"
  t_base="$(login "$sqlite_base")"; read_env "$sqlite_base" "$t_base"
  measure sqlite-base-health health.lua "$sqlite_base/health"; measure sqlite-base-read read-mix.lua "$sqlite_base"
  t_base="$(login "$pg_base")"; read_env "$pg_base" "$t_base"
  measure pg-base-health health.lua "$pg_base/health"; measure pg-base-read read-mix.lua "$pg_base"
  for p in "${pids[@]:$pids_before}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  PGPASSWORD="$REDESK_DB_PASSWORD" psql -q -h "$pg_host" -p "$pg_port" -U "$REDESK_DB_USER" -d "$pg_admin_db" \
    -c "DROP DATABASE IF EXISTS ${bench_db}_base WITH (FORCE)" >/dev/null
fi

export REDESK_TOKEN="$t_sqlite" REDESK_CREATE_BODY; REDESK_CREATE_BODY="$(create_body "$sqlite" "$t_sqlite")"
REDESK_RUN=S measure sqlite-write-1 write-mix.lua "$sqlite"
export REDESK_TOKEN="$t_pg"; REDESK_CREATE_BODY="$(create_body "$pg_a" "$t_pg")"
REDESK_RUN=A measure pg-write-1-instance write-mix.lua "$pg_a"

start pg-b --db "postgresql://$pg_host:$pg_port/$bench_db"; pg_b="$started"
t_pg_b="$(login "$pg_b")"
half=$(( connections / 2 ))
# both instances at once, half the connections each (warm-up together, then measured together)
REDESK_TOKEN="$t_pg" REDESK_RUN=W wrk -t1 -c"$half" -d5s -s "$here/write-mix.lua" "$pg_a" >/dev/null &
wa=$!
REDESK_TOKEN="$t_pg_b" REDESK_RUN=X wrk -t1 -c"$half" -d5s -s "$here/write-mix.lua" "$pg_b" >/dev/null &
wb=$!
wait "$wa" "$wb"
REDESK_TOKEN="$t_pg" REDESK_RUN=Y wrk -t1 -c"$half" -d"${duration}s" -s "$here/write-mix.lua" "$pg_a" >"$work/w2a.txt" &
wa=$!
REDESK_TOKEN="$t_pg_b" REDESK_RUN=Z wrk -t1 -c"$half" -d"${duration}s" -s "$here/write-mix.lua" "$pg_b" >"$work/w2b.txt" &
wb=$!
wait "$wa" "$wb"
echo "== pg-write-2-instances (write-mix.lua, -c$half each, ${duration}s)"
grep -E "requests:|p99:" "$work/w2a.txt" "$work/w2b.txt"
python3 - "$work/w2a.txt" "$work/w2b.txt" >>"$results" <<'PY'
import re, sys
rps = 0; p99 = 0.0
for f in sys.argv[1:]:
    t = open(f).read()
    rps += int(re.search(r"= (\d+) req/s", t).group(1))
    p99 = max(p99, float(re.search(r"latency p99: ([0-9.]+) ms", t).group(1)))
print(f"pg-write-2-instances {rps} {p99}")
PY

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" <<'PY'
import sys
rows = {l.split()[0]: (int(l.split()[1]), float(l.split()[2])) for l in open(sys.argv[1]) if l.strip()}
print()
print(f"{'measure':<24}{'req/s':>10}{'p99 ms':>10}   cost relative to /health of the same engine")
for k, (rps, p99) in rows.items():
    eng = k.rsplit("-", 1)[0]
    h = rows.get(eng + "-health")
    ratio = f"{h[0] / rps:.2f}x" if h and k.endswith("read") else ""
    print(f"{k:<24}{rps:>10}{p99:>10.2f}   {ratio}")
print("targets: a mixed read costs <= 1.5x /health on both engines, p99 < 50 ms")
PY
