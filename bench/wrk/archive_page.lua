-- The archive page of a random loaded customer's archive: GET /archives/{id}, signed in with a session cookie
-- (archive ids sampled by the harness into archive-ids.txt).
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local ids
init = function(args)
  c.seed()
  ids = c.lines("archive-ids.txt")
end
request = function()
  return c.get("/archives/" .. c.pick(ids), c.page_headers)
end
