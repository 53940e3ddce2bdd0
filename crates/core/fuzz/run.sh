#!/usr/bin/env bash
# Fuzz every target for RUNS executions (default 10 million) from the committed seed corpus, with
# libFuzzer through cargo-fuzz on nightly. Usage: [JOBS=2] fuzz/run.sh [RUNS]
# With JOBS=n, n fuzzing processes share one corpus and run RUNS/n executions each.
# Needs: rustup toolchain nightly, `cargo install cargo-fuzz --locked`. No sanitizer (`-s none`):
# the code is safe Rust, so the hunt is for panics, timeouts and memory blow-ups, at ~8x the speed.
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${1:-10000000}
JOBS=${JOBS:-1}
for target in load query csv_export; do
  work=$(mktemp -d)
  cp corpus/"$target"/* "$work"/
  echo "== $target: $RUNS runs in $JOBS process(es)"
  start=$(date +%s)
  parallel=()
  [ "$JOBS" -gt 1 ] && parallel=(-jobs="$JOBS" -workers="$JOBS")
  cargo +nightly fuzz run -O -s none "$target" "$work" -- -runs=$((RUNS / JOBS)) "${parallel[@]}" \
    -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | grep -E "^(stat::|Done|==[0-9]+== ERROR|SUMMARY|#[0-9]+ +DONE)" || true
  [ "$JOBS" -gt 1 ] && grep -hE "^(stat::|Done|==[0-9]+== ERROR|SUMMARY)" fuzz-*.log && rm -f fuzz-*.log
  echo "== $target: $(( $(date +%s) - start )) s, corpus $(ls "$work" | wc -l) inputs"
  rm -rf "$work"
done
