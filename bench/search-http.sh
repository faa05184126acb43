#!/usr/bin/env bash
# The search benchmark through the public HTTP API:  bench/search-http.sh [documents] [seconds]
#
# Serves the index that bench/search.sh kept (run that first with BENCH_INDEX set to the same
# folder) from the application itself, role all, on 127.0.0.1 only, with an embedded database of
# its own under bench/target/http-data or $BENCH_DATA (the demo group), and the per-address limit raised; then
# wrk asks GET /api/public/search over the same query mix at concurrency 1 and 8. Needs wrk
# (Debian: apt-get install wrk). Heap -Xmx2g. Stops the application at the end. The application
# serves a copy of the index (bench/target/http-index): it indexes the demo group's pages into what
# it serves, and the kept index must stay as bench/search.sh built it. ANSWER_CACHE=false serves
# every query from the index (govsite.search.answer-cache), as the port's "no answer cache" runs.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${1:-100000}"
SECONDS_EACH="${2:-60}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
: "${BENCH_INDEX:?set BENCH_INDEX to the folder bench/search.sh kept the index in}"
PORT="${BENCH_PORT:-18614}"
OUT="bench/target"
QUERIES="$OUT/queries-encoded.txt"
mkdir -p "$OUT"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$OUT/search-classes" -cp "$CP" bench/src/org/govsite/bench/SearchBenchmark.java
# the query mix, URL-encoded (the benchmark writes it; with the index kept it does not index again)
BENCH_QUERIES_FILE="$OUT/queries.txt" BENCH_ONLY_QUERIES=1 "$JAVA_HOME/bin/java" -cp "$OUT/search-classes:$CP" \
  org.govsite.bench.SearchBenchmark "$DOCS" 20000 > /dev/null
python3 -c 'import sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"): print(urllib.parse.quote(line.rstrip("\n")))' "$OUT/queries.txt" > "$QUERIES"

SERVED="$OUT/http-index"
rm -rf "$SERVED" && cp -r "$BENCH_INDEX" "$SERVED"
"$JAVA_HOME/bin/java" -Xmx2g -XX:+UseG1GC -Xlog:gc:file="$OUT/http-gc.log" -cp "$CP" org.govsite.GovSiteApplication --server.address=127.0.0.1 \
  --server.port="$PORT" --govsite.data-dir="${BENCH_DATA:-$OUT/http-data}" --govsite.search.index-dir="$SERVED" \
  --govsite.search.rebuild-at-start=false --govsite.search.answer-cache="${ANSWER_CACHE:-true}" --govsite.search.requests-per-minute=100000000 \
  --logging.level.root=WARN > "$OUT/http-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$PORT/api/public/search?q=%E9%80%9A%E7%9F%A5" > /dev/null && break
  sleep 2
done
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command: BENCH_INDEX=$BENCH_INDEX ANSWER_CACHE=${ANSWER_CACHE:-true} bench/search-http.sh $DOCS $SECONDS_EACH (application heap -Xmx2g, wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2))"
  export BENCH_QUERIES="$QUERIES"
  wrk -t1 -c1 -d20s -s bench/search-http.lua "http://127.0.0.1:$PORT" > /dev/null
  printf 'HTTP concurrency 1: '
  wrk -t1 -c1 -d"${SECONDS_EACH}s" -s bench/search-http.lua "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {rps=$2} /^requests/ {line=$0} END {print line ", " rps " queries/s"}'
  printf 'HTTP concurrency 8: '
  wrk -t2 -c8 -d"${SECONDS_EACH}s" -s bench/search-http.lua "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {rps=$2} /^requests/ {line=$0} END {print line ", " rps " queries/s"}'
} 2>&1 | tee "bench/search-http-results-$(date +%Y-%m-%d)-$DOCS${RESULTS_TAG:+-$RESULTS_TAG}.txt"
