-- Searches as you type on the list page: the htmx request the search box sends (GET /customers?q=…,
-- HX-Request: true, answered with the result rows), for terms of every kind: one character of a name,
-- two characters, pinyin initials, a mobile's last four digits.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local terms
init = function(args)
  c.seed()
  terms = c.terms({ "name1", "name2", "pinyin", "phone4" })
end
request = function()
  return c.get("/customers?q=" .. c.pick(terms), c.htmx_headers)
end
