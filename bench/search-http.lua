-- wrk script for bench/search-http.sh: each request asks the public search API for the next query
-- of the benchmark's mix (one URL-encoded query a line in the file named by BENCH_QUERIES).
local queries = {}
for line in io.lines(os.getenv("BENCH_QUERIES")) do
  queries[#queries + 1] = line
end
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  index = offset * 7919
end

function request()
  index = index + 1
  local q = queries[(index % #queries) + 1]
  return wrk.format("GET", "/api/public/search?q=" .. q)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors: status %d, connect %d, timeout %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
