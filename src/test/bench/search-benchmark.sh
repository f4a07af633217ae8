#!/usr/bin/env bash
# Search benchmark (not part of the test run): starts the service on a scratch embedded database, adds 50,000
# offerings, and sends a text + 2-facet search at 50 requests/s, open loop, latencies in HdrHistogram; then the same
# search as SQL, the former full text versus ILIKE. Report: target/bench/search-benchmark.md.
# See docs/benchmarks.md, "Search benchmark".
# Extra arguments go to the benchmark, e.g. --seconds=120 --rate=50 --offerings=50000.
set -euo pipefail
cd "$(dirname "$0")/../../.."

MVN=${MVN:-mvn}   # e.g. MVN="mvn -o" without network
HTTP_PORT=${BENCH_HTTP_PORT:-8090}
DB_PORT=${BENCH_DB_PORT:-55433}
MGMT_PORT=${BENCH_MANAGEMENT_PORT:-9090}
mkdir -p target/bench

$MVN -B -q -DskipTests package
$MVN -B -q dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt

PARTNERMATCH_EMBEDDED_DATA_DIR=target/bench/data PARTNERMATCH_EMBEDDED_PORT=$DB_PORT QUARKUS_HTTP_PORT=$HTTP_PORT QUARKUS_MANAGEMENT_PORT=$MGMT_PORT \
  java -jar target/quarkus-app/quarkus-run.jar demo > target/bench/service.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  if curl -sf "http://localhost:$MGMT_PORT/q/health/ready" > /dev/null; then break; fi
  sleep 1
done
curl -sf "http://localhost:$MGMT_PORT/q/health/ready" > /dev/null || { echo "service did not start; see target/bench/service.log"; exit 1; }

# The embedded database's superuser password, kept beside its data (the generator loads rows in bulk as superuser).
PGPASS=$(sed -n 's/^superuser\.password=//p' target/bench/data/postgres.credentials)
java -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" org.partnermatch.bench.SearchBenchmark \
  --url="http://localhost:$HTTP_PORT" \
  --jdbc="jdbc:postgresql://localhost:$DB_PORT/partnermatch?user=postgres&password=$PGPASS" "$@"
