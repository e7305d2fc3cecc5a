#!/usr/bin/env bash
# Visual check of an export, outside CI: LibreOffice prints a workbook (.xlsx, with the page setup
# stored in it: landscape, fit to width, repeated header rows) or a Word briefing (.docx: its styles,
# footnotes, header and footer) to PDF, and each page becomes a PNG, so you can see what an analyst
# gets from File › Print, or a reader without Word.
#
#   scripts/render-document.sh briefing.docx /tmp/render   → /tmp/render/briefing.pdf, page-01.png, …
#
# Needs: libreoffice-calc-nogui (workbooks) or libreoffice-writer-nogui (briefings), poppler-utils
# (pdftoppm, pdffonts) and a CJK font such as fonts-noto-cjk, e.g.
# `apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk`.
# Optional: DPI=110 for sharper pages (default 80). Prints the fonts embedded in the PDF last: a CJK
# face (Noto Serif/Sans CJK here) must be among them, or Chinese text was drawn as boxes.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 FILE.xlsx|FILE.docx OUTDIR" >&2
  exit 2
fi
file=$1
outdir=$2
[[ -f "$file" ]] || { echo "no such file: $file" >&2; exit 1; }
case "$file" in
  *.xlsx) office=libreoffice-calc-nogui ;;
  *.docx) office=libreoffice-writer-nogui ;;
  *) echo "not a workbook or briefing (.xlsx, .docx): $file" >&2; exit 2 ;;
esac
command -v soffice >/dev/null || { echo "soffice not found: install $office" >&2; exit 1; }
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
pdffonts "$pdf" | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u
