#!/usr/bin/env bash
# The search benchmark, one command:  bench/search.sh [documents] [queries]   (default: 1000000 20000)
#
# Generates Chinese documents (titles and bodies from a fixed vocabulary of government-site words),
# indexes them with the search module's Lucene engine (the engine behind the SearchIndex port) in a
# temporary folder, and reports documents per second while indexing, then query latency p50 / p95 /
# p99 and queries per second at concurrency 1 and 8 over a mix of one-word, two-word, phrase, 文号
# and mistyped queries. Heap: -Xmx4g. Not part of ./mvnw verify. docs/performance.md records results.
# BENCH_INDEX=DIR keeps the index in DIR (a second run with as many documents only queries it).
# PROFILE=cpu (or wall) profiles the concurrency-1 run without answer cache with async-profiler into
# bench/target/search/profile-search-$PROFILE.collapsed. SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${1:-1000000}"
QUERIES="${2:-20000}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
. bench/build.sh bench/target/search
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with local changes)')"
  echo "command: ${BENCH_INDEX:+BENCH_INDEX=$BENCH_INDEX }${PROFILE:+PROFILE=$PROFILE }bench/search.sh $DOCS $QUERIES (heap -Xmx4g)"
  "$JAVA_HOME/bin/java" -Xmx4g -XX:+UseG1GC -Dbench.profile="${PROFILE:-}" \
    -Dbench.profile.out="$OUT/profile-search-${PROFILE:-none}.collapsed" \
    -cp "$OUT/classes:$CP" org.govsite.bench.SearchBenchmark "$DOCS" "$QUERIES"
} 2>&1 | tee "bench/search-results-$(date +%Y-%m-%d)-$DOCS.txt"
