#!/usr/bin/env bash
# Install and start the desktop app (needs a machine that can download the Electron binary).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node22.sh
npm ci --no-audit --no-fund
npm start
