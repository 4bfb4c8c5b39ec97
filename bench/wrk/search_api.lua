-- One kind of search term (BENCH_KIND: name1, name2, pinyin or phone4) through the REST search,
-- GET /api/v1/customers/search?q=…; run with one connection to set it beside SqlLike's LIKE timings.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local terms
local next_term = 0
init = function(args)
  c.seed()
  terms = c.terms({ os.getenv("BENCH_KIND") or "name1" })
  next_term = math.random(#terms)
end
request = function()
  next_term = next_term % #terms + 1
  return c.get("/api/v1/customers/search?q=" .. terms[next_term], c.api_headers)
end
