#!/usr/bin/env bash
# Install everything the tests need (Debian packages, Node 22, the locked npm packages), then run
# every test: npm test (typecheck, lint, unit, build, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
source scripts/use-node22.sh
# The Electron binary is fetched from the internet on first use; tests never need it.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
echo "── installed ($SECONDS s)"
npm test
