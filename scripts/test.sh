#!/usr/bin/env bash
# Every test: type check, unit tests, both builds (+ the Firefox e2e variant), web-ext lint,
# then the end-to-end tests in real Chromium and real Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== type check"
npx tsc --noEmit -p .
npx tsc --noEmit -p tests/e2e
echo "== unit tests"
npx vitest run
echo "== build"
npm run --silent build
npx vite build --mode firefox-e2e --logLevel warn
echo "== web-ext lint (dist/firefox)"
npm run --silent lint:firefox
echo "== release checks (zips carry the version, Chrome store rules, Firefox zip rebuilt from the sources in two other folders)"
node scripts/zip.mjs && node scripts/check-chrome-zip.mjs && node scripts/verify-source.mjs --tree
echo "== end-to-end (Chromium, Firefox)"
npx vitest run -c vitest.e2e.config.ts
