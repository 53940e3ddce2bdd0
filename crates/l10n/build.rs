//! Compiles `locales/*.ftl` into typed messages (`$OUT_DIR/messages.rs`), or fails the build listing
//! every missing key, extra key, placeholder mismatch and syntax error. The checks live in
//! `src/compile.rs`, which the crate's own tests also run on deliberately broken files.

#[path = "src/compile.rs"]
mod compile;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/compile.rs");
    // For measuring what the translations cost (bench/size.sh): every language shows English.
    println!("cargo:rerun-if-env-changed=COOPERATION_L10N_ENGLISH_ONLY");
    let english_only = std::env::var_os("COOPERATION_L10N_ENGLISH_ONLY").is_some();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let sources: Vec<(String, String)> = compile::LOCALES
        .iter()
        .map(|tag| {
            let path = dir.join(format!("{tag}.ftl"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (tag.to_string(), text)
        })
        .collect();
    let sources = if english_only {
        let en = sources[0].1.clone();
        sources
            .into_iter()
            .map(|(tag, _)| (tag, en.clone()))
            .collect()
    } else {
        sources
    };
    let compiled = if english_only {
        compile::compile_unchecked_plurals(&sources)
    } else {
        compile::compile(&sources)
    };
    match compiled {
        Ok(code) => {
            let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
            std::fs::write(&out, code).unwrap();
        }
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning={e}");
            }
            panic!(
                "the translation files have {} problem(s):\n{}",
                errors.len(),
                errors.join("\n")
            );
        }
    }
}
