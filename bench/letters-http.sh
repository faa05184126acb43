#!/usr/bin/env bash
# The letter submission benchmark through the public HTTP API:  bench/letters-http.sh [seconds] [challenges]
#
# Starts the application (role all, 127.0.0.1 only, an embedded database of its own under
# bench/target/letters-data or $BENCH_DATA with the demo group) with the limits per address and per
# phone lifted and the proof of work at 0 bits (its cost is the browser's; the server still checks
# the signature and the hash of every challenge, and takes each once); fetches and solves as many
# challenges as the run needs; then wrk writes new letters (POST /api/public/mailboxes/{id}/letters,
# each with its own challenge, phone and text) into the demo portal's 县长信箱 at concurrency 16, after
# 10 s of the same for warm-up.
# Then the restart check: a letter written, the application and its database stopped and started
# again, the letter and its deadline read back with the query code.
# Also the CPU time per letter of the measured run, of the application's JVM and of its database's
# processes apart (from /proc: it holds on a loaded machine where the wrk figures do not); with
# BENCH_JFR=1 a JFR recording (settings=profile) of the measured run in bench/target/letters.jfr
# and its hottest methods (jfr view hot-methods). BENCH_RESULTS names the results file; BENCH_ARGS
# adds settings (--name=value …) to the application's.
# Needs wrk (Debian: apt-get install wrk) and python3. Heap -Xmx1g. Stops the application at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN="${1:-30}"
CHALLENGES="${2:-120000}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT="${BENCH_PORT:-18615}"
OUT="bench/target"
DATA="${BENCH_DATA:-$OUT/letters-data}"
mkdir -p "$OUT"
./mvnw -o -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"

APP=""
start() {
  "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC -cp "$CP" org.govsite.GovSiteApplication --server.address=127.0.0.1 \
    --server.port="$PORT" --govsite.data-dir="$DATA" --govsite.interaction.letters-per-hour-per-address=100000000 \
    --govsite.interaction.letters-per-day-per-phone=100000000 --govsite.interaction.challenge-bits=0 \
    --logging.level.root=WARN ${BENCH_ARGS:-} >> "$OUT/letters-app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 300); do
    # the demo group is built at the first start: ready once the portal's 县长信箱 is there
    curl -fs "http://127.0.0.1:$PORT/api/public/sites/9901230001/mailboxes" 2> /dev/null | grep -q '县长信箱' && return 0
    sleep 2
  done
  echo "the application did not start; see $OUT/letters-app.log" >&2
  exit 1
}
stop() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
}
# CPU clock ticks (user + system, with its reaped children's) of a process
ticks() {
  awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat" 2>/dev/null || echo 0
}
# the embedded PostgreSQL is not a child of the JVM (pg_ctl detaches it): its postmaster by its data
# folder, then the postmaster's children (the backends, the background processes)
database_ticks() {
  local sum=0 pid postmaster
  postmaster=$(pgrep -f -- "postgres -D .*${DATA#./}/postgres" | head -1)
  [ -z "$postmaster" ] && { echo 0; return; }
  for pid in "$postmaster" $(ps -o pid= --ppid "$postmaster"); do
    sum=$((sum + $(ticks "$pid")))
  done
  echo "$sum"
}
trap stop EXIT

start
MAILBOX=$(curl -fs "http://127.0.0.1:$PORT/api/public/sites/9901230001/mailboxes" \
  | python3 -c 'import json, sys; print(next(m["id"] for m in json.load(sys.stdin) if m["name"] == "县长信箱"))')
python3 bench/letters-challenges.py 127.0.0.1 "$PORT" "$CHALLENGES" "$OUT/challenges.txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(uname -sr)"
  echo "load before the run: $(uptime)"
  echo "command: bench/letters-http.sh $SECONDS_RUN $CHALLENGES (application heap -Xmx1g, wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2))"
  export BENCH_CHALLENGES="$OUT/challenges.txt" BENCH_MAILBOX="$MAILBOX" BENCH_THREADS=2 BENCH_RUN="$(date +%s)"
  # warm-up (the JIT), on challenges of their own: the measured run starts at the second half of the file
  BENCH_OFFSET=0 wrk -t2 -c16 -d10s -s bench/letters-http.lua "http://127.0.0.1:$PORT" > /dev/null
  export BENCH_OFFSET=$((CHALLENGES / 2))
  [ -n "${BENCH_JFR:-}" ] && "$JAVA_HOME/bin/jcmd" "$APP" JFR.start name=letters settings=profile > /dev/null
  APP_BEFORE=$(ticks "$APP"); DB_BEFORE=$(database_ticks)
  printf 'letters at concurrency 16: '
  wrk -t2 -c16 -d"${SECONDS_RUN}s" -s bench/letters-http.lua "http://127.0.0.1:$PORT" | tee "$OUT/letters-wrk.txt" \
    | awk '/Requests\/sec/ {rps=$2} /^requests/ {line=$0} END {print line ", " rps " letters/s"}'
  APP_AFTER=$(ticks "$APP"); DB_AFTER=$(database_ticks)
  echo "load after the run: $(uptime)"
  LETTERS=$(awk '/^requests/ {gsub(",", "", $2); print $2}' "$OUT/letters-wrk.txt")
  python3 -c "import os, sys; hz = os.sysconf('SC_CLK_TCK'); n = int(sys.argv[1]); app = (int(sys.argv[3]) - int(sys.argv[2])) / hz; db = (int(sys.argv[5]) - int(sys.argv[4])) / hz; print(f'CPU per letter: application {app / n * 1000:.2f} ms, database {db / n * 1000:.2f} ms, together {(app + db) / n * 1000:.2f} ms ({n} letters; {app:.1f} s and {db:.1f} s of CPU)')" \
    "$LETTERS" "$APP_BEFORE" "$APP_AFTER" "$DB_BEFORE" "$DB_AFTER"
  if [ -n "${BENCH_JFR:-}" ]; then
    "$JAVA_HOME/bin/jcmd" "$APP" JFR.stop name=letters filename="$PWD/$OUT/letters.jfr" > /dev/null
    "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$OUT/letters.jfr" | head -40
  fi

  # The restart check: written, both stopped, both started, read back (BENCH_RESTART=0 skips it).
  if [ "${BENCH_RESTART:-1}" = 0 ]; then
    stop
    exit 0
  fi
  LINE=$(tail -1 "$OUT/challenges.txt")
  RECEIPT=$(curl -fs -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/public/mailboxes/$MAILBOX/letters" \
    -d "{\"name\":\"重启\",\"phone\":\"13700000000\",\"subject\":\"重启检查 $(date +%s)\",\"content\":\"重启后应仍在。\",\"publishable\":false,\"challenge\":\"${LINE% *}\",\"solution\":\"${LINE#* }\"}")
  CODE=$(echo "$RECEIPT" | python3 -c 'import json, sys; print(json.load(sys.stdin)["queryCode"])')
  DUE=$(echo "$RECEIPT" | python3 -c 'import json, sys; print(json.load(sys.stdin)["replyBy"])')
  stop
  start
  AFTER=""
  for _ in $(seq 1 20); do
    AFTER=$(curl -s "http://127.0.0.1:$PORT/api/public/letters/$CODE" \
      | python3 -c 'import json, sys; print(json.load(sys.stdin).get("replyBy", ""))' 2> /dev/null || true)
    [ -n "$AFTER" ] && break
    sleep 3
  done
  if [ "$AFTER" = "$DUE" ]; then
    echo "restart: letter $CODE and its deadline $DUE read back after the application and its database restarted"
  else
    echo "restart: FAILED, letter $CODE answered deadline $DUE before, '$AFTER' after"
  fi
  stop  # this block runs in a subshell of its own: the trap does not see the second start
} 2>&1 | tee "${BENCH_RESULTS:-bench/letters-http-results-$(date +%Y-%m-%d).txt}"
