#!/usr/bin/env bash
# The visit beacon through the public role:  bench/beacon.sh [seconds]
#
# Starts the application once in role all on 127.0.0.1 with an embedded database of its own under
# bench/target/beacon-data (or $BENCH_DATA) so that the demo group exists, stops it, then starts it
# in role public on the same data and has wrk POST /api/public/beacon (bench/beacon.lua) at
# concurrency 1 and 16 for the given seconds each (default 30), with latency percentiles. Needs wrk
# (Debian: apt-get install wrk). Heap -Xmx1g. Stops the application at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-30}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT="${BENCH_PORT:-18731}"
OUT="bench/target"
DATA="${BENCH_DATA:-$OUT/beacon-data}"
SITE="${BENCH_SITE:-9901230001}"
mkdir -p "$OUT"
./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"

start() {
  "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC -cp "$CP" org.govsite.GovSiteApplication --server.address=127.0.0.1 \
    --server.port="$PORT" --govsite.data-dir="$DATA" --govsite.role="$1" --govsite.report.beacons-per-minute=100000000 --logging.level.root=WARN \
    > "$OUT/beacon-app-$1.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null && return 0
    sleep 2
  done
  echo "the application did not start (see $OUT/beacon-app-$1.log)" >&2
  return 1
}
stop() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
}
trap stop EXIT

start all     # migrations and the demo group
stop
start public
export BENCH_SITE="$SITE"
curl -fs -o /dev/null -w '%{http_code}\n' -X POST -A 'Mozilla/5.0 Chrome/140' \
  -d "site=$SITE&path=/index.html" "http://127.0.0.1:$PORT/api/public/beacon" | grep -q 204
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load average before $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command: bench/beacon.sh $SECONDS_EACH (role public, application heap -Xmx1g, wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2))"
  wrk -t1 -c1 -d10s -s bench/beacon.lua "http://127.0.0.1:$PORT" > /dev/null
  for c in 1 16; do
    printf 'concurrency %s: ' "$c"
    wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${SECONDS_EACH}s" --latency -s bench/beacon.lua "http://127.0.0.1:$PORT" \
      | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /^ +50%/ {p50=$2} /Non-2xx/ {bad=$0} END {print rps " requests/s, p50 " p50 ", p99 " p99 (bad ? ", " bad : "")}'
  done
  echo "load average after $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "bench/beacon-results-$(date +%Y-%m-%d).txt"
