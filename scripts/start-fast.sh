#!/usr/bin/env bash
# Starts Kefu with the JVM's and Spring's start-up aids (docs/benchmarks.md, "Start-up"):
#
#   scripts/start-fast.sh build   # once per release: the -Pfast jar, extracted, plus a JVM cache
#   scripts/start-fast.sh         # start (same variables as java -jar: SERVER_PORT, KEFU_DEMO, ...)
#
# build: packages the jar with Spring AOT (profile fast), extracts it to target/fast (classes load
# from plain jars instead of the nested fat jar), then makes a training run on a throw-away H2
# database (empty, with the demo group, until /actuator/health is UP and the login page has been
# served) that records which classes are loaded and how hot methods are: on JDK 25 or newer an
# AOT cache (-XX:AOTCacheOutput), on older JDKs a class-data-sharing archive
# (-XX:ArchiveClassesAtExit). The cache belongs to this jar and this JDK: build again after
# either changes (the JVM warns and starts without it otherwise).
#
# JAVA picks the JDK (default: Temurin 25 under /usr/lib/jvm if present, else java on the PATH);
# TRAINING_PORT the port of the training run (default 8186); JAVA_OPTS adds JVM options.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fast=$root/target/fast
jar=$fast/kefu.jar

if [[ -z "${JAVA:-}" ]]; then
  JAVA=java
  for candidate in /usr/lib/jvm/temurin-2[5-9]*/bin/java; do
    [[ -x "$candidate" ]] && JAVA=$candidate
  done
fi
feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if ((feature >= 25)); then
  cache=$fast/kefu.aot
  record=(-XX:AOTCacheOutput="$cache")
  use=(-XX:AOTCache="$cache")
else
  cache=$fast/kefu.jsa
  record=(-XX:ArchiveClassesAtExit="$cache")
  use=(-XX:SharedArchiveFile="$cache")
fi

if [[ "${1:-}" == build ]]; then
  cd "$root"
  ./mvnw -B -q -Pfast -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true package
  rm -rf "$fast"
  built=$(ls target/kefu-*.jar | grep -v -- '-plain' | head -1)
  "$JAVA" -Djarmode=tools -jar "$built" extract --destination "$fast"
  mv "$fast/$(basename "$built")" "$jar"

  port=${TRAINING_PORT:-8186}
  training=$fast/training
  mkdir -p "$training"
  echo "training run on port $port (a throw-away database in $training)"
  SERVER_PORT=$port KEFU_DEMO=true \
    SPRING_DATASOURCE_URL="jdbc:h2:file:$training/kefu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE" \
    "$JAVA" "${record[@]}" -Dspring.aot.enabled=true -jar "$jar" >"$fast/training.log" 2>&1 &
  pid=$!
  for ((i = 0; i < 600; i++)); do
    curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$pid" 2>/dev/null || { echo "training run failed, see $fast/training.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -fs "http://localhost:$port/login" >/dev/null
  # A normal JVM exit (SIGTERM runs the shutdown hooks) is when the cache is written.
  kill -TERM "$pid"
  wait "$pid" || true
  rm -rf "$training"
  [[ -f "$cache" ]] || { echo "no cache written, see $fast/training.log" >&2; exit 1; }
  echo "built $jar and $cache"
  exit 0
fi

[[ -f "$jar" && -f "$cache" ]] || { echo "run '$0 build' first" >&2; exit 1; }
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$JAVA" "${use[@]}" -Dspring.aot.enabled=true ${JAVA_OPTS:-} -jar "$jar"
