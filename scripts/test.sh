#!/usr/bin/env bash
# Install exactly what package-lock.json pins, then run every test (typecheck, unit, build, e2e).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node22.sh
# The Electron binary is fetched from the internet on first use; tests never need it.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
npm test
