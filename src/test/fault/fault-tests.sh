#!/usr/bin/env bash
# Fault tests (not part of `mvn verify`): the packaged service on a throwaway PostgreSQL cluster on loopback.
#   (a) PostgreSQL stops under load, then comes back   (b) kill -9 during Idempotency-Key writes   (c) SIGTERM under load
# Installs PostgreSQL from Debian packages when it is missing (needs root), builds the jar when it is missing, prints
# PASS/FAIL per check and exits non-zero when any check fails. Logs: target/fault/.
#
#   src/test/fault/fault-tests.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."

pg_bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
    else
        ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
    fi
}

bin="$(pg_bindir || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL not found: installing the Debian package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(pg_bindir)"
fi

# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
run_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

work="$(mktemp -d /tmp/partnermatch-fault.XXXXXX)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
[ "$(id -u)" = 0 ] && chown postgres "$work"

cleanup() {
    run_pg "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

run_pg "$bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
# Loopback only; the socket goes to the temp dir.
cat > "$work/pg-start" <<EOF
#!/usr/bin/env bash
$(declare -f run_pg)
run_pg "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $work -c max_connections=100" start >/dev/null
EOF
cat > "$work/pg-stop" <<EOF
#!/usr/bin/env bash
$(declare -f run_pg)
run_pg "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null
EOF
chmod +x "$work/pg-start" "$work/pg-stop"
"$work/pg-start"
run_pg "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE partnermatch" postgres
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($work)"

if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    mvn -B -ntp -q -DskipTests package
fi
mkdir -p target/fault
mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.partnermatch.fault.FaultDriver \
    -Dexec.args="--jdbc jdbc:postgresql://127.0.0.1:$port/partnermatch --pg-start $work/pg-start --pg-stop $work/pg-stop --out target/fault"
