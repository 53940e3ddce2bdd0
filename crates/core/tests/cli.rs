//! The publishers' checker, `cooperation-data`, run as a user runs it: the problems the app shows,
//! with the file's line and column, and exit codes a CI job can rely on.

#![cfg(feature = "schema")]

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::{Value, json};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cooperation-data"))
        .args(args)
        .output()
        .expect("the checker runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn bundled_path() -> String {
    common::public_data()
        .join("cooperation.json")
        .to_string_lossy()
        .into_owned()
}

/// Writes `v`, pretty-printed, to a file of its own; its path.
fn write(name: &str, v: &Value) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(v).unwrap()).unwrap();
    path
}

#[test]
fn a_valid_dataset_passes_with_exit_code_0() {
    let o = run(&["validate", &bundled_path()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains(": valid ("), "{}", stdout(&o));
}

#[test]
fn problems_are_printed_as_the_app_shows_them_with_the_line_and_column() {
    let mut v: Value = serde_json::from_str(&common::shipped_json()).unwrap();
    v["initiatives"][1]["sectors"] = json!(["enrgy"]);
    v["initiatives"][16]["inferred"][0]["reason"] = json!("two\nlines");
    let path = write("broken.json", &v);
    let file = path.to_string_lossy().into_owned();
    let o = run(&["validate", &file]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    // Exactly the app's lines (the same `Problem` text), after `FILE:LINE:COLUMN: `.
    let app =
        cooperation_core::data::catalog::load(serde_json::to_string_pretty(&v).unwrap().as_bytes())
            .unwrap_err();
    assert_eq!(app.problems.len(), 2, "{app}");
    for p in &app.problems {
        let (line, column) = p.position.expect("each problem has a position");
        let expected = format!("{file}:{line}:{column}: {p}");
        assert!(
            out.lines().any(|l| l == expected),
            "missing {expected:?} in\n{out}"
        );
    }
    let text = serde_json::to_string_pretty(&v).unwrap();
    let sector = &app
        .problems
        .iter()
        .find(|p| p.path == "initiatives[1].sectors[0]")
        .unwrap();
    let at = common::text_at(&text, sector.position.unwrap());
    assert!(at.starts_with("\"enrgy\""), "{at}");
    assert!(out.contains("unknown sector \"enrgy\""));
    assert!(out.contains("initiatives[16].inferred[0].reason"), "{out}");
    assert!(out.trim_end().ends_with(": 2 problems"), "{out}");
}

#[test]
fn a_syntax_error_is_a_problem_too() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("truncated.json");
    std::fs::write(&path, "{\n  \"schema_version\": 1,\n  \"name\": \"x\"").unwrap();
    let o = run(&["validate", &path.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains(":3:"), "{}", stdout(&o));
}

#[test]
fn stats_counts_records_and_inferred_links() {
    let o = run(&["stats", &bundled_path()]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let c = cooperation_core::data::catalog::load(common::shipped_json().as_bytes()).unwrap();
    let row = |name: &str| -> Vec<String> {
        let line = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no {name} row in\n{out}"));
        line.split_whitespace().skip(1).map(String::from).collect()
    };
    assert_eq!(row("initiatives"), [c.initiatives().len().to_string()]);
    assert_eq!(row("sectors"), [c.sectors().len().to_string()]);
    // Independently: the inferred entries the file lists.
    let d = c.data();
    let inferred = d
        .initiatives
        .iter()
        .map(|r| r.inferred.len())
        .sum::<usize>()
        + d.sectors.iter().map(|r| r.inferred.len()).sum::<usize>()
        + d.corridors.iter().map(|r| r.inferred.len()).sum::<usize>()
        + d.parties.iter().map(|r| r.inferred.len()).sum::<usize>();
    assert!(inferred > 0);
    assert_eq!(row("total")[2], inferred.to_string(), "{out}");
    let links = out.split_once("\nlinks").unwrap().1;
    let parties: usize = d.initiatives.iter().map(|r| r.parties.len()).sum();
    let row = links
        .lines()
        .find(|l| l.trim_start().starts_with("parties"))
        .unwrap();
    assert_eq!(
        row.split_whitespace().nth(1),
        Some(parties.to_string().as_str()),
        "{out}"
    );
}

#[test]
fn usage_and_unreadable_files_exit_with_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["check", "x.json"]).status.code(), Some(2));
    assert_eq!(run(&["validate"]).status.code(), Some(2));
    let o = run(&["validate", "/nonexistent/data.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read"));
}

#[test]
fn schema_prints_the_shipped_schema() {
    let o = run(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    let printed: Value = serde_json::from_slice(&o.stdout).unwrap();
    let shipped: Value = serde_json::from_str(
        &std::fs::read_to_string(common::public_data().join("schema.json")).unwrap(),
    )
    .unwrap();
    assert!(
        printed == shipped,
        "`schema` prints something else than public/data/schema.json"
    );
}
