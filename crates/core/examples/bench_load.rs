//! Benchmark (not a test): parse + validate time and peak heap of synthetic datasets of 1k, 10k and
//! 100k initiatives, natively. Run: `cargo run --release --example bench_load`.

mod synth;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use cooperation_core::data::catalog;

/// Counts live heap bytes and the peak since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    println!("parse + validate (serde_json → Dataset → Catalog), release build, median of runs");
    println!(
        "{:>8} {:>10} {:>7} {:>12} {:>12} {:>14} {:>14}",
        "records", "json MB", "runs", "median ms", "min ms", "peak heap MB", "catalog MB"
    );
    for (records, runs) in [(1_000, 21), (10_000, 11), (100_000, 5)] {
        let json = serde_json::to_string(&synth::generate(records, 42)).unwrap();
        let mut times = Vec::new();
        let mut peak = 0;
        let mut retained = 0;
        for _ in 0..runs {
            let before = LIVE.load(Relaxed);
            PEAK.store(before, Relaxed);
            let t = Instant::now();
            let catalog = catalog::load(json.as_bytes()).expect("synthetic data validates");
            times.push(t.elapsed().as_secs_f64() * 1e3);
            peak = PEAK.load(Relaxed) - before;
            retained = LIVE.load(Relaxed) - before;
            drop(catalog);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{:>8} {:>10.1} {:>7} {:>12.2} {:>12.2} {:>14.1} {:>14.1}",
            records,
            json.len() as f64 / 1e6,
            runs,
            times[times.len() / 2],
            times[0],
            peak as f64 / 1e6,
            retained as f64 / 1e6,
        );
    }
}
