-- Write mix for wrk: every request creates a placement (placement row, slip version, feed entry with its
-- audience, audit event, idempotency row: one write transaction), each with its own UMR and
-- Idempotency-Key. The body template comes from engines.sh (REDESK_CREATE_BODY, UMR as UMRXXXXXXXXXX).
local token = os.getenv("REDESK_TOKEN")
local template = os.getenv("REDESK_CREATE_BODY")
local run = os.getenv("REDESK_RUN") or "0"
local counter = 0
local tid = 0
local threads = {}

setup = function(thread)
  tid = tid + 1
  thread:set("tid", tid)
  table.insert(threads, thread)
end

request = function()
  counter = counter + 1
  local umr = string.format("BW%s%s%08d", run, tid, counter)
  local body = template:gsub("UMRXXXXXXXXXX", umr)
  return wrk.format("POST", "/placements", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. umr,
  }, body)
end

local bench_dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(bench_dir .. "summary.lua")
