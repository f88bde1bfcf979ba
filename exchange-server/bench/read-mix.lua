-- Mixed read load for wrk: a broker browsing its book. Paths are filled in by read-load.sh through
-- environment variables; every request carries the bearer token.
local token = os.getenv("REDESK_TOKEN")
local placement = os.getenv("REDESK_PLACEMENT")
local paths = {
  "/placements?limit=20",
  "/placements/" .. placement,
  "/placements/" .. placement .. "/lines",
  "/placements/" .. placement .. "/quotes",
  "/placements/" .. placement .. "/signing/preview",
  "/changes?limit=50",
  "/reinsurers",
  "/me",
  "/organisations",
  "/placements/" .. placement .. "/slip-versions",
}
local i = 0

request = function()
  i = i + 1
  local path = paths[(i % #paths) + 1]
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

local errors = 0
response = function(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s = %.0f req/s; non-2xx+socket errors: %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    (summary.errors.status or 0) + (summary.errors.connect or 0) + (summary.errors.read or 0) + (summary.errors.write or 0) + (summary.errors.timeout or 0)))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
