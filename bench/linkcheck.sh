#!/usr/bin/env bash
# The link-check benchmark, one command:  bench/linkcheck.sh [pages] [linkchecker threads] [linkchecker seconds]   (default: 100000 10 600)
#
# Generates a static site of <pages> article pages under bench/target/linksite, checks its links
# with the monitor's InternalLinks (against the published paths and the files, no HTTP, one
# thread), then serves the same files on 127.0.0.1 with the JDK's file server and runs Debian's
# linkchecker on them for at most <linkchecker seconds> (its rate: the pages it requested in that
# time, counted by the server); prints pages per second of each and the ratio. Needs the linkchecker
# package (apt-get install linkchecker). Not part of ./mvnw verify. docs/performance.md records results.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES="${1:-100000}"
THREADS="${2:-10}"
LIMIT="${3:-600}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
OUT="bench/target"
mkdir -p "$OUT/linkcheck-classes"
rm -rf "$OUT/linksite"
./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
rm -rf "$OUT/linkcheck-app" && cp -r target/classes "$OUT/linkcheck-app"
CP="$OUT/linkcheck-app:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -d "$OUT/linkcheck-classes" -cp "$CP" bench/src/org/govsite/bench/LinkCheckBenchmark.java
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "linkchecker: $(dpkg-query -W -f='${Version}' linkchecker 2>/dev/null || echo unknown) (Debian package)"
  echo "command: bench/linkcheck.sh $PAGES $THREADS $LIMIT"
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$OUT/linkcheck-classes:$CP" org.govsite.bench.LinkCheckBenchmark "$PAGES" "$THREADS" "$LIMIT"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "bench/linkcheck-results-$(date +%Y-%m-%d)-$PAGES.txt"
