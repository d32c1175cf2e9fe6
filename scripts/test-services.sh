#!/usr/bin/env bash
# Starts what the tests need on a fresh machine, then prints the environment for them
# (source it: `. scripts/test-services.sh`). Safe to run again: every step checks first.
#  - PostgreSQL 15 (installed, not running): started, with a role and a database for the tests.
#  - Chromium and ChromeDriver from Debian's packages, for the browser tests.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }

if command -v pg_ctlcluster >/dev/null 2>&1; then
  if ! pg_lsclusters -h 2>/dev/null | awk '$1 == 15 && $2 == "main" && $4 == "online"' | grep -q .; then
    as_root pg_ctlcluster 15 main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
  if ! as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'factline'" | grep -q 1; then
    as_postgres psql -qc "CREATE ROLE factline LOGIN PASSWORD 'factline'"
  fi
  if ! as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname = 'factline_test'" | grep -q 1; then
    as_postgres createdb -O factline factline_test
  fi
  export FACTLINE_TEST_DB_URL=jdbc:postgresql://localhost:5432/factline_test
  export FACTLINE_TEST_DB_USER=factline
  export FACTLINE_TEST_DB_PASSWORD=factline
  echo "test services: PostgreSQL 15 at $FACTLINE_TEST_DB_URL"
else
  echo "test services: no PostgreSQL 15 installed; PostgreSQL store tests will be skipped" >&2
fi

# Chromium and ChromeDriver for the browser tests (Debian's packages; nothing is downloaded by the tests).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; then
    echo "test services: installing chromium and chromium-driver" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
      || echo "test services: could not install chromium; browser tests will be skipped" >&2
  else
    echo "test services: no chromium and no root or sudo to install it; browser tests will be skipped" >&2
  fi
fi
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  export FACTLINE_CHROMIUM=/usr/bin/chromium
  export FACTLINE_CHROMEDRIVER=/usr/bin/chromedriver
  echo "test services: $("$FACTLINE_CHROMIUM" --version 2>/dev/null | tail -1) with $FACTLINE_CHROMEDRIVER"
fi
