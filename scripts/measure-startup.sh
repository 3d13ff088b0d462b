#!/usr/bin/env bash
# Measures the start-up of the packaged application: N times, each on a new empty H2 data dir,
# from launching the JVM until GET /actuator/health answers UP; prints each run and the median.
#
#   scripts/measure-startup.sh [runs]                   # plain: java -jar target/kefu-*.jar
#   KEFU_START=scripts/start-fast.sh scripts/measure-startup.sh 5   # any launcher command
#
# Environment: KEFU_START (launcher command; default plain java -jar), JAVA (default java),
# JAVA_OPTS (JVM options of the plain start),
# PORT (default 8185), TIMEOUT seconds per run (default 180). The launcher's output of each run is
# kept in target/startup-runs/run-N.log. The 1-minute load average is printed before and after,
# since other processes on the machine change the wall-clock figure a lot; the CPU seconds the JVM
# used until UP are printed too, as they change much less.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
port=${PORT:-8185}
timeout=${TIMEOUT:-180}
java_bin=${JAVA:-java}
jar=$(ls target/kefu-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [[ -z "${KEFU_START:-}" && -z "$jar" ]]; then
  echo "no target/kefu-*.jar: run ./mvnw -B -DskipTests package first" >&2
  exit 1
fi
logs=target/startup-runs
mkdir -p "$logs"

load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s%N; }
# CPU seconds (user + system, all threads) the JVM used so far: unlike the wall-clock time it hardly
# depends on what else runs on the machine. A launcher script must exec the JVM for this to count it.
cpu() {
  local stat ticks
  read -ra stat <"/proc/$1/stat"
  ticks=$((stat[13] + stat[14]))
  echo "$((ticks / $(getconf CLK_TCK))).$(printf '%02d' $((ticks % $(getconf CLK_TCK) * 100 / $(getconf CLK_TCK))))"
}

echo "load average before: $(load)"
times=()
for ((i = 1; i <= runs; i++)); do
  data=$(mktemp -d "$PWD/target/startup-data.XXXXXX")
  log="$PWD/$logs/run-$i.log"
  start=$(now)
  # The default H2 URL with the data dir of this run; setsid: the launcher and the JVM it starts get a
  # process group of their own, stopped together.
  url="jdbc:h2:file:$data/kefu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE"
  if [[ -n "${KEFU_START:-}" ]]; then
    SERVER_PORT=$port SPRING_DATASOURCE_URL=$url setsid $KEFU_START >"$log" 2>&1 &
  else
    SERVER_PORT=$port SPRING_DATASOURCE_URL=$url setsid "$java_bin" ${JAVA_OPTS:-} -jar "$jar" \
      >"$log" 2>&1 &
  fi
  pid=$!
  up=""
  while [[ -z "$up" ]]; do
    if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      up=$(now)
    elif ! kill -0 "$pid" 2>/dev/null; then
      echo "run $i: the application stopped before it was UP, see $log" >&2
      exit 1
    elif (($(now) - start > timeout * 1000000000)); then
      echo "run $i: not UP after ${timeout}s, see $log" >&2
      kill -- -"$pid" 2>/dev/null || true
      exit 1
    else
      sleep 0.05
    fi
  done
  ms=$(((up - start) / 1000000))
  times+=("$ms")
  printf 'run %d: UP after %d.%03d s, %s s CPU\n' "$i" $((ms / 1000)) $((ms % 1000)) "$(cpu "$pid")"
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
echo "load average after: $(load)"
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$((runs / 2))]}
if ((runs % 2 == 0)); then
  median=$(((sorted[runs / 2 - 1] + sorted[runs / 2]) / 2))
fi
printf 'median of %d: %d.%03d s (min %d.%03d s, max %d.%03d s)\n' "$runs" \
  $((median / 1000)) $((median % 1000)) \
  $((sorted[0] / 1000)) $((sorted[0] % 1000)) \
  $((sorted[runs - 1] / 1000)) $((sorted[runs - 1] % 1000))
