#!/usr/bin/env bash
# The load test of docs/benchmarks.md ("Load"): starts a throw-away PostgreSQL (the Debian
# package's server, started by hand on its own port and data dir under target/load) and the
# packaged jar on it with the demo group, runs the Gatling simulation against it
# (./mvnw -Pload gatling:test), then stops both. Runs as root (PostgreSQL itself runs as the
# postgres user).
#
#   ./mvnw -B -DskipTests package && scripts/load-test.sh [-Dload.users=200 -Dload.seconds=120 ...]
#
# Extra arguments go to Maven (the simulation's -Dload.* properties). Environment: PORT (the
# application, default 8185), PG_PORT (default 55185), JAVA (default java), JAVA_OPTS (JVM options
# of the application), APP_START (a launcher instead of java -jar, e.g. scripts/start-fast.sh). The application's log is target/load/app.log, Gatling's report is under
# target/gatling.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
port=${PORT:-8185}
pg_port=${PG_PORT:-55185}
work=$root/target/load
jar=$(ls target/kefu-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
[[ -n "$jar" ]] || { echo "no target/kefu-*.jar: run ./mvnw -B -DskipTests package first" >&2; exit 1; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$pg_bin" ]]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_pg() { runuser -u postgres -- "$@"; }

rm -rf "$work"
mkdir -p "$work/pg"
chown postgres "$work/pg"
as_pg "$pg_bin/initdb" -D "$work/pg" -A trust -U kefu -E UTF8 >"$work/initdb.log"
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=localhost" start >/dev/null
app=""
stop() {
  if [[ -n "$app" ]]; then
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
  fi
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null || true
}
trap stop EXIT
as_pg "$pg_bin/createdb" -h localhost -p "$pg_port" -U kefu kefu
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port"

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
SERVER_PORT=$port KEFU_DEMO=true \
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$pg_port/kefu" \
  SPRING_DATASOURCE_USERNAME=kefu SPRING_DATASOURCE_PASSWORD="" \
  ${APP_START:-"${JAVA:-java}" ${JAVA_OPTS:-} -jar "$jar"} >"$work/app.log" 2>&1 &
app=$!
until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$app" 2>/dev/null || { echo "the application stopped, see $work/app.log" >&2; exit 1; }
  sleep 0.5
done
echo "Kefu is UP on port $port; load average $(cut -d' ' -f1 /proc/loadavg)"
./mvnw -B -Pload test-compile gatling:test -Dload.baseUrl="http://localhost:$port" "$@"
echo "load average after: $(cut -d' ' -f1 /proc/loadavg)"
