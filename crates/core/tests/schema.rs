//! The JSON Schema of the dataset format (`public/data/schema.json`, shipped as `data/schema.json`):
//! generated from the Rust types, in step with them, and the bundled dataset — which names it in
//! `$schema` — valid against it.

#![cfg(feature = "schema")]

mod common;

use serde_json::{Value, json};

fn shipped_schema() -> Value {
    let path = common::public_data().join("schema.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Validates `instance` against the shipped schema; the error text when it fails.
fn validate(instance: &Value) -> Result<(), String> {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("https://example.invalid/schema.json", shipped_schema())
        .unwrap();
    let id = compiler
        .compile("https://example.invalid/schema.json", &mut schemas)
        .map_err(|e| format!("the schema does not compile: {e}"))?;
    schemas.validate(instance, id).map_err(|e| format!("{e:#}"))
}

fn bundled() -> Value {
    serde_json::from_str(&common::shipped_json()).unwrap()
}

#[test]
fn the_shipped_schema_is_the_one_the_types_generate() {
    assert!(
        shipped_schema() == cooperation_core::data::model::json_schema(),
        "public/data/schema.json is out of step with the types: run\n  \
         cargo run -p cooperation-core --bin cooperation-data -- schema > public/data/schema.json"
    );
}

#[test]
fn the_bundled_dataset_names_the_schema_and_is_valid_against_it() {
    let data = bundled();
    assert_eq!(data["$schema"], "schema.json");
    validate(&data).unwrap();
}

#[test]
fn the_schema_rejects_what_the_format_does_not_allow() {
    type Edit = fn(&mut Value);
    let cases: [(&str, Edit); 6] = [
        ("an unknown field", |v| {
            v["initiatives"][0]["colour"] = json!("red")
        }),
        ("an unknown kind", |v| {
            v["initiatives"][0]["kind"] = json!("treaty")
        }),
        ("an id that is not a slug", |v| {
            v["sectors"][0]["id"] = json!("Energy Sector")
        }),
        ("another schema version", |v| v["schema_version"] = json!(2)),
        ("an inferred link without a reason", |v| {
            v["initiatives"][0]["inferred"] = json!([{ "field": "themes", "value": "economic" }])
        }),
        ("an inferred link in a field that is not a link", |v| {
            v["initiatives"][0]["inferred"] =
                json!([{ "field": "summary", "value": "x", "reason": "y" }])
        }),
    ];
    for (what, edit) in cases {
        let mut v = bundled();
        edit(&mut v);
        assert!(validate(&v).is_err(), "the schema accepts {what}");
    }
}
