#!/usr/bin/env bash
# Renders the HTML report of Samples/ in headless Chromium and saves a screenshot, to check that the
# report looks right in a real browser (and to show it in the docs).
#
#   scripts/screenshot-report.sh [OUT.png]     # default docs/report.png
#
#   COMPLY_BIN   a built comply to use instead of building one (optional)
#   WIDTH        the browser window's width in pixels (default 1400)
#   HEIGHT       its height (default: the whole page, measured in a first headless run)
#
# Installs chromium and fonts-noto-cjk (Debian/Ubuntu) when they are missing, so Chinese does not
# render as boxes. The report and the browser profile live in a temp folder removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-docs/report.png}"
width="${WIDTH:-1400}"

sudo_if_needed() {
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo "$@"; else "$@"; fi
}

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
need=()
[ -z "$browser" ] && need+=(chromium)
fonts="$(fc-list 2>/dev/null || true)"
if ! grep -qi "cjk" <<<"$fonts"; then need+=(fonts-noto-cjk); fi
if [ "${#need[@]}" -gt 0 ]; then
  echo "screenshot-report: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed apt-get update -q >&2
  sudo_if_needed apt-get install -y -q "${need[@]}" >&2
  [ -z "$browser" ] && browser=chromium
fi

if [ -n "${COMPLY_BIN:-}" ]; then
  comply="$COMPLY_BIN"
else
  swift build --product comply >&2
  comply="$(swift build --show-bin-path)/comply"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
html="$work/report.html"

# Findings are expected (status 1); 2 means the audit could not run.
status=0
"$comply" audit Samples/ --period 2025 --format html --output "$html" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "screenshot-report: comply audit exited with status $status" >&2
  exit 1
fi

# The report is one self-contained file: the browser needs no network.
chrome() {
  "$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars --no-first-run --no-default-browser-check \
    --disable-extensions --disable-background-networking --user-data-dir="$work/profile" "$@" 2>/dev/null
}

# The page's height at this width: a copy of the report writes it into the DOM, which is dumped.
height="${HEIGHT:-}"
if [ -z "$height" ]; then
  sed 's#</body>#<script>document.body.setAttribute("data-height", String(document.documentElement.scrollHeight));</script></body>#' \
    "$html" >"$work/measure.html"
  height="$(chrome --window-size="$width,1000" --dump-dom "file://$work/measure.html" \
    | sed -n 's/.*data-height="\([0-9]*\)".*/\1/p' | head -n 1)"
  height="${height:-2400}"
fi

mkdir -p "$(dirname "$out")"
if ! chrome --window-size="$width,$height" --screenshot="$out" "file://$html" >&2; then
  echo "screenshot-report: $browser failed" >&2
  exit 1
fi

# Keep the PNG small for the repository (optipng/pngquant when present).
if command -v pngquant >/dev/null 2>&1; then
  pngquant --force --skip-if-larger --quality 60-90 --output "$out" -- "$out" || true
elif command -v optipng >/dev/null 2>&1; then
  optipng -quiet -o2 "$out" || true
fi
echo "screenshot-report: wrote $out (${width}x$height, $(wc -c <"$out") bytes)"
