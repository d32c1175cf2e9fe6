#!/usr/bin/env bash
# Loopback load benchmark of the desk: GET /, GET /api/published, POST /api/validate, POST /api/ask, each
# for a bounded time with `hey` (Debian package; installed when missing). Not part of the test suite.
# Starts `serve` from target/factline.jar (built when missing) on a free port over a fresh H2 file in a temp
# directory, signs in as a bootstrap admin to mint an API token, publishes a few commentaries, then loads.
# Usage: scripts/load-bench.sh [SECONDS per route, default 10] [CONCURRENCY, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_ROUTE="${1:-10}"
CONCURRENCY="${2:-20}"
command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; }
[ -f target/factline.jar ] || mvn -q -B -ntp -DskipTests package
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
PASSWORD="bench-$(date +%s)-correct-horse"
FACTLINE_DB_URL="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
FACTLINE_ADMIN_USER=bench FACTLINE_ADMIN_PASSWORD="$PASSWORD" FACTLINE_COOKIE_SECURE=false \
  java -jar target/factline.jar serve --host 127.0.0.1 --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/health" >/dev/null || { echo "server did not start; log:" >&2; cat "$WORK/serve.log" >&2; exit 1; }

JAR="$WORK/cookies"
field() { sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" | head -1; }
CSRF="$(curl -fs -c "$JAR" "$BASE/login" | field _csrf)"
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$CSRF" --data-urlencode username=bench \
  --data-urlencode "password=$PASSWORD" "$BASE/login"
SESSION_CSRF="$(curl -fs -b "$JAR" "$BASE/drafts" | sed -n 's/.*<meta name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1)"
TOKEN="$(curl -s -b "$JAR" --data-urlencode "_csrf=$SESSION_CSRF" --data-urlencode name=bench "$BASE/account/tokens" \
  | sed -n 's/.*<code id="issued-token">\([^<]*\)<.*/\1/p')"
[ -n "$TOKEN" ] || { echo "could not mint an API token" >&2; exit 1; }
AUTH="Authorization: Bearer $TOKEN"
DATE="$(curl -fs -H "$AUTH" "$BASE/api/facts" | python3 -c 'import json,sys; print(json.load(sys.stdin)["asOf"])')"
for _ in 1 2 3 4 5; do
  ID="$(curl -fs -H "$AUTH" -H 'Content-Type: application/json' -d "{\"date\": \"$DATE\", \"drafter\": \"template\"}" \
    "$BASE/api/commentary" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  for action in submit approve publish; do
    curl -fs -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' -d "{\"action\": \"$action\"}" \
      "$BASE/api/drafts/$ID/transitions"
  done
done
TEXT="$(curl -fs -H "$AUTH" "$BASE/api/drafts/$ID" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["text"]))')"
printf '{"date": "%s", "text": %s}' "$DATE" "$TEXT" >"$WORK/validate.json"
printf '{"question": "How did SPY do today?", "date": "%s"}' "$DATE" >"$WORK/ask.json"

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); java $(java -version 2>&1 | head -1)"
echo "each route: ${SECONDS_PER_ROUTE}s, ${CONCURRENCY} concurrent connections, loopback; 5 published commentaries"
run() {
  local name="$1"; shift
  hey -z "${SECONDS_PER_ROUTE}s" -c "$CONCURRENCY" "$@" >"$WORK/out" 2>&1
  local rps p50 p99 codes
  rps="$(sed -n 's/^ *Requests\/sec:\s*//p' "$WORK/out")"
  p50="$(sed -n 's/^ *50% in \([0-9.]*\) secs.*/\1/p' "$WORK/out")"
  p99="$(sed -n 's/^ *99% in \([0-9.]*\) secs.*/\1/p' "$WORK/out")"
  codes="$(sed -n '/Status code distribution/,/^$/p' "$WORK/out" | tr -s ' \t' ' ' | grep -o '\[[0-9]*\] [0-9]*' | paste -sd ',' -)"
  printf '%-22s %8.0f req/s   p50 %6.1f ms   p99 %6.1f ms   %s\n' "$name" "$rps" "$(echo "$p50*1000" | bc)" "$(echo "$p99*1000" | bc)" "$codes"
}
run "GET /" "$BASE/"
run "GET /api/published" "$BASE/api/published"
run "POST /api/validate" -m POST -H "$AUTH" -T application/json -D "$WORK/validate.json" "$BASE/api/validate"
# /api/ask is rate-limited per address (429 past the budget): the figure shows the limiter's cost as much as the chat's
run "POST /api/ask" -m POST -T application/json -D "$WORK/ask.json" "$BASE/api/ask"
