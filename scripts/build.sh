#!/usr/bin/env bash
# Builds the release site into dist/ (or the directory given by --dist): wasm with wasm-opt,
# and an index.html for every route. Extra arguments go to trunk, e.g.
#   scripts/build.sh --public-url /journeys/      for a site served under /journeys/
# wasm-opt's passes are set in index.html (data-wasm-opt-params): after -Oz, flatten and
# rereloop then -Oz twice more leave the wasm about 2 KB (gzip) smaller than -Oz alone, for
# about a minute more per build; the producers and target-features sections are dropped.
# Then the service worker: scripts/service-worker.mjs (Workbox) writes DIST/sw.js with the
# precache list of what Trunk and site-entries wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo fetch --quiet
trunk build --release --offline "$@"
dist=dist
while [ $# -gt 0 ]; do
  case $1 in
    --dist) dist=$2; shift ;;
    --dist=*) dist=${1#--dist=} ;;
  esac
  shift
done
node scripts/service-worker.mjs "$dist"
