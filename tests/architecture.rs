//! The code's shape, checked: the pure crates depend on nothing web (and the core not on the
//! translations), only `src/browser` touches `web_sys`, only `src/context` reads the router's
//! location, no view assigns a view-state field (every state change is a core function), no module
//! imports one that imports it back, no function or impl block runs past 150 lines, and nothing in
//! the project reads or names the `shared` folder beside it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LONGEST: usize = 150;

/// The pure crates, which depend on nothing web.
const PURE_CRATES: [&str; 3] = ["crates/core", "crates/l10n", "crates/locale"];
/// Their sources.
const PURE_SOURCES: [&str; 3] = ["crates/core/src", "crates/l10n/src", "crates/locale/src"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The module path of a source file of a crate: `src/components/cards.rs` → `components::cards`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|p| p != "mod")
        .collect();
    match parts.as_slice() {
        [only] if only == "lib" || only == "main" => String::new(),
        _ => parts.join("::"),
    }
}

/// The modules a file refers to (`crate::a::b::Item`, `super::x`), as the longest known module
/// path, other than itself and its own ancestors.
fn references(module: &str, text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let parent: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
    let bytes = text.as_bytes();
    for prefix in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = text[from..].find(prefix) {
            let at = from + i;
            from = at + prefix.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let path: String = text[from..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut segs: Vec<String> = if prefix == "super::" {
                parent[..parent.len().saturating_sub(1)]
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            } else {
                Vec::new()
            };
            segs.extend(
                path.split("::")
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            );
            // The longest prefix that is a module of the crate.
            let target = (1..=segs.len())
                .rev()
                .map(|n| segs[..n].join("::"))
                .find(|m| known.contains(m));
            if let Some(t) = target
                && t != module
                && !module.starts_with(&format!("{t}::"))
            {
                out.insert(t);
            }
        }
    }
    out
}

/// A cycle in the module graph of the crate at `src`, if there is one.
fn cycle(src: &Path) -> Option<Vec<String>> {
    let files = rust_files(src);
    let known: BTreeSet<String> = files.iter().map(|f| module_of(src, f)).collect();
    let graph: BTreeMap<String, BTreeSet<String>> = files
        .iter()
        .map(|f| {
            let m = module_of(src, f);
            // Code only: what comments mention (doc links) is not an import.
            let text: String = std::fs::read_to_string(f)
                .unwrap()
                .lines()
                .map(|l| l.split("//").next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
            let refs = references(&m, &text, &known);
            (m, refs)
        })
        .collect();
    // Depth-first search with colours.
    fn visit(
        m: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(m.to_string(), 1);
        path.push(m.to_string());
        for n in g.get(m).into_iter().flatten() {
            match state.get(n.as_str()).copied().unwrap_or(0) {
                1 => {
                    let start = path.iter().position(|p| p == n).unwrap_or(0);
                    let mut c = path[start..].to_vec();
                    c.push(n.clone());
                    return Some(c);
                }
                0 => {
                    if let Some(c) = visit(n, g, state, path) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        path.pop();
        state.insert(m.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in graph.keys() {
        if state.get(m).copied().unwrap_or(0) == 0
            && let Some(c) = visit(m, &graph, &mut state, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    for src in PURE_SOURCES.iter().chain(["src"].iter()) {
        let c = cycle(&root().join(src));
        assert_eq!(c, None, "{src}: an import cycle");
    }
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let dir = std::env::temp_dir().join(format!("arch-cycle-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(dir.join("lib.rs"), "mod a; mod b;").unwrap();
    std::fs::write(dir.join("a/mod.rs"), "use crate::b::Thing;").unwrap();
    std::fs::write(dir.join("b.rs"), "pub fn f() { crate::a::g() }").unwrap();
    let found = cycle(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(found.is_some_and(|c| c.len() == 3));
}

#[test]
fn only_the_browser_module_touches_web_sys() {
    let src = root().join("src");
    for f in rust_files(&src) {
        let rel = f.strip_prefix(&src).unwrap();
        if rel.starts_with("browser") || rel == Path::new("browser.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for banned in ["web_sys::", "js_sys::", "use web_sys", "use js_sys"] {
            assert!(!text.contains(banned), "{} uses {banned}", rel.display());
        }
    }
}

#[test]
fn the_pure_crates_depend_on_nothing_web() {
    for krate in PURE_CRATES {
        let deps = dependencies(krate);
        for banned in ["leptos", "web-sys", "wasm-bindgen", "js-sys", "gloo"] {
            assert!(
                !deps.iter().any(|d| d.starts_with(banned)),
                "{krate} depends on {banned}: {deps:?}"
            );
        }
        for f in rust_files(&root().join(krate).join("src")) {
            let text = std::fs::read_to_string(&f).unwrap();
            for banned in [
                "leptos::",
                "web_sys::",
                "wasm_bindgen::",
                "js_sys::",
                "gloo_",
            ] {
                assert!(!text.contains(banned), "{} uses {banned}", f.display());
            }
        }
    }
}

/// The names of the dependencies of every `[…dependencies]` table of a crate's manifest.
fn dependencies(krate: &str) -> Vec<String> {
    let manifest = std::fs::read_to_string(root().join(krate).join("Cargo.toml")).unwrap();
    let mut in_deps = false;
    let mut deps = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line.contains("dependencies");
        } else if in_deps && let Some((name, _)) = line.split_once('=') {
            deps.push(name.trim().to_string());
        }
    }
    deps
}

#[test]
fn the_core_does_not_depend_on_the_translations() {
    let deps = dependencies("crates/core");
    assert!(deps.contains(&"serde".to_string()), "{deps:?}");
    assert!(
        !deps.iter().any(|d| d == "cooperation-l10n"),
        "editing a message must not rebuild the core: {deps:?}"
    );
    assert!(deps.contains(&"cooperation-locale".to_string()));
}

/// Every `.rs` file of the app outside the module `except` (if any), with its path and text.
fn app_files(except: Option<&str>) -> Vec<(String, String)> {
    let src = root().join("src");
    rust_files(&src)
        .into_iter()
        .filter(|f| {
            let rel = f.strip_prefix(&src).unwrap();
            except.is_none_or(|m| !rel.starts_with(m) && rel != Path::new(&format!("{m}.rs")))
        })
        .map(|f| {
            let rel = f.strip_prefix(root()).unwrap().display().to_string();
            (rel, std::fs::read_to_string(&f).unwrap())
        })
        .collect()
}

#[test]
fn only_the_context_reads_the_routers_location() {
    for (file, text) in app_files(Some("context")) {
        for banned in ["use_location", "use_params", "use_query"] {
            assert!(
                !text.contains(banned),
                "{file} calls {banned}: read the Address context"
            );
        }
    }
}

#[test]
fn no_view_assigns_a_view_state_field() {
    // Every field of `ViewState`: a view builds the next state with the core's transitions
    // (`with_query`, `toggled`, `without`…), never by assigning a field or writing a literal.
    let fields = [
        "q", "facets", "inferred", "from", "to", "sort", "mode", "page", "per", "data", "compare",
        "lang", "passage", "block",
    ];
    for (file, text) in app_files(None) {
        let code: String = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let literal = code
            .match_indices("ViewState {")
            .any(|(at, _)| !code[..at].trim_end().ends_with("->"));
        assert!(!literal, "{file} writes a ViewState literal");
        for field in fields {
            for assignment in [format!(".{field} = "), format!(".{field} += ")] {
                assert!(
                    !code.contains(&assignment),
                    "{file} assigns `{field}` (`{assignment}`)"
                );
            }
        }
    }
}

/// Every function and impl block of the workspace's code with its length in lines, longest first.
fn lengths() -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for src in PURE_SOURCES.iter().chain(["src"].iter()) {
        for f in rust_files(&root().join(src)) {
            let text = std::fs::read_to_string(&f).unwrap();
            let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let name = f.strip_prefix(root()).unwrap().display().to_string();
            let mut v = Lengths {
                file: &name,
                out: &mut out,
            };
            syn::visit::Visit::visit_file(&mut v, &file);
        }
    }
    out.sort_by_key(|x| std::cmp::Reverse(x.0));
    out
}

struct Lengths<'a> {
    file: &'a str,
    out: &'a mut Vec<(usize, String)>,
}

impl Lengths<'_> {
    fn add(&mut self, what: String, span: proc_macro2::Span) {
        let lines = span.end().line - span.start().line + 1;
        self.out
            .push((lines, format!("{}:{} {what}", self.file, span.start().line)));
    }
}

impl<'ast> syn::visit::Visit<'ast> for Lengths<'_> {
    fn visit_item_fn(&mut self, i: &'ast syn::ItemFn) {
        self.add(
            format!("fn {}", i.sig.ident),
            syn::spanned::Spanned::span(i),
        );
        syn::visit::visit_item_fn(self, i);
    }
    fn visit_impl_item_fn(&mut self, i: &'ast syn::ImplItemFn) {
        self.add(
            format!("fn {}", i.sig.ident),
            syn::spanned::Spanned::span(i),
        );
        syn::visit::visit_impl_item_fn(self, i);
    }
    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        self.add("impl block".into(), syn::spanned::Spanned::span(i));
        syn::visit::visit_item_impl(self, i);
    }
}

#[test]
fn no_function_or_impl_block_is_longer_than_150_lines() {
    let all = lengths();
    let over: Vec<&(usize, String)> = all.iter().filter(|(n, _)| *n > LONGEST).collect();
    println!("longest: {:?}", &all[..5.min(all.len())]);
    assert!(over.is_empty(), "longer than {LONGEST} lines: {over:#?}");
}

#[test]
fn nothing_in_the_project_reads_or_names_the_shared_folder() {
    let mut stack = vec![root()];
    let skip = ["target", "node_modules", ".git", "dist"];
    let needle = ["..", "/shared"].concat();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if p.is_dir() {
                if !skip.contains(&name.as_str()) && !name.starts_with("target") {
                    stack.push(p);
                }
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&p) {
                assert!(!text.contains(&needle), "{} names {needle}", p.display());
            }
        }
    }
}
