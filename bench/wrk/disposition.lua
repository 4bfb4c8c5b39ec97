-- The disposition list (ARC-8): closed archives destroyable up to the end of a year, GET /archives?destroyBy=…,
-- one of its first three pages, signed in with a session cookie (the date written by the harness into
-- destroy-by.txt: the year the last of the closed archives becomes destroyable, so every closed one is listed).
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local date
init = function(args)
  c.seed()
  date = c.lines("destroy-by.txt")[1]
end
request = function()
  return c.get("/archives?destroyBy=" .. date .. "&page=" .. (math.random(3) - 1), c.page_headers)
end
