#!/usr/bin/env bash
# The whole test run, as CI runs it: set up, install test-only Debian/npm packages, start a
# throwaway PostgreSQL, then every suite. Fails if any suite fails or collects no tests.
set -uo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
SECONDS=0
scripts/setup.sh || exit 1
echo "== setup took ${SECONDS} s"

if [ "$(id -u)" = 0 ]; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  command -v pdftoppm >/dev/null || need+=(poppler-utils)
  command -v redis-server >/dev/null || need+=(redis-server)
  if [ ${#need[@]} -gt 0 ]; then
    echo "== Installing test packages: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || exit 1
  fi
fi
if [ -f tests/e2e/package.json ] && [ ! -d tests/e2e/node_modules ]; then
  npm ci --prefix tests/e2e --no-audit --no-fund --silent || exit 1
fi

PG_URL="$(scripts/pg.sh start)" || { echo "could not start PostgreSQL"; exit 1; }
trap 'scripts/pg.sh stop' EXIT

failed=0
suite() {  # suite NAME CMD...: pytest exit 5 (no tests collected) counts as a failure
  local name="$1"; shift
  echo; echo "== $name"
  local t0=$SECONDS
  "$@"; local rc=$?
  echo "== $name took $((SECONDS - t0)) s"
  if [ $rc -eq 5 ]; then echo "!! $name collected no tests"; failed=1
  elif [ $rc -ne 0 ]; then echo "!! $name failed ($rc)"; failed=1; fi
}

suite "lint (ruff)" .venv/bin/ruff check forbered api scripts bot tests
suite "core, plan service (SQLite), end-to-end" .venv/bin/python -m pytest tests/forbered tests/api tests/e2e -q -p no:cacheprovider
suite "plan service on PostgreSQL" env FORBERED_TEST_DATABASE_URL="$PG_URL" .venv/bin/python -m pytest tests/api -q -p no:cacheprovider
suite "Rasa bot (actions, data, stories)" .venv-rasa/bin/python -m pytest tests/bot -q -p no:cacheprovider

echo
if [ $failed -ne 0 ]; then echo "SOME SUITES FAILED"; exit 1; fi
echo "ALL SUITES PASSED"
