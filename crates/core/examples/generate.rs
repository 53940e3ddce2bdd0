//! Writes a synthetic dataset as JSON to standard output.
//!
//! Usage: `cargo run --release --example generate -- RECORDS [SEED] > file.json`
//! (RECORDS initiatives; the same seed always gives the same file).

mod synth;

fn main() {
    let mut args = std::env::args().skip(1);
    let records = args.next().and_then(|a| a.parse::<usize>().ok());
    let seed = args.next().map_or(Some(42), |a| a.parse::<u64>().ok());
    let (Some(records), Some(seed)) = (records, seed) else {
        eprintln!("usage: generate RECORDS [SEED] > file.json");
        std::process::exit(2);
    };
    let dataset = synth::generate(records, seed);
    let out = std::io::stdout().lock();
    if let Err(e) = serde_json::to_writer(std::io::BufWriter::new(out), &dataset) {
        eprintln!("generate: {e}");
        std::process::exit(1);
    }
}
