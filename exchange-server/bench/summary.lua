-- The summary every bench script prints (loaded by read-mix.lua, write-mix.lua, health.lua): requests and
-- rate, errors, latency percentiles. engines.sh and read-load.sh read these lines.
done = function(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s = %.0f req/s; non-2xx+socket errors: %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    (summary.errors.status or 0) + (summary.errors.connect or 0) + (summary.errors.read or 0) + (summary.errors.write or 0) + (summary.errors.timeout or 0)))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
