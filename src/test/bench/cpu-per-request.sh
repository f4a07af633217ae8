#!/usr/bin/env bash
# Service CPU per request (see cpu-per-request.py) for GET /api/v1/schools/{id} on the demo directory, with the jar
# that `mvn -B -DskipTests package` built. Rate limits are off for the run, since one client sends thousands of reads.
# usage: src/test/bench/cpu-per-request.sh [PORT] [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${1:-18180}
MGMT_PORT=$((PORT + 1))
REQUESTS=${2:-4000}
DATA=$(mktemp -d)
PARTNERMATCH_LIMITS_READS_ENABLED=false PARTNERMATCH_EMBEDDED_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MGMT_PORT \
  java -Xms64m -Xmx192m -XX:+UseSerialGC -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa \
  -jar target/quarkus-app/quarkus-run.jar demo > target/cpu-per-request-service.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -sf "localhost:$MGMT_PORT/q/health/ready" > /dev/null && break
  sleep 1
done
TOKEN=$(PARTNERMATCH_EMBEDDED_DATA_DIR="$DATA" java -jar target/quarkus-app/quarkus-run.jar dev-tokens | sed -n 's/^DISTRICT_TOKEN=//p')
python3 src/test/bench/cpu-per-request.py "$PORT" "$SERVICE" "$TOKEN" \
  /api/v1/schools/5c000000-0000-4000-8000-000000000001 "$REQUESTS"
