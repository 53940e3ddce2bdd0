#!/usr/bin/env bash
# Where the wasm's bytes go, and what the four languages cost (not part of the test command):
#   1. the release wasm as wasm-bindgen writes it (before wasm-opt, names kept), broken down with
#      twiggy: the 20 largest items, and each crate's share of code and data;
#   2. the shipped wasm + js (after wasm-opt), raw and brotli (quality 11);
#   3. the same build with every language showing English (COOPERATION_L10N_ENGLISH_ONLY=1): the
#      difference is what Chinese, Russian and Kyrgyz add.
# Prints its numbers; bench/README.md keeps the last run's.
source "$(dirname "$0")/../scripts/lib.sh"
ensure_wasm_target
ensure_trunk
ensure_wasm_bindgen
ensure_node_modules
if ! command -v twiggy >/dev/null; then
  step "cargo install twiggy 0.7.0 (about 3 minutes, once)"
  cargo install twiggy --version 0.7.0 --locked
fi

out=target/size
rm -rf "$out" && mkdir -p "$out"

step "release build → $out/dist (and the wasm-bindgen output with names)"
trunk build --release --dist "$out/dist" --public-url / >/dev/null
wasm-bindgen --target web --no-typescript --out-dir "$out/named" \
  target/wasm32-unknown-unknown/release/cooperation-explorer.wasm
named="$out/named/cooperation-explorer_bg.wasm"

step "twiggy: the 20 largest items (before wasm-opt)"
twiggy top -n 20 "$named"

step "each crate's share (before wasm-opt; generic code counted to the crate that defines it)"
twiggy top -n 1000000 -f csv "$named" >"$out/items.csv"
node - "$out/items.csv" <<'EOF'
const rows = require('fs').readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1);
const shares = new Map();
let total = 0;
for (const line of rows) {
  const m = line.match(/^"?(.*?)"?,(\d+),/);
  if (!m) continue;
  const [, name, size] = m;
  if (/names|custom section/.test(name)) continue;
  let krate;
  if (name.startsWith('data[')) krate = '(data: strings, tables)';
  else if (/^(import|export|elem|table|type|global|memory)/.test(name)) krate = '(wasm-bindgen glue, tables)';
  else {
    // `<T as tachys::view::Render>::build`: a bare generic or local type name before `as` counts to
    // the trait's crate; `<alloc::vec::Vec<T> as …>` and plain paths count to their first segment.
    const bare = name.replace(/^[<&]+/, '').replace(/^mut /, '');
    const own = bare.match(/^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/);
    const via = bare.match(/ as ([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/);
    krate = own ? own[1] : via ? via[1] : '(other)';
  }
  shares.set(krate, (shares.get(krate) ?? 0) + Number(size));
  total += Number(size);
}
const sorted = [...shares].sort((a, b) => b[1] - a[1]);
console.log('| crate | bytes | share |\n|---|---:|---:|');
for (const [k, v] of sorted.slice(0, 20)) console.log(`| ${k} | ${v.toLocaleString('en')} | ${(100 * v / total).toFixed(1)}% |`);
const rest = sorted.slice(20).reduce((s, [, v]) => s + v, 0);
console.log(`| (${sorted.length - 20} others) | ${rest.toLocaleString('en')} | ${(100 * rest / total).toFixed(1)}% |`);
console.log(`| **total** | **${total.toLocaleString('en')}** | |`);
EOF

sizes() {
  local dir=$1 raw=0 br=0 f
  for f in "$dir"/*.wasm "$dir"/*.js; do
    raw=$((raw + $(stat -c%s "$f")))
    br=$((br + $(brotli -q 11 -c "$f" | wc -c)))
  done
  echo "$raw $br"
}

step "shipped wasm + js"
read -r raw br < <(sizes "$out/dist")
kib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
echo "four languages: $raw bytes raw, $br bytes brotli ($(kib "$br") KiB)"

step "the same build, every language in English"
COOPERATION_L10N_ENGLISH_ONLY=1 trunk build --release --dist "$out/english" --public-url / >/dev/null
read -r raw_en br_en < <(sizes "$out/english")
echo "English only:   $raw_en bytes raw, $br_en bytes brotli ($(kib "$br_en") KiB)"
echo "the three other languages add $((raw - raw_en)) bytes raw, $((br - br_en)) bytes brotli ($(kib $((br - br_en))) KiB)"
