#!/usr/bin/env bash
# The content-security scan benchmark, one command:  bench/guard.sh [patterns] [megabytes]   (default: 50000 100)
#
# Builds the guard's scanner from the shipped dictionaries plus generated patterns (3 to 6 common
# characters), generates Chinese text in pages of about 4,000 characters (half words of government
# pages, half random common characters), and reports MB of UTF-8 text scanned per second on one
# core (the thread's processor time), for the bare automaton and for the whole scan. Heap: -Xmx4g.
# Not part of ./mvnw verify. docs/performance.md records results.
set -euo pipefail
cd "$(dirname "$0")/.."
PATTERNS="${1:-50000}"
MEGABYTES="${2:-100}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
OUT="bench/target"
mkdir -p "$OUT/guard-classes"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$OUT/guard-classes" -cp "$CP" bench/src/org/govsite/bench/GuardBenchmark.java
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "command: bench/guard.sh $PATTERNS $MEGABYTES (heap -Xmx4g)"
  "$JAVA_HOME/bin/java" -Xmx4g -XX:+UseG1GC -cp "$OUT/guard-classes:$CP" org.govsite.bench.GuardBenchmark "$PATTERNS" "$MEGABYTES"
} 2>&1 | tee "bench/guard-results-$(date +%Y-%m-%d)-$PATTERNS.txt"
