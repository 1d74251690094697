#!/usr/bin/env bash
# Runs every test layer of Council Journeys, installing what is missing first:
#   1. cargo fmt --check                      5. host tests (cargo test --workspace)
#   2. stylelint on assets/styles.css         6. wasm-bindgen tests in headless Chromium
#   3. clippy, host (all crates, all targets) 7. release build + Playwright end-to-end tests
#   4. clippy, wasm32 (the app)
# Every step runs even when an earlier one fails; the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh all || { echo "[test] setup failed" >&2; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

failed=()
passed=0
step() {
  local name=$1; shift
  printf '\n\033[1m[test] %s\033[0m\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed+=("$name")
  fi
}

step "rustfmt" cargo fmt --all --check
# stylelint 18 wants Node 22; scripts/stylelint.mjs supplies the two built-ins it needs on Node 20.
step "stylelint (assets/styles.css)" node scripts/stylelint.mjs assets/styles.css
step "clippy (host)" cargo clippy --workspace --all-targets --offline -- -D warnings
step "clippy (wasm32)" cargo clippy -p council-journeys --target wasm32-unknown-unknown --all-targets --offline -- -D warnings
step "host tests" cargo test --workspace --offline
step "browser tests (wasm-bindgen-test, headless Chromium)" \
  cargo test -p council-journeys --target wasm32-unknown-unknown --offline
step "release build" scripts/build.sh
# The sub-path build is given its public address (the test server's), so its share tags,
# canonical links and sitemap are absolute; the root build is not, so they are relative there.
step "sub-path release build" scripts/build.sh --dist target/dist-subpath --site-url "http://127.0.0.1:${E2E_PORT:-4173}/journeys/"
step "end-to-end tests (Playwright, headless Chromium)" npx playwright test

echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "[test] all ${passed} test steps passed"
else
  echo "[test] ${#failed[@]} of $((passed + ${#failed[@]})) test steps failed: ${failed[*]}"
  exit 1
fi
