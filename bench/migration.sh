#!/usr/bin/env bash
# The migration benchmark, one command:  bench/migration.sh [pages]   (default: 10000)
#
# Serves a generated old GBK site of <pages> detail pages on 127.0.0.1, crawls and imports it with
# the whole platform (embedded PostgreSQL in a scratch folder), and prints pages per second of the
# crawl, the import and both, with the machine's load before and after. Not part of ./mvnw verify.
# docs/performance.md records results.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES="${1:-10000}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
OUT="bench/target"
mkdir -p "$OUT/migration-classes"
./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$OUT/migration-classes" -cp "$CP" bench/src/org/govsite/bench/MigrationBenchmark.java \
  bench/src/org/govsite/bench/PublishBenchmark.java bench/src/org/govsite/bench/ChineseText.java
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load before $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "command: bench/migration.sh $PAGES"
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$OUT/migration-classes:$CP" org.govsite.bench.MigrationBenchmark "$PAGES"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "bench/migration-results-$(date +%Y-%m-%d)-$PAGES.txt"
