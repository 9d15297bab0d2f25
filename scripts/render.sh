#!/usr/bin/env bash
# Renders an evaluated workbook as a reviewer would see it printed: .xlsx → PDF (LibreOffice headless) → PNG
# pages (pdftoppm). Not part of CI. Needs: apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk
set -euo pipefail
book="${1:-out/action-plan-r2-evaluated.xlsx}"
dest="${2:-out/render}"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render: $tool is missing (apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk)" >&2; exit 2; }
done
[ -f "$book" ] || { echo "render: no such workbook: $book (run npm run demo first)" >&2; exit 2; }
mkdir -p "$dest"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$dest" "$book" >/dev/null
pdf="$dest/$(basename "${book%.*}").pdf"
pdftoppm -png -r 80 "$pdf" "${pdf%.pdf}"
echo "$pdf"
ls "${pdf%.pdf}"*.png
