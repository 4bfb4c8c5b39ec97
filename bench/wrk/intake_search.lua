-- Intake, step 1: the phone clerk types the caller's name and the customer hits come back
-- (GET /service/intake/customers?customerQuery=…, htmx fragment), two characters of a name.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local terms
init = function(args)
  c.seed()
  terms = c.terms({ "name2" })
end
request = function()
  return c.get("/service/intake/customers?customerQuery=" .. c.pick(terms), c.htmx_headers)
end
