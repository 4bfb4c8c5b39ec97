-- The REST customer list with a filter: GET /api/v1/customers?status=ACTIVE&regionCode=<province>, bearer token.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local provinces
init = function(args)
  c.seed()
  provinces = c.lines("provinces.txt", 1)
end
request = function()
  return c.get("/api/v1/customers?status=ACTIVE&regionCode=" .. c.pick(provinces) .. "&page=" .. (math.random(3) - 1),
    c.api_headers)
end
