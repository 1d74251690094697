#!/usr/bin/env bash
# Installs what building and testing Council Journeys needs, skipping anything already present
# at the right version, so a second run takes seconds. First run on a fresh machine: about
# 20 minutes (trunk alone compiles for ~15 minutes on 2 cores).
#
#   scripts/setup.sh          everything: build tools and test tools
#   scripts/setup.sh build    only what `trunk build` needs
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen version in Cargo.lock, or trunk tries to
# download one (which fails offline).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
WHAT=${1:-all}

apt_install() {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "[setup] cargo is missing: install Rust (rustup) first" >&2
  exit 1
fi

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # No --locked: one of its locked dependencies is not on the registry mirror.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: binaryen (wasm-opt 132; Debian's binaryen is too old for this wasm),
# workbox-build (writes the service worker at build time, scripts/service-worker.mjs),
# Playwright with axe-core, stylelint for the style sheet, Lighthouse, chrome-launcher and
# TimelineJS for the benchmark. Installed from the committed package-lock.json with `npm ci`;
# skipped only when every package the lock names is installed at the version it names (npm keeps
# what it installed in node_modules/.package-lock.json), so a changed lock always reinstalls.
npm_up_to_date() {
  command -v node >/dev/null && [ -f node_modules/.package-lock.json ] && node -e '
    const fs = require("fs");
    const want = JSON.parse(fs.readFileSync("package-lock.json", "utf8")).packages;
    const have = JSON.parse(fs.readFileSync("node_modules/.package-lock.json", "utf8")).packages;
    const stale = Object.entries(want).filter(([path, p]) => path !== "" && !p.optional
      && (!have[path] || have[path].version !== p.version || !fs.existsSync(path)));
    if (stale.length) { console.error("[setup] npm packages out of date: " + stale.slice(0, 5).map(([p]) => p).join(", ")); process.exit(1); }'
}
if npm_up_to_date; then
  say "npm packages: present"
else
  if ! command -v npm >/dev/null; then
    say "installing Node.js and npm from Debian"
    apt_install nodejs npm
  fi
  say "installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ "$WHAT" = all ]; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "chromium and chromedriver: present"
  else
    say "installing chromium and chromium-driver from Debian"
    apt_install chromium chromium-driver
  fi
fi

say "fetching crates"
cargo fetch --quiet
say "done"
