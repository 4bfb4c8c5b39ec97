-- A working day: people search as they type, open customer and archive pages, page through filtered lists,
-- supervisors watch the open matters, phone clerks register matters, and integrations read the REST list.
-- Shares of requests (BENCH_SEARCH=0 when search is not available: its share goes to the others in proportion):
--   35% search as you type, 25% customer page, 10% list page with a filter, 5% REST list, 10% archive page,
--   5% open-matters page, 5% intake customer search, 5% matter registration (REST).
-- Until 2026-12-07 the mix had only the first four (40/35/15/10); figures before then are not comparable.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local ids, archive_ids, provinces, terms, name2
local with_search = os.getenv("BENCH_SEARCH") ~= "0"
local repair = { "REPAIR", "household-repair", "卫生间漏水，请派人维修" }
local shares
init = function(args)
  c.seed()
  ids = c.lines("ids.txt")
  archive_ids = c.lines("archive-ids.txt")
  provinces = c.lines("provinces.txt", 1)
  terms = c.terms({ "name1", "name2", "pinyin", "phone4" })
  name2 = c.terms({ "name2" })
  shares = {
    { with_search and 35 or 0, function() return c.get("/customers?q=" .. c.pick(terms), c.htmx_headers) end },
    { 25, function() return c.get("/customers/" .. c.pick(ids), c.page_headers) end },
    { 10, function()
      return c.get("/customers?status=ACTIVE&province=" .. c.pick(provinces) .. "&page=" .. (math.random(3) - 1),
        c.page_headers)
    end },
    { 5, function() return c.get("/api/v1/customers?status=ACTIVE&regionCode=" .. c.pick(provinces), c.api_headers) end },
    { #archive_ids > 0 and 10 or 0, function() return c.get("/archives/" .. c.pick(archive_ids), c.page_headers) end },
    { 5, function() return c.get("/service/matters?page=" .. (math.random(5) - 1), c.page_headers) end },
    { 5, function() return c.get("/service/intake/customers?customerQuery=" .. c.pick(name2), c.htmx_headers) end },
    { 5, function() return c.register_matter(c.pick(ids), repair) end },
  }
end
request = function()
  local total = 0
  for _, s in ipairs(shares) do
    total = total + s[1]
  end
  local r = math.random() * total
  for _, s in ipairs(shares) do
    if r < s[1] then
      return s[2]()
    end
    r = r - s[1]
  end
  return shares[2][2]()
end
