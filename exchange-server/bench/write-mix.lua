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

done = function(summary, latency, requests)
  local bad = 0
  io.write(string.format("requests: %d in %.1f s = %.0f req/s; non-2xx+socket errors: %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    (summary.errors.status or 0) + (summary.errors.connect or 0) + (summary.errors.read or 0) + (summary.errors.write or 0) + (summary.errors.timeout or 0)))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
