#!/usr/bin/env bash
# The search benchmark, one command:  bench/search.sh [documents] [queries]   (default: 1000000 20000)
#
# Generates Chinese documents (titles and bodies from a fixed vocabulary of government-site words),
# indexes them with the search module's Lucene engine (the engine behind the SearchIndex port) in a
# temporary folder, and reports documents per second while indexing, then query latency p50 / p95 /
# p99 and queries per second at concurrency 1 and 8 over a mix of one-word, two-word, phrase, 文号
# and mistyped queries. Heap: -Xmx4g. Not part of ./mvnw verify. docs/performance.md records results.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${1:-1000000}"
QUERIES="${2:-20000}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
OUT="bench/target"
mkdir -p "$OUT/search-classes"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$OUT/search-classes" -cp "$CP" bench/src/org/govsite/bench/SearchBenchmark.java
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "command: ${BENCH_INDEX:+BENCH_INDEX=$BENCH_INDEX }bench/search.sh $DOCS $QUERIES (heap -Xmx4g)"
  "$JAVA_HOME/bin/java" -Xmx4g -XX:+UseG1GC -cp "$OUT/search-classes:$CP" org.govsite.bench.SearchBenchmark "$DOCS" "$QUERIES"
} 2>&1 | tee "bench/search-results-$(date +%Y-%m-%d)-$DOCS.txt"
