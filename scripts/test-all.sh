#!/usr/bin/env bash
# Every test: types, unit and integration (Vitest, on the real PostgreSQL server and on PGlite),
# then the Playwright journeys in Debian's Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's Chromium for the browser tests…"
  if [ "$(id -u)" = 0 ]; then apt-get install -y chromium >/dev/null; else sudo apt-get install -y chromium >/dev/null; fi
fi

export CI="${CI:-true}"
export NEXT_TELEMETRY_DISABLED=1
npm run --silent check:content
npm run --silent typecheck
npx vitest run 2>&1 | tee /tmp/accord-vitest.log
npx playwright test 2>&1 | tee /tmp/accord-playwright.log

unit=$(grep -E '^\s*Tests\s' /tmp/accord-vitest.log | tail -1 | sed -E 's/^\s*Tests\s+//')
e2e=$(grep -E '^\s*[0-9]+ passed' /tmp/accord-playwright.log | tail -1 | sed -E 's/^\s+//')
echo "Summary: unit and integration ${unit}; end-to-end ${e2e}"
