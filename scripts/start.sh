#!/usr/bin/env bash
# npm start [-- --firefox]: set up, build, start the demo API server and open a browser with
# StatusLens loaded on the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run --silent build
exec node scripts/start.mjs "$@"
