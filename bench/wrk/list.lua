-- The customer list page with a filter: active customers of a random province, first pages.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local provinces
init = function(args)
  c.seed()
  provinces = c.lines("provinces.txt", 1)
end
request = function()
  return c.get("/customers?status=ACTIVE&province=" .. c.pick(provinces) .. "&page=" .. (math.random(3) - 1),
    c.page_headers)
end
