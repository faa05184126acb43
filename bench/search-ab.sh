#!/usr/bin/env bash
# Paired A/B of two builds of the search engine on one kept index:
#   bench/search-ab.sh INDEX A_CLASSES B_CLASSES [warm-up] [queries] [rounds]   (default 200 400 2)
# A_CLASSES / B_CLASSES: copies of target/classes of the two builds (e.g. cp -r target/classes
# bench/target/ab/a before the change). Each round runs A then B, each in a JVM of its own (the
# index's write lock allows one at a time), over SearchBenchmark's mix, and prints the CPU time per
# query (ThreadMXBean), which survives a loaded machine better than the latency. Needs the classes
# bench/search.sh built (bench/target/search). B_INDEX=DIR runs B on an index of its own (a schema
# change: two indexes of the same generated documents, each built by its side's classes).
set -euo pipefail
cd "$(dirname "$0")/.."
INDEX="$1"; A="$2"; B="$3"; WARM="${4:-200}"; N="${5:-400}"; ROUNDS="${6:-2}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT=bench/target/search
DEPS="$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -nowarn -d "$OUT/classes" -cp "$OUT/classes:$A:$DEPS" bench/src/org/govsite/bench/SearchBenchmark.java bench/src/org/govsite/bench/SearchPaired.java
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    CLASSES="$A"; ON="$INDEX"; [ "$side" = B ] && CLASSES="$B" && ON="${B_INDEX:-$INDEX}"
    "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseG1GC -Dlabel="$side round $round" -cp "$OUT/classes:$CLASSES:$DEPS" \
      org.govsite.bench.SearchPaired "$ON" "$WARM" "$N" $((10 + round)) 2>/dev/null
  done
done
