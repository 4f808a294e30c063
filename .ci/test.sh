#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone. It installs what the browser tests need when it is
# missing (Debian's Chromium and the CJK font fonts-wqy-microhei), or says exactly what to install.
# Prints a last line "N passed, M failed" and exits non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -f "$font" ] || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing ${missing[*]} for the browser tests (apt-get)..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The browser tests need Chromium and a CJK font: install ${missing[*]} (Debian/Ubuntu: apt-get install chromium fonts-wqy-microhei)," >&2
    echo "or point CHROMIUM_PATH at a Chromium binary." >&2
    exit 1
  fi
fi

results=TestResults
rm -f "$results/results.trx"
status=0
# Benchmarks (Category=Benchmark) run by their own command (docs/benchmarks.md), not in the suite.
dotnet test MerchantPortal.sln --filter "Category!=Benchmark" --logger "trx;LogFileName=results.trx" --results-directory "$results" || status=$?

trx="$results/results.trx"
if [ -f "$trx" ]; then
  passed=$(grep -o '<Counters [^>]*' "$trx" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*')
  failed=$(grep -o '<Counters [^>]*' "$trx" | grep -o 'failed="[0-9]*"' | grep -o '[0-9]*')
  echo "${passed:-0} passed, ${failed:-0} failed"
else
  echo "0 passed, 1 failed"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
