#!/usr/bin/env bash
# The guard's daily scan of a published site, one command:  bench/guard-daily.sh [documents] [patterns] [readers]
# (default: 100000 50000, one reading thread per processor)
#
# Generates (once, in bench/target/guard-site-<documents>) the folder publishing writes for a site of that many
# documents: a page per document with the site's chrome, an attachment to one in ten (Word, Excel,
# PDF in turn); then reads every file's text and scans it as DailyScan does, on [readers] threads, with the
# shipped dictionaries plus generated patterns. Reports files and documents per second, elapsed and
# per core of processor time, and the time by step. Not included: the manifest query and the rows
# of findings. Heap: -Xmx2g. Not part of ./mvnw verify. docs/performance.md records results.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${1:-100000}"
PATTERNS="${2:-50000}"
READERS="${3:-$(nproc)}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
OUT="bench/target"
mkdir -p "$OUT/guard-classes"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$OUT/guard-classes" -cp "$CP" bench/src/org/govsite/bench/GuardBenchmark.java \
  bench/src/org/govsite/bench/GuardDailyScanBenchmark.java
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "command: bench/guard-daily.sh $DOCS $PATTERNS $READERS (heap -Xmx2g)"
  "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseG1GC -cp "$OUT/guard-classes:$CP" org.govsite.bench.GuardDailyScanBenchmark "$DOCS" "$PATTERNS" "$READERS"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "bench/guard-daily-results-$(date +%Y-%m-%d)-$DOCS.txt"
