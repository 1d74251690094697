#!/usr/bin/env bash
# Builds the release site and serves it on http://127.0.0.1:8080 with a plain static file
# server, as a static host would. Installs what is missing first (see scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
scripts/build.sh
PORT=${PORT:-8080}
echo "Serving dist/ on http://127.0.0.1:$PORT (Ctrl-C to stop)"
exec python3 scripts/static_server.py "$PORT" dist
