//! The dataset checker for publishers: the checks the app runs when it loads a file, before the file
//! is deployed.
//!
//! ```text
//! cooperation-data validate FILE...  every problem, as the app shows it; exit 1 if there is one
//! cooperation-data stats FILE...     records per collection; links per field, stated and inferred
//! cooperation-data schema            the JSON Schema of the dataset format
//! ```
//!
//! A problem is printed as `FILE:LINE:COLUMN: ` (when it has a position) followed by exactly the line
//! the app shows: the JSON path, the position and what is wrong. Exit codes: 0 valid, 1 problems,
//! 2 usage or a file that cannot be read.

use std::process::ExitCode;

use cooperation_core::data::catalog::{self, Catalog};
use cooperation_core::data::stats::Stats;

const USAGE: &str = "usage: cooperation-data validate FILE...
       cooperation-data stats FILE...
       cooperation-data schema

validate  checks each dataset as the app does; prints every problem with its JSON path and
          line:column, and exits with 1 if there is one
stats     prints how many records each collection holds and how many links are inferred
schema    prints the JSON Schema of the dataset format";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match (args.first().map(String::as_str), &args[1.min(args.len())..]) {
        (Some("validate"), files) if !files.is_empty() => each(files, |file, c| {
            let (links, inferred) = Stats::of(c.data()).total();
            println!("{file}: valid ({links} links, {inferred} inferred)");
        }),
        (Some("stats"), files) if !files.is_empty() => each(files, |file, c| {
            println!("{file}\n{}", Stats::of(c.data()));
        }),
        (Some("schema"), []) => {
            let schema = cooperation_core::data::model::json_schema();
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        (Some("-h" | "--help" | "help"), _) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Loads each file; runs `valid` on those that load, prints the problems of those that do not.
fn each(files: &[String], valid: impl Fn(&str, &Catalog)) -> ExitCode {
    let mut code = ExitCode::SUCCESS;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{file}: cannot read the file: {e}");
                return ExitCode::from(2);
            }
        };
        match catalog::load(&bytes) {
            Ok(c) => valid(file, &c),
            Err(e) => {
                for p in &e.problems {
                    match p.position {
                        Some((line, column)) => println!("{file}:{line}:{column}: {p}"),
                        None => println!("{file}: {p}"),
                    }
                }
                if e.more > 0 {
                    println!("{file}: …and {} more problems", e.more);
                }
                let n = e.problems.len() + e.more;
                println!("{file}: {n} problem{}", if n == 1 { "" } else { "s" });
                code = ExitCode::FAILURE;
            }
        }
    }
    code
}
