#!/usr/bin/env bash
# Fuzz every target for RUNS executions (default 10 million) from the committed seed corpus, with
# libFuzzer through cargo-fuzz on nightly. Usage: fuzz/run.sh [RUNS]
# Needs: rustup toolchain nightly, `cargo install cargo-fuzz --locked`. No sanitizer (`-s none`):
# the code is safe Rust, so the hunt is for panics, timeouts and memory blow-ups, at ~8x the speed.
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${1:-10000000}
for target in load query csv_export; do
  work=$(mktemp -d)
  cp corpus/"$target"/* "$work"/
  echo "== $target: $RUNS runs"
  start=$(date +%s)
  cargo +nightly fuzz run -O -s none "$target" "$work" -- -runs="$RUNS" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | grep -E "^(stat::|Done|==[0-9]+== ERROR|SUMMARY|#[0-9]+ +DONE)" || true
  echo "== $target: $(( $(date +%s) - start )) s, corpus $(ls "$work" | wc -l) inputs"
  rm -rf "$work"
done
