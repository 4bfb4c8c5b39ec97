-- The supervisor's open-matters page as it opens (GET /service/matters: open matters, soonest due first), one
-- of its first five pages, signed in with a session cookie.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
init = function(args)
  c.seed()
end
request = function()
  return c.get("/service/matters?page=" .. (math.random(5) - 1), c.page_headers)
end
