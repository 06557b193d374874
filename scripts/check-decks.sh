#!/bin/sh
# Opens slide decks in LibreOffice Impress (headless), converts each to PDF, then every page to a PNG to look at:
# what a briefing room's presentation program shows, not what pptxgenjs meant.
#   scripts/check-decks.sh [deck.pptx …]     default: the decks the end-to-end export test leaves in tests/e2e/screenshots/decks
# Needs: apt-get install -y libreoffice-impress poppler-utils
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="${OUT:-$root/tests/e2e/screenshots/decks}"
[ $# -gt 0 ] || set -- "$root"/tests/e2e/screenshots/decks/*.pptx
command -v soffice >/dev/null && command -v pdftoppm >/dev/null ||
  { echo "needs LibreOffice Impress and poppler: apt-get install -y libreoffice-impress poppler-utils" >&2; exit 1; }
mkdir -p "$out"
for deck in "$@"; do
  [ -f "$deck" ] || { echo "no deck: $deck (run the export test first: E2E_ONLY=50-export node tests/e2e/run-e2e.mjs)" >&2; exit 1; }
  name=$(basename "${deck%.*}")
  # A profile of its own: a LibreOffice already open elsewhere would otherwise swallow the conversion.
  soffice -env:UserInstallation="file:///tmp/check-decks-$$" --headless --convert-to pdf --outdir "$out" "$deck" >/dev/null 2>&1
  rm -f "$out/$name"-*.png
  pdftoppm -png -r "${DPI:-60}" "$out/$name.pdf" "$out/$name"
  echo "$deck: $(ls "$out/$name"-*.png | wc -l) pages → $out/$name-*.png"
done
rm -rf "/tmp/check-decks-$$"
