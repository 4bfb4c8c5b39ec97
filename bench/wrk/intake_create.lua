-- Intake, step 2: the matter is registered for the chosen customer (POST /api/v1/service/matters with an API
-- token; numbered, given its time limits and routed by the rules), a repair, a consultation or a complaint.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local ids
local kinds = {
  { "REPAIR", "household-repair", "卫生间漏水，请派人维修" },
  { "CONSULTATION", "property-fee", "咨询物业费缴纳方式" },
  { "COMPLAINT", "reception", "前台接待态度差" },
}
init = function(args)
  c.seed()
  ids = c.lines("ids.txt")
end
request = function()
  return c.register_matter(c.pick(ids), kinds[math.random(#kinds)])
end
