#!/usr/bin/env bash
# CSV import speed: a generated district school list of ROWS rows (default 10,000: name, type, grades, address, ZIP,
# coordinates, NCES id and equity figures) imported into the packaged service on a fresh embedded database, ROUNDS
# times: a dry run, the import (all created), the same file again (all unchanged); then an equity file (one row per
# school: enrollment, FRL %, EL % with suppressed cells) merged into those schools by state school code. Prints seconds per step (the service with
# the production heap, -Xmx192m) and writes target/bench/imports.md.
# usage: src/test/bench/import-benchmark.sh [ROWS] [ROUNDS]     (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROWS=${1:-10000}
ROUNDS=${2:-3}
PORT=18280
MGMT=18281
mkdir -p target/bench
python3 - "$ROWS" <<'PY'
import random, sys
rows = int(sys.argv[1]); random.seed(7)
with open('target/bench/schools.csv', 'w') as f:
    f.write("name,type,grades,address,city,zip,latitude,longitude,nces id,school code,enrollment,title i,frl %,el %,languages\n")
    for i in range(rows):
        f.write(f"Bench School {i:05d},Elementary,K-5,{100 + i} Main St,Seattle,98118,{47.5 + random.random() * 0.2:.4f},"
                f"{-122.4 + random.random() * 0.2:.4f},{530000000000 + i},B{i},{random.randint(100, 900)},"
                f"{'yes' if i % 2 else 'no'},{random.randint(5, 95)},{random.randint(0, 45)},so;es\n")
with open('target/bench/equity.csv', 'w') as f:
    f.write("SchoolYear,SchoolCode,Total Enrollment,Percent Low Income,EL %\n")
    for i in range(rows):
        f.write(f"2025-26,B{i},{random.randint(100, 900)},{random.randint(5, 95)}%,{'N<10' if i % 7 == 0 else random.randint(1, 45)}\n")
PY
report=target/bench/imports.md
echo "| round | dry run (s) | import, all created (s) | same file again (s) | equity file, $ROWS rows (s) |" > "$report"
echo "| ---: | ---: | ---: | ---: | ---: |" >> "$report"
for round in $(seq 1 "$ROUNDS"); do
  DATA=$(mktemp -d)
  PARTNERMATCH_LIMITS_WRITES_ENABLED=false PARTNERMATCH_EMBEDDED_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_MANAGEMENT_PORT=$MGMT java -Xms64m -Xmx192m -XX:+UseSerialGC \
    -jar target/quarkus-app/quarkus-run.jar demo > target/bench/import-service.log 2>&1 &
  SERVICE=$!
  trap 'kill $SERVICE 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf "localhost:$MGMT/q/health/ready" > /dev/null && break; sleep 1; done
  TOKEN=$(PARTNERMATCH_EMBEDDED_DATA_DIR="$DATA" java -jar target/quarkus-app/quarkus-run.jar dev-tokens | sed -n 's/^DISTRICT_TOKEN=//p')
  step() { # path file → seconds
    local start end code
    start=$(date +%s.%N)
    code=$(curl -s -o target/bench/import-answer.json -w '%{http_code}' -X POST "localhost:$PORT$1" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$2")
    end=$(date +%s.%N)
    [ "$code" = 200 ] || { echo "POST $1 answered $code" >&2; head -c 400 target/bench/import-answer.json >&2; exit 1; }
    python3 -c "print(f'{$end - $start:.2f}')"
  }
  dry=$(step "/api/v1/imports/schools?dryRun=true" target/bench/schools.csv)
  first=$(step "/api/v1/imports/schools" target/bench/schools.csv)
  again=$(step "/api/v1/imports/schools" target/bench/schools.csv)
  equity=$(step "/api/v1/imports/school-equity?source=Bench" target/bench/equity.csv)
  kill $SERVICE; wait $SERVICE 2>/dev/null || true
  rm -rf "$DATA"
  echo "| $round | $dry | $first | $again | $equity |" | tee -a "$report"
done
echo "Report: $report"
