#!/usr/bin/env bash
# Benchmark (not a test): builds the release site, then prints JSON lines of bytes (raw, gzip -9,
# brotli) and time-to-content at 4x CPU slowdown (median of 5 cold loads). Budgets are checked
# here; the exit status is non-zero when one is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh all
scripts/build.sh
node bench/bench.mjs dist
