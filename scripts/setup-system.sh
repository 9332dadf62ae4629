#!/usr/bin/env bash
# Install the Debian packages highlights needs, or say exactly which ones are missing.
# Runtime: Pango (WeasyPrint), HarfBuzz subsetting (fast CJK PDFs), Noto CJK fonts, and the
# rest of the font fallback chain (highlights/fonts.py): Noto Sans and Serif for Latin text,
# Noto Color Emoji, and HanaMin for CJK Extension B and other rare Han characters.
# Tests and tools: poppler (pdftotext/pdffonts/pdftoppm), zbar (zbarimg reads QR codes back),
# epubcheck, tesseract OCR, Chromium.
set -euo pipefail

RUNTIME="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-cjk fonts-dejavu-core fonts-noto-core fonts-noto-color-emoji fonts-hanazono"
TOOLS="poppler-utils zbar-tools epubcheck default-jre-headless tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-tra tesseract-ocr-chi-sim chromium chromium-driver"
WANTED="$RUNTIME $TOOLS"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup: this is not a Debian system; install the equivalents of: $WANTED" >&2
    exit 1
fi

missing=""
for pkg in $WANTED; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing="$missing $pkg"
done
if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: missing Debian packages:$missing" >&2
    echo "setup: as root, run: apt-get update && apt-get install -y --no-install-recommends$missing" >&2
    exit 1
fi

echo "setup: installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "setup: Debian packages installed"
