#!/usr/bin/env bash
# Builds the release site into dist/ (or the directory given by --dist): wasm with wasm-opt,
# and an index.html for every route. Extra arguments go to trunk, e.g.
#   scripts/build.sh --public-url /journeys/      for a site served under /journeys/
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo fetch --quiet
trunk build --release --offline "$@"
