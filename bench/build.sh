#!/usr/bin/env bash
# Sourced by the benchmark scripts:  . bench/build.sh NAME
# Builds the application and compiles bench/src against it into bench/target/NAME-classes, with a
# copy of the application's classes in bench/target/NAME-app-classes (so that the sources can be
# compiled again while the benchmark runs); sets CP to the application's class path. SKIP_BUILD=1
# reuses what a previous run built.
BUILD_NAME="$1"
OUT="bench/target"
mkdir -p "$OUT/$BUILD_NAME-classes"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -o -DskipTests -Djacoco.skip=true compile dependency:build-classpath \
    -Dmdep.outputFile="$OUT/$BUILD_NAME-classpath.txt" -Dmdep.includeScope=runtime
  rm -rf "$OUT/$BUILD_NAME-app-classes" && cp -r target/classes "$OUT/$BUILD_NAME-app-classes"
fi
CP="$OUT/$BUILD_NAME-app-classes:$(cat "$OUT/$BUILD_NAME-classpath.txt")"
if [ -z "${SKIP_BUILD:-}" ]; then
  "$JAVA_HOME/bin/javac" -d "$OUT/$BUILD_NAME-classes" -cp "$CP" $(find bench/src -name '*.java')
fi
