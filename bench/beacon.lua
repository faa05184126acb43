-- wrk script for bench/beacon.sh: each request is a page view as the published pages' site.js sends
-- it (form-encoded, a browser's User-Agent), spread over a few hundred pages and a few thousand
-- readers (the agent varies, as the address cannot from one machine).
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  index = offset * 7919
  site = os.getenv("BENCH_SITE")
end

function request()
  index = index + 1
  local body = "site=" .. site .. "&path=%2Fxwdt%2Fart%2F" .. (index % 300) .. ".html&channel=%E6%96%B0%E9%97%BB&ref=https%3A%2F%2Fwww.baidu.com%2F"
  local headers = {}
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0." .. (index % 5000) .. " Safari/537.36"
  return wrk.format("POST", "/api/public/beacon", headers, body)
end
