-- A working day: people search as they type, open customer pages, page through filtered lists, and
-- integrations read the REST list. Shares of requests (BENCH_SEARCH=0 when search is not available:
-- its share goes to the others in proportion):
--   40% search as you type, 35% customer page, 15% list page with a filter, 10% REST list.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local ids, provinces, terms
local with_search = os.getenv("BENCH_SEARCH") ~= "0"
local weights
init = function(args)
  c.seed()
  ids = c.lines("ids.txt")
  provinces = c.lines("provinces.txt", 1)
  terms = c.terms({ "name1", "name2", "pinyin", "phone4" })
  if with_search then
    weights = { search = 40, page = 35, list = 15, api = 10 }
  else
    weights = { search = 0, page = 35, list = 15, api = 10 }
  end
end
request = function()
  local total = weights.search + weights.page + weights.list + weights.api
  local r = math.random() * total
  if r < weights.search then
    return c.get("/customers?q=" .. c.pick(terms), c.htmx_headers)
  end
  r = r - weights.search
  if r < weights.page then
    return c.get("/customers/" .. c.pick(ids), c.page_headers)
  end
  r = r - weights.page
  if r < weights.list then
    return c.get("/customers?status=ACTIVE&province=" .. c.pick(provinces) .. "&page=" .. (math.random(3) - 1),
      c.page_headers)
  end
  return c.get("/api/v1/customers?status=ACTIVE&regionCode=" .. c.pick(provinces), c.api_headers)
end
