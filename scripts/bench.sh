#!/usr/bin/env bash
# npm run bench: prints speed and memory figures (not pass/fail timings).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run --silent build
echo "== listener and analysis micro-benchmarks (vitest bench)"
npx vitest bench --run
echo "== background memory in Node (service code, bounded logs)"
npx vitest run -c vitest.measure.config.ts
echo "== real Chromium: page-load ratio and service-worker heap"
node --experimental-websocket scripts/bench-browser.mjs
echo "== real Chromium: service-worker cold start"
node --experimental-websocket scripts/bench-coldstart.mjs
echo "== real Chromium: page hook per-request cost"
node scripts/bench-hook.mjs
