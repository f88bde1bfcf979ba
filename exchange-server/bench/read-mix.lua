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

local bench_dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(bench_dir .. "summary.lua")
