#!/usr/bin/env bash
# Every test: types, lint and format, unit and integration (Vitest, on the real PostgreSQL server and on PGlite),
# then the Playwright journeys in Debian's Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's Chromium for the browser tests…"
  # A fresh machine's package lists may be empty or stale: read them before installing.
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y chromium >/dev/null
fi

export CI="${CI:-true}"
export NEXT_TELEMETRY_DISABLED=1
npm run --silent check:content
npm run --silent typecheck
npm run --silent lint
npm run --silent format:check
npx vitest run 2>&1 | tee /tmp/accord-vitest.log
npx playwright test 2>&1 | tee /tmp/accord-playwright.log
# After the journeys, so that it serves the build they made (.next-e2e) instead of building again.
npm run --silent test:faults 2>&1 | tee /tmp/accord-faults.log

# The runners colour their output when they think a terminal is watching: strip the colour codes
# before reading the figures, and never let a missing figure fail a run whose tests all passed.
last_line() { sed -E 's/\x1b\[[0-9;]*m//g' "$1" | grep -E "$2" | tail -1 | sed -E 's/^\s*(Tests\s+)?//' || true; }
unit=$(last_line /tmp/accord-vitest.log '^\s*Tests\s')
e2e=$(last_line /tmp/accord-playwright.log '^\s*[0-9]+ passed')
faults=$(last_line /tmp/accord-faults.log '^Summary: faults' | sed -E 's/^Summary: faults //')
echo "Summary: unit and integration ${unit:-?}; end-to-end ${e2e:-?}; faults ${faults:-?}"
