#!/usr/bin/env bash
# Benchmark (not a test): installs what is missing (scripts/setup.sh all: Chromium, and from
# package-lock.json Playwright, Lighthouse 12.2.3 and TimelineJS), builds the release site, then
# runs bench/bench.mjs against it, served with gzip by scripts/static_server.py: JSON lines of
# bytes, time until readable at 4x CPU (median of 5 cold loads), the Leeds embed beside a static
# page and beside TimelineJS, first-view bytes, two interactions, a memory soak, Lighthouse's
# mobile run on four pages, and every target of issue 13 with whether it is met and what holds it
# back. The exit status is non-zero when a budget or a target is missed.
# Environment: BENCH_PORT (default 4180), BENCH_RUNS (5), BENCH_LIGHTHOUSE_RUNS (3), CHROME_PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh all
# The canonical links, share tags and sitemap name the address the benchmark serves the site
# from, as a deployment would.
scripts/build.sh --site-url "http://127.0.0.1:${BENCH_PORT:-4180}/"
node bench/bench.mjs dist
