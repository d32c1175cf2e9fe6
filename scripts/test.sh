#!/usr/bin/env bash
# The test command: sets up what the tests need on a fresh machine, then runs the whole suite and
# the reference conformance checker against the built jar.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/test-services.sh

mvn -B -ntp verify

if command -v python3 >/dev/null; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  pack=src/test/resources/conformance
  check() { # data date expected
    java -jar target/factline.jar facts --data "$1" --date "$2" --out "$out/sheet.json"
    printf '%-60s ' "$3"; python3 "$pack/check-facts" "$out/sheet.json" "$3"
  }
  echo "== reference checker (check-facts) on the jar's fact sheets"
  check "$pack/metrics/synthetic-plain" 2018-11-22 "$pack/metrics/synthetic-plain/expected-2018-11-22.jsonl"
  check "$pack/metrics/synthetic-traps" 2014-07-22 "$pack/metrics/synthetic-traps/expected-2014-07-22.jsonl"
  check fixtures/market 2026-03-23 "$pack/metrics/market-expected-2026-03-23.jsonl"
  check fixtures/market 2026-10-05 "$pack/metrics/market-expected-2026-10-05.jsonl"
  check fixtures/market 2026-03-23 "$pack/metrics/market-catalogue-expected-2026-03-23.jsonl"
  check fixtures/sp500 2025-06-13 "$pack/metrics/sp500-expected-2025-06-13.jsonl"
fi
