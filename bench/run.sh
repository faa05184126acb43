#!/usr/bin/env bash
# The publishing benchmark, one command:  bench/run.sh [sizes...]   (default: 10000 10000 10000 100000)
#
# Builds the application, then runs bench/src (not part of ./mvnw verify) against it: generates
# sites of N documents of Chinese text, publishes each in full, and measures incremental publish
# latency on the last. Then, if Hugo is installed (Debian: apt-get install hugo), runs
# bench/paired.sh: GovSite and Hugo interleaved on one site of PAIRED_DOCUMENTS (2000) documents,
# PAIRED_PAIRS (5) rounds, with the median of the per-round ratios. Results go to stdout and to
# bench/results-<date>.txt; docs/performance.md records them. A size given more than once is
# measured on as many sites (and Hugo as many times): this machine's figures vary from run to run,
# so docs/performance.md takes the median.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-10000 10000 10000 100000}")
read -r -a SIZES <<< "${SIZES[*]}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
OUT="bench/target"
mkdir -p "$OUT/classes"
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -q -d "$OUT/classes" -cp "$CP" $(find bench/src -name '*.java') 2>/dev/null \
  || "$JAVA_HOME/bin/javac" -d "$OUT/classes" -cp "$CP" $(find bench/src -name '*.java')
RESULTS="bench/results-$(date +%Y-%m-%d).txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "command: bench/run.sh ${SIZES[*]}"
  "$JAVA_HOME/bin/java" -Xmx4g -XX:+UseG1GC -cp "$OUT/classes:$CP" org.govsite.bench.PublishBenchmark "${SIZES[@]}"
  if command -v hugo > /dev/null; then
    # against Hugo in paired runs (G, H, G, H, …), whose ratios survive the machine's noise
    bench/paired.sh "${PAIRED_DOCUMENTS:-2000}" "${PAIRED_PAIRS:-5}"
  else
    echo "hugo: not installed (apt-get install hugo) - no comparison"
  fi
} 2>&1 | tee "$RESULTS"
