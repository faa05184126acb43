#!/usr/bin/env bash
# The provincial-scale benchmark (issue 20 part 5), one command:  bench/scale.sh [sites] [documents]   (default 2000 1000000)
#
# One install (the application from the built classes, role all, on 127.0.0.1 only, its embedded
# PostgreSQL under bench/target/scale/data) grows its site group through the steps 10, 100, 500 and
# 2,000 sites that are below the number asked for, then that number (BENCH_STEPS=10,100 chooses
# others), the documents in proportion (documents ÷ sites a site). Each site is made through the
# platform's services (registration, approval, going online, its channel tree) and its documents
# imported as published by the content module's bulk import; a few a site are left in review.
# At each step: a full publish of the group (every file written), the incremental publish latency
# (save → every file on disk, p50/p95/p99) while another thread publishes the other sites in full,
# the console over HTTP signed in with password and TOTP as a site manager and as a reviewer of every
# site (p95 of the document list, the 工作台, the review queue), the public API with wrk on loopback
# (search and a site's documents, 2 threads, 8 connections, BENCH_WRK_SECONDS each), and memory
# (heap after GC, RSS of the JVM, PSS and RSS of PostgreSQL). Prints a row per step and the table.
# BENCH_EXPLAIN=true prints the plans of the console's heaviest statements at each step.
# At 2,000 sites and 1,000,000 documents, three settings bound the run (see ScaleBenchmark's comment):
# BENCH_PUBLISH_SITES=N publishes in full N sites spread over the group at each step (the group's
# time from their rate); BENCH_REINDEX_UP_TO=D rebuilds the search index only up to D documents;
# SKIP_MAKE=1 starts from the group a previous run left in BENCH_DATA (default bench/target/scale/data;
# a run keeps it, even stopped while making sites) and makes only the sites still missing, then
# measures; MAKE_ONLY=1 makes and measures nothing. So: MAKE_ONLY=1 on a busy machine, then
# SKIP_MAKE=1 on a quiet one measures the last step alone.
# Needs wrk. Heap -Xmx${BENCH_HEAP:-3g}. SKIP_BUILD=1 reuses bench/target's classes.
set -euo pipefail
cd "$(dirname "$0")/.."
SITES="${1:-2000}"
DOCUMENTS="${2:-1000000}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
command -v wrk > /dev/null || { echo "wrk: not installed (apt-get install wrk)"; exit 1; }
. bench/build.sh bench/target/scale
RESULTS="${BENCH_RESULTS:-bench/scale-results-$(date +%Y-%m-%d)-$SITES-$DOCUMENTS.txt}"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
  echo "command: ${SKIP_MAKE:+SKIP_MAKE=$SKIP_MAKE }${MAKE_ONLY:+MAKE_ONLY=$MAKE_ONLY }${BENCH_DATA:+BENCH_DATA=$BENCH_DATA }${BENCH_STEPS:+BENCH_STEPS=$BENCH_STEPS }${BENCH_PUBLISH_SITES:+BENCH_PUBLISH_SITES=$BENCH_PUBLISH_SITES }${BENCH_REINDEX_UP_TO:+BENCH_REINDEX_UP_TO=$BENCH_REINDEX_UP_TO }${BENCH_MAKERS:+BENCH_MAKERS=$BENCH_MAKERS }bench/scale.sh $SITES $DOCUMENTS"
  echo "busiest other processes (CPU%, command):"
  ps -eo pcpu=,comm= --sort=-pcpu | head -5 | sed 's/^/  /'
  "$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-3g}" -XX:+UseG1GC -Dbench.steps="${BENCH_STEPS:-10,100,500,2000}" \
    -Dbench.samples="${BENCH_SAMPLES:-30}" -Dbench.console.requests="${BENCH_CONSOLE_REQUESTS:-15}" -Dbench.makers="${BENCH_MAKERS:-2}" -Dbench.explain="${BENCH_EXPLAIN:-false}" -Dbench.wrk.seconds="${BENCH_WRK_SECONDS:-15}" \
    -Dbench.data="${BENCH_DATA:-$OUT/data}" -Dbench.reuse="${SKIP_MAKE:+true}" -Dbench.make-only="${MAKE_ONLY:+true}" \
    -Dbench.publish-sites="${BENCH_PUBLISH_SITES:-2147483647}" -Dbench.reindex-up-to="${BENCH_REINDEX_UP_TO:-2147483647}" -Dbench.port="${BENCH_PORT:-18620}" \
    -cp "$OUT/classes:$CP" org.govsite.bench.ScaleBenchmark "$SITES" "$DOCUMENTS"
} 2>&1 | tee "$RESULTS"
