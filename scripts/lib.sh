# shellcheck shell=bash
# Shared by scripts/serve and scripts/test: installs whatever is missing, and nothing that is already
# there, so a second run starts within seconds. Tool versions come from one place each:
#   trunk            Trunk.toml `trunk-version`
#   wasm-bindgen-cli Cargo.lock (the `wasm-bindgen` crate version; never written anywhere else)
#   wasm-opt         tests/e2e/package.json `binaryen` (Trunk.toml `tools.wasm_opt` refuses any other)
#   browser tools    tests/e2e/package.json + package-lock.json
#   cargo-deny       CARGO_DENY_VERSION below
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
E2E="$ROOT/tests/e2e"
# The npm binaryen's wasm-opt comes before anything else on PATH (Debian's wasm-opt 108 breaks the build).
export PATH="$E2E/node_modules/.bin:$HOME/.cargo/bin:$PATH"

CARGO_DENY_VERSION=0.20.2

step() { printf '\n==> %s\n' "$*" >&2; }

trunk_version() { sed -n 's/^trunk-version *= *"=\{0,1\}\([0-9][0-9.]*\)".*/\1/p' Trunk.toml; }

wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  local want have
  want=$(trunk_version)
  have=$(trunk --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    # Trunk >= 0.22 needs a newer rustc than this machine's 1.95.
    step "cargo install trunk $want (about 5-10 minutes, once)"
    cargo install trunk --version "$want" --locked
  fi
}

ensure_wasm_bindgen() {
  local want have
  want=$(wasm_bindgen_version)
  [ -n "$want" ] || { echo "no wasm-bindgen in Cargo.lock" >&2; exit 1; }
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
    # `--locked` fails here (the registry lacks the locked webpki-roots); unlocked installs fine.
    step "cargo install wasm-bindgen-cli $want (about 2-3 minutes, once)"
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_apt() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" ||
      { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; }
  fi
}

ensure_node_modules() {
  local stamp="$E2E/node_modules/.installed-lock.sha256" want
  want=$(sha256sum "$E2E/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    step "npm ci (browser test tools and wasm-opt)"
    (cd "$E2E" && npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
  fi
}

ensure_cargo_deny() {
  local have
  have=$(cargo deny --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$CARGO_DENY_VERSION" ]; then
    step "cargo install cargo-deny $CARGO_DENY_VERSION (about 5-10 minutes, once)"
    cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
  fi
}
