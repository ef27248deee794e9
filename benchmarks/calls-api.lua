-- wrk script: GET one call by a random id (MODE=call), a random one of the first 40 pages of the
-- list, as people page (MODE=list), a random page anywhere in the pageable window (MODE=deep), or
-- the health probe (MODE=health, the baseline); prints p50/p95 in milliseconds.
local mode = os.getenv("MODE") or "call"
local ids = {}
local pages = tonumber(os.getenv("PAGES") or "1")

init = function(args)
  if mode == "call" then
    for line in io.lines(os.getenv("IDS_FILE")) do
      ids[#ids + 1] = line
    end
  end
  wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
end

request = function()
  if mode == "call" then
    return wrk.format("GET", "/sigilo/api/calls/" .. ids[math.random(#ids)])
  elseif mode == "list" then
    return wrk.format("GET", "/sigilo/api/calls?size=25&page=" .. math.random(0, math.min(40, pages) - 1))
  elseif mode == "deep" then
    return wrk.format("GET", "/sigilo/api/calls?size=25&page=" .. math.random(0, pages - 1))
  end
  return wrk.format("GET", "/sigilo/api/health")
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT mode=%s requests=%d non2xx_or_errors=%d p50_ms=%.1f p95_ms=%.1f\n",
    mode, summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
