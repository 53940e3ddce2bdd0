//! Benchmark (not a test): hostile input sizes that must cost linear time. Run:
//! `cargo run --release --example bench_input`.
//!
//! - an address with 100,000 parameters (all but the first 64 dropped, and named in one notice)
//! - one facet parameter with 100,000 values (capped at 100, repeats removed by hashing)
//! - a dataset of 1,000 initiatives whose first lists one related initiative 100,000 times
//!   (rejected: every repeat found by hashing, 50 listed, the rest counted)
//! - a dataset of 100,001 initiatives whose first relates to all the others, against the same
//!   dataset without those references

mod synth;

use std::time::Instant;

use cooperation_core::address::query;
use cooperation_core::data::{catalog, model::Id};

/// Median of `runs` timings of `f`, in milliseconds, and its last result.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut out = None;
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            out = Some(std::hint::black_box(f()));
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(f64::total_cmp);
    (t[t.len() / 2], out.expect("at least one run"))
}

fn main() {
    println!("linear-time input handling, release build, median of runs");
    let params: String = (0..100_000).map(|i| format!("&p{i}=x")).collect();
    let url = format!("q=energy{params}");
    let (ms, (_, notices)) = time(11, || query::parse(&url));
    println!(
        "address with 100,000 parameters ({:.1} MB): {ms:.2} ms, {} notices",
        url.len() as f64 / 1e6,
        notices.len()
    );

    let values: Vec<String> = (0..100_000).map(|i| format!("value-{i}")).collect();
    let url = format!("theme={}", values.join(","));
    let (ms, (state, notices)) = time(11, || query::parse(&url));
    println!(
        "one facet with 100,000 values ({:.1} MB): {ms:.2} ms, {} kept, {} notice",
        url.len() as f64 / 1e6,
        state.facets[0].1.len(),
        notices.len()
    );

    let mut d = synth::generate(1_000, 42);
    d.initiatives[0].related = vec![d.initiatives[1].id.clone(); 100_000];
    let json = serde_json::to_string(&d).expect("serialises");
    let (ms, loaded) = time(11, || catalog::load(json.as_bytes()));
    let problems = loaded.err().map_or(0, |e| e.problems.len() + e.more);
    println!(
        "1,000 initiatives, one listing an id 100,000 times: {ms:.1} ms load, rejected with {problems} problems"
    );

    let mut d = synth::generate(100_001, 42);
    let (plain_ms, _) = time(5, || {
        let json = serde_json::to_string(&d).expect("serialises");
        catalog::load(json.as_bytes()).is_ok()
    });
    d.initiatives[0].related = d.initiatives[1..]
        .iter()
        .map(|r| r.id.clone())
        .collect::<Vec<Id>>();
    let (ms, valid) = time(5, || {
        let json = serde_json::to_string(&d).expect("serialises");
        catalog::load(json.as_bytes()).is_ok()
    });
    println!(
        "100,001 initiatives, one relating to all the others: {ms:.0} ms serialise + load ({}), {plain_ms:.0} ms without those references",
        if valid { "valid" } else { "rejected" }
    );
}
