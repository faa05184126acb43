-- wrk script for bench/letters-http.sh: each request writes a new letter through the public API
-- (POST /api/public/mailboxes/{id}/letters), with a challenge of its own taken from the file the
-- script prepared (one "challenge solution" a line), a phone number and a text of its own (the
-- duplicate check would refuse the same text from the same phone).
local challenges = {}
for line in io.lines(os.getenv("BENCH_CHALLENGES")) do
  challenges[#challenges + 1] = line
end
local mailbox = os.getenv("BENCH_MAILBOX")
local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
-- a mark of this run in every text: a rerun on the same database within a day is not a duplicate
local run = os.getenv("BENCH_RUN") or "0"
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  index = offset + tonumber(os.getenv("BENCH_OFFSET") or "0")
end

function request()
  local line = challenges[(index % #challenges) + 1]
  local challenge, solution = line:match("^(%S+) (%S+)$")
  local phone = string.format("13%09d", 100000000 + index)
  index = index + threads
  local body = string.format('{"name":"压测%d","female":false,"phone":"%s","subject":"压测来信 %s-%d",'
    .. '"content":"人民路第 %d 号路灯不亮，请尽快修复。","publishable":true,"challenge":"%s","solution":"%s"}',
    index, phone, run, index, index, challenge, solution)
  return wrk.format("POST", "/api/public/mailboxes/" .. mailbox .. "/letters",
    { ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors: status %d, connect %d, timeout %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
