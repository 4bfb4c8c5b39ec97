-- The monthly complaint analysis (GET /api/v1/service/reports/complaints?from=…&to=…: complaints resolved in
-- the month by cause, responsible department and category), for the month the harness names in
-- BENCH_MONTH_FROM / BENCH_MONTH_TO (a month of the loaded history).
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local path = "/api/v1/service/reports/complaints?from=" .. (os.getenv("BENCH_MONTH_FROM") or "")
  .. "&to=" .. (os.getenv("BENCH_MONTH_TO") or "")
request = function()
  return c.get(path, c.api_headers)
end
