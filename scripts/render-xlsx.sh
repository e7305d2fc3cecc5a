#!/usr/bin/env bash
# Manual visual check of an exported workbook, outside CI: prints every sheet to PDF with LibreOffice
# (using the page setup stored in the file: landscape, fit to width, repeated header rows) and turns
# each page into a PNG, so you can see what an analyst gets from File › Print.
#
#   scripts/render-xlsx.sh export.xlsx /tmp/render      → /tmp/render/export.pdf, page-01.png, …
#
# Needs: libreoffice-calc (or libreoffice-calc-nogui), poppler-utils (pdftoppm) and a CJK font such as
# fonts-noto-cjk, e.g. `apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk`.
# Optional: DPI=110 for sharper pages (default 80).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 FILE.xlsx OUTDIR" >&2
  exit 2
fi
file=$1
outdir=$2
[[ -f "$file" ]] || { echo "no such file: $file" >&2; exit 1; }
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-calc-nogui" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: install poppler-utils" >&2; exit 1; }

mkdir -p "$outdir"
# A throw-away profile: headless LibreOffice refuses to start while another instance holds the default one.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

soffice "-env:UserInstallation=file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$outdir" "$file" >/dev/null
pdf="$outdir/$(basename "${file%.*}").pdf"
[[ -f "$pdf" ]] || { echo "LibreOffice produced no PDF for $file" >&2; exit 1; }

rm -f "$outdir"/page-*.png
pdftoppm -png -r "${DPI:-80}" "$pdf" "$outdir/page"
ls "$outdir"/page-*.png
