-- The customer page of a random loaded customer: GET /customers/{id}, signed in with a session cookie.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local ids
init = function(args)
  c.seed()
  ids = c.lines("ids.txt")
end
request = function()
  return c.get("/customers/" .. c.pick(ids), c.page_headers)
end
