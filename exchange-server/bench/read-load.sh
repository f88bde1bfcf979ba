#!/usr/bin/env bash
# Mixed read load on a seeded exchange, from a second process (wrk) over loopback.
# Target: >= 2,000 requests/s with p99 < 50 ms. Run it alone:
#   flock /tmp/redesk-bench.lock exchange-server/bench/read-load.sh [DURATION_SECONDS] [CONNECTIONS]
# Needs wrk (apt-get install -y wrk), curl and python3. Builds the shaded jar if it is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${1:-30}"
connections="${2:-32}"
jar="$root/exchange-server/target/exchange-server.jar"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
if [[ ! -f "$jar" ]]; then
  (cd "$root" && ./mvnw -q -pl exchange-server -am package -DskipTests)
fi
data="$(mktemp -d /tmp/redesk-bench.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
log="$data/server.log"
# Run a copy so a rebuild during the run cannot pull the jar from under the server.
cp "$jar" "$data/exchange-server.jar"
java -Xmx512m -jar "$data/exchange-server.jar" --host 127.0.0.1 --port "$port" --data "$data" --seed demo --plain-http >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  grep -q "listening on" "$log" && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 1
done
grep -q "listening on" "$log" || { echo "server did not start" >&2; cat "$log" >&2; exit 1; }
token="$(curl -sf "$base/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"broker.alice","password":"redesk-demo-2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
placement="$(curl -sf "$base/placements?status=SIGNED&limit=1" -H "Authorization: Bearer $token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
# Warm the JIT before measuring.
REDESK_TOKEN="$token" REDESK_PLACEMENT="$placement" wrk -t2 -c"$connections" -d10s -s "$here/read-mix.lua" "$base" >/dev/null
echo "wrk -t2 -c$connections -d${duration}s (mixed reads, bearer token) against $base"
REDESK_TOKEN="$token" REDESK_PLACEMENT="$placement" wrk -t2 -c"$connections" -d"${duration}s" -s "$here/read-mix.lua" "$base"
