-- /health for wrk, with the same summary lines as read-mix.lua (the floor of a request in this run).
local bench_dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(bench_dir .. "summary.lua")
