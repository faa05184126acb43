#!/usr/bin/env bash
# The disclosure catalogue benchmark, one command:  bench/disclosure.sh [documents]   (default 10000)
#
# Builds the application, then runs bench/src's DisclosureBenchmark (not part of ./mvnw verify): a
# site of N policy documents with disclosure metadata, its catalogue written from scratch (time,
# pages/s, biggest page), then the site's full publish. Results go to stdout and to
# bench/disclosure-results-<date>-<N>.txt; docs/performance.md records them.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCUMENTS="${1:-10000}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
OUT="bench/target"
mkdir -p "$OUT/classes"
./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$OUT/classes" -cp "$CP" $(find bench/src -name '*.java')
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "command: bench/disclosure.sh $DOCUMENTS"
  "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseG1GC -cp "$OUT/classes:$CP" org.govsite.bench.DisclosureBenchmark "$DOCUMENTS"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "bench/disclosure-results-$(date +%Y-%m-%d)-$DOCUMENTS.txt"
