-- Intake, step 2: the matter is registered for the chosen customer (POST /api/v1/service/matters with an API
-- token; numbered, given its time limits and routed by the rules). Each request has its own Idempotency-Key,
-- so none is taken for a repeat.
local c = dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
local ids
local counter = 0
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
  counter = counter + 1
  local k = kinds[math.random(#kinds)]
  local body = string.format(
    '{"type":"%s","channel":"phone","categoryCode":"%s","priority":"NORMAL","severity":"ROUTINE",' ..
    '"subject":"%s","customerId":%s,"callerName":"王先生","callbackNumber":"13800138000"}',
    k[1], k[2], k[3], c.pick(ids))
  local headers = {
    ["Authorization"] = "Bearer " .. c.token,
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d", thread_no or 0, counter, os.time()),
  }
  return wrk.format("POST", "/api/v1/service/matters", headers, body)
end
