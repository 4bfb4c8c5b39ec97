-- Shared by the harness's wrk scripts (bench/run.sh sets the environment):
--   BENCH_DATA    folder with ids.txt, terms-<kind>.txt, provinces.txt (written by the harness)
--   BENCH_TOKEN   API token (Authorization: Bearer …) for /api/** requests
--   BENCH_COOKIE  session cookie ("JSESSIONID=…") for pages
-- Every thread counts answers other than 2xx as errors: a redirect here means the session or token was
-- lost (wrk itself counts only 4xx/5xx). done() prints one machine-readable line starting with "BENCH ".

local M = {}

M.data = os.getenv("BENCH_DATA") or "."
M.token = os.getenv("BENCH_TOKEN") or ""
M.cookie = os.getenv("BENCH_COOKIE") or ""

function M.lines(name, column)
  local values = {}
  local file = io.open(M.data .. "/" .. name, "r")
  if file == nil then
    return values
  end
  for line in file:lines() do
    if line ~= "" then
      if column then
        local fields = {}
        for field in string.gmatch(line, "[^\t]+") do
          fields[#fields + 1] = field
        end
        values[#values + 1] = fields[column]
      else
        values[#values + 1] = line
      end
    end
  end
  file:close()
  return values
end

-- url-encoded search terms of the given kinds (terms-<kind>.txt, second column)
function M.terms(kinds)
  local all = {}
  for _, kind in ipairs(kinds) do
    for _, term in ipairs(M.lines("terms-" .. kind .. ".txt", 2)) do
      all[#all + 1] = term
    end
  end
  return all
end

-- call from init(): each thread its own (repeatable) random sequence
function M.seed()
  math.randomseed(42 + 7919 * (thread_no or 0))
end

function M.pick(values)
  return values[math.random(#values)]
end

M.api_headers = { ["Authorization"] = "Bearer " .. M.token, ["Accept"] = "application/json" }
M.page_headers = { ["Cookie"] = M.cookie, ["Accept"] = "text/html" }
M.htmx_headers = { ["Cookie"] = M.cookie, ["Accept"] = "text/html", ["HX-Request"] = "true" }

function M.get(path, headers)
  return wrk.format("GET", path, headers)
end

-- registers a matter for the customer through the REST API (POST /api/v1/service/matters); kind is
-- { type, category code, subject }. Each request has its own Idempotency-Key, so none is taken for a repeat.
local registered = 0
function M.register_matter(customer_id, kind)
  registered = registered + 1
  local body = string.format(
    '{"type":"%s","channel":"phone","categoryCode":"%s","priority":"NORMAL","severity":"ROUTINE",' ..
    '"subject":"%s","customerId":%s,"callerName":"王先生","callbackNumber":"13800138000"}',
    kind[1], kind[2], kind[3], customer_id)
  return wrk.format("POST", "/api/v1/service/matters", {
    ["Authorization"] = "Bearer " .. M.token,
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d", thread_no or 0, registered, os.time()),
  }, body)
end

-- per-thread error counting and the summary line -------------------------------------------------

local threads = {}

function setup(thread)
  thread:set("thread_no", #threads + 1)
  threads[#threads + 1] = thread
end

bad = 0
bad_shown = 0
function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    if bad_shown < 3 then
      bad_shown = bad_shown + 1
      io.stderr:write("unexpected status " .. status .. (headers["Location"] and (" -> " .. headers["Location"]) or "") .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do
    non2xx = non2xx + (t:get("bad") or 0)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f non2xx=%d socket_errors=%d timeouts=%d wrk_status_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    non2xx, socket, e.timeout, e.status))
end

return M
