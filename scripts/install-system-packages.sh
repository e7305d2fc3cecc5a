#!/usr/bin/env bash
# Debian packages the tests need, installed only when missing: Chromium for the end-to-end tests,
# CJK fonts so screenshots show glyphs, openpyxl and python-docx as independent readers of the
# exported workbook and Word briefing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
/usr/bin/python3 -c 'import docx' >/dev/null 2>&1 || need+=(python3-docx)
if ((${#need[@]})); then
  echo "Installing Debian packages: ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}"
fi
