#!/usr/bin/env bash
# Builds the release site into dist/ (or the directory given by --dist): wasm with wasm-opt,
# an index.html for every route with its share tags, the share cards, sitemap.xml and
# robots.txt. Settings:
#   --public-url /journeys/        the path the site is served from (default /)
#   --site-url https://example.org/journeys/
#                                  the site's public address (or env SITE_URL): share tags,
#                                  canonical links and sitemap.xml use it; its path is the
#                                  public URL unless --public-url says the same. Without it the
#                                  build leaves those tags relative and writes no sitemap.
# Other arguments go to trunk. wasm-opt's passes are set in index.html (data-wasm-opt-params):
# after -Oz, flatten and rereloop then -Oz twice more leave the wasm about 2 KB (gzip) smaller
# than -Oz alone, for about a minute more per build; the producers and target-features sections
# are dropped.
# Then the service worker: scripts/service-worker.mjs (Workbox) writes DIST/sw.js with the
# precache list of what Trunk and site-entries wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

args=()
public_url=
while [ $# -gt 0 ]; do
  case $1 in
    --site-url) SITE_URL=${2:?--site-url needs an address}; shift 2 ;;
    --site-url=*) SITE_URL=${1#*=}; shift ;;
    --public-url) public_url=${2:?--public-url needs a path}; shift 2 ;;
    --public-url=*) public_url=${1#*=}; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
export SITE_URL=${SITE_URL:-}
if [ -z "$public_url" ] && [ -n "$SITE_URL" ]; then
  # The address's path, e.g. /journeys/ from https://example.org/journeys/.
  public_url=/$(printf '%s' "$SITE_URL" | sed -E 's#^[a-z]+://[^/]*/?##; s#/*$##')/
  public_url=${public_url//\/\//\/}
fi
[ -n "$public_url" ] && args+=(--public-url "$public_url")

cargo fetch --quiet
trunk build --release --offline ${args[@]+"${args[@]}"}
dist=dist
set -- ${args[@]+"${args[@]}"}
while [ $# -gt 0 ]; do
  case $1 in
    --dist) dist=$2; shift ;;
    --dist=*) dist=${1#--dist=} ;;
  esac
  shift
done
node scripts/service-worker.mjs "$dist"
