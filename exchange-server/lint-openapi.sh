#!/usr/bin/env bash
# Lints the exchange contract with Redocly's strict recommended ruleset (every warning is an error).
# Redocly is installed once into a cache folder outside the repository; the exit status is non-zero
# when the contract has any problem.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="${1:-$here/../client-sdk/src/main/resources/io/redesk/sdk/openapi.yaml}"
cache="${REDESK_REDOCLY_CACHE:-$HOME/.cache/redesk-redocly}"
version="2.77.0"
bin="$cache/node_modules/.bin/redocly"
if [[ ! -x "$bin" ]] || ! grep -q "\"version\": \"$version\"" "$cache/node_modules/@redocly/cli/package.json" 2>/dev/null; then
  mkdir -p "$cache"
  (cd "$cache" && { [[ -f package.json ]] || npm init -y >/dev/null; } && npm i --no-audit --no-fund "@redocly/cli@$version" >/dev/null)
fi
exec "$bin" lint --extends=recommended-strict "$spec"
