#!/usr/bin/env bash
# Install and start Policy Matrix: the desktop app where the Electron binary is installed or can be
# downloaded; otherwise (offline, locked-down machines) the same app in the local web browser.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node22.sh
npm ci --no-audit --no-fund
if why="$(node --experimental-strip-types --no-warnings scripts/electron-binary.ts --fetch)"; then
  npm start
else
  echo
  echo "Starting Policy Matrix in your web browser instead of its own window, because ${why}: same app, same data."
  npm run --silent serve
fi
