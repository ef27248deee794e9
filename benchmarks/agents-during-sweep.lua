-- wrk script: agents documenting calls (POST /api/calls) with a fresh customer reference each;
-- prints p50/p95 in milliseconds and how many answers were not 201.
local counter = 0

init = function(args)
  wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
  wrk.headers["Content-Type"] = "application/json"
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
end

request = function()
  counter = counter + 1
  local body = string.format([[{"secureEnvironment":{"privatePlace":true,"screenPrivacy":true,
"noRecordingDevices":true,"encryptedConnection":true},"occurredAt":"%s",
"customerReference":"BENCH-%d-%d","direction":"INBOUND","channel":"PHONE",
"recordClass":"financial-advice","identityVerification":{"method":"ONE_TIME_CODE",
"outcome":"PASSED","attempts":1},"consent":{"categories":["FINANCIAL"],
"howAsked":"May we talk about your loan on this call?"},"sensitiveCategoriesDiscussed":["FINANCIAL"],
"summary":"Benchmark call","notes":"Benchmark notes","customerContact":"+34 600 000 000",
"secureChannelRedirection":"SECURE_MESSAGE"}]], os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 300),
    math.random(1, 1000000000), counter)
  return wrk.format("POST", "/sigilo/api/calls", nil, body)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d non2xx_or_errors=%d p50_ms=%.1f p95_ms=%.1f\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
