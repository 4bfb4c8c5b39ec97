-- The ceiling: GET /bench/constant (Spring Security + MVC, no session, no database; only with the bench profile).
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local headers = { ["Accept"] = "text/plain" }
request = function()
  return c.get("/bench/constant", headers)
end
