//! Fluent files → checked, typed Rust messages. Used by `build.rs` (so a broken translation fails the
//! build) and by this crate's tests (which break the files on purpose).
//!
//! The files are standard Fluent (`.ftl`), parsed by the official `fluent-syntax` crate, in the
//! subset an interface needs: text, `{ $variable }` placeables, numbers `{ NUMBER($count) }` (written
//! with the language's digit grouping), string literals such as `{ "{" }`, and plural selects
//! `{ $count -> [one] … *[other] … }` (or exact numbers, `[0]`). A variable is a number in every
//! language if any language selects on it or passes it to `NUMBER`. Every file must
//! have exactly the messages of `en.ftl`, each with the same variables, and only plural categories
//! its language has. Messages whose id starts with `vocab-` name the places the map draws (looked up
//! by id at run time) and take no variables.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use fluent_syntax::ast;

/// The interface languages, in the order of the `Locale` enum; `en` is the reference.
pub const LOCALES: [&str; 4] = ["en", "zh", "ru", "ky"];

/// The CLDR plural categories of a language (cardinal).
pub fn plural_categories(tag: &str) -> &'static [&'static str] {
    match tag {
        "zh" => &["other"],
        "ru" => &["one", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

/// The prefix of vocabulary messages.
pub const VOCAB_PREFIX: &str = "vocab-";

/// A piece of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(String),
    /// A variable, and whether it is marked as a number (`NUMBER($x)`).
    Var(String, bool),
    Select {
        var: String,
        /// `(key, pattern)`, where the key is a plural category or a number.
        variants: Vec<(String, Vec<Node>)>,
        default: usize,
    },
}

/// One file's messages, by id, in file order.
pub type MessageList = Vec<(String, Vec<Node>)>;

/// One language's file: its tag, its messages by id, and in file order.
type Parsed = (String, BTreeMap<String, Vec<Node>>, MessageList);

/// Parses one file into its messages, or the problems found, each naming the file and line.
pub fn messages(tag: &str, text: &str) -> Result<MessageList, Vec<String>> {
    let file = format!("{tag}.ftl");
    let line = |pos: usize| text[..pos.min(text.len())].matches('\n').count() + 1;
    let mut errors = Vec::new();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                errors.push(format!("{file} line {}: {:?}", line(e.pos.start), e.kind));
            }
            r
        }
    };
    let mut out: MessageList = Vec::new();
    let mut seen = BTreeSet::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                if !seen.insert(id.clone()) {
                    errors.push(format!("{file}: message `{id}` is defined twice"));
                }
                if !m.attributes.is_empty() {
                    errors.push(format!(
                        "{file}: `{id}` has attributes; use separate messages"
                    ));
                }
                match m.value {
                    Some(p) => match pattern(&p) {
                        Ok(nodes) => out.push((id, nodes)),
                        Err(e) => errors.push(format!("{file}: `{id}`: {e}")),
                    },
                    None => errors.push(format!("{file}: `{id}` has no value")),
                }
            }
            ast::Entry::Term(t) => errors.push(format!(
                "{file}: term `-{}` is not supported; write the words in each message",
                t.id.name
            )),
            ast::Entry::Junk { content } => {
                let at = text.find(content).map_or(0, line);
                errors.push(format!("{file} line {at}: unreadable entry {content:?}"));
            }
            _ => {}
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn pattern(p: &ast::Pattern<&str>) -> Result<Vec<Node>, String> {
    let mut out = Vec::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression } => {
                expression_nodes(expression, &mut out)?
            }
        }
    }
    Ok(out)
}

fn push_text(out: &mut Vec<Node>, s: &str) {
    if let Some(Node::Text(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(Node::Text(s.to_string()));
    }
}

fn expression_nodes(e: &ast::Expression<&str>, out: &mut Vec<Node>) -> Result<(), String> {
    match e {
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            out.push(Node::Var(id.name.to_string(), false));
        }
        ast::Expression::Inline(ast::InlineExpression::FunctionReference { id, arguments })
            if id.name == "NUMBER" =>
        {
            match (arguments.positional.as_slice(), arguments.named.is_empty()) {
                ([ast::InlineExpression::VariableReference { id }], true) => {
                    out.push(Node::Var(id.name.to_string(), true));
                }
                _ => return Err("NUMBER takes one variable: { NUMBER($count) }".into()),
            }
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            push_text(out, &unescape(value)?);
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_nodes(expression, out)?;
        }
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a select must choose on a variable: { $count -> … }".into());
            };
            let mut list = Vec::new();
            let mut default = 0;
            for (i, v) in variants.iter().enumerate() {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                if v.default {
                    default = i;
                }
                list.push((key, pattern(&v.value)?));
            }
            out.push(Node::Select {
                var: id.name.to_string(),
                variants: list,
                default,
            });
        }
        other => {
            return Err(format!(
                "only {{ $variable }}, string literals and plural selects are supported, found {other:?}"
            ));
        }
    }
    Ok(())
}

/// A Fluent string literal's escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some(u @ ('u' | 'U')) => {
                let n = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(n).collect();
                let ch = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("bad escape \\{u}{hex}"))?;
                out.push(ch);
            }
            other => return Err(format!("bad escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}

/// The variables a message uses, in order of first appearance, and which of them a select chooses
/// on (those are numbers).
fn variables(nodes: &[Node], out: &mut Vec<(String, bool)>) {
    for n in nodes {
        match n {
            Node::Text(_) => {}
            Node::Var(v, number) => match out.iter_mut().find(|(x, _)| x == v) {
                Some(slot) => slot.1 |= number,
                None => out.push((v.clone(), *number)),
            },
            Node::Select { var, variants, .. } => {
                match out.iter_mut().find(|(x, _)| x == var) {
                    Some(slot) => slot.1 = true,
                    None => out.push((var.clone(), true)),
                }
                for (_, p) in variants {
                    variables(p, out);
                }
            }
        }
    }
}

fn check_selects(tag: &str, id: &str, nodes: &[Node], errors: &mut Vec<String>) {
    for n in nodes {
        if let Node::Select { variants, .. } = n {
            for (key, p) in variants {
                let ok =
                    key.parse::<i64>().is_ok() || plural_categories(tag).contains(&key.as_str());
                if !ok {
                    errors.push(format!(
                        "{tag}.ftl: `{id}` has a variant [{key}], but {tag} has only the plural categories {}",
                        plural_categories(tag).join(", ")
                    ));
                }
                check_selects(tag, id, p, errors);
            }
        }
    }
}

/// Checks every file against `en` (the first) and generates the Rust code, or lists every problem.
pub fn compile(sources: &[(String, String)]) -> Result<String, Vec<String>> {
    compile_with(sources, true)
}

/// [`compile`] without checking plural categories per language: for the English-only build that
/// measures what the translations cost (every language given the English file).
#[allow(dead_code)]
pub fn compile_unchecked_plurals(sources: &[(String, String)]) -> Result<String, Vec<String>> {
    compile_with(sources, false)
}

fn compile_with(sources: &[(String, String)], plurals: bool) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let mut parsed: Vec<Parsed> = Vec::new();
    for (tag, text) in sources {
        match messages(tag, text) {
            Ok(list) => {
                let map = list.iter().cloned().collect();
                parsed.push((tag.clone(), map, list));
            }
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let Some((reference, ref_map, ref_list)) = parsed.first() else {
        return Err(vec!["no translation files".into()]);
    };
    let mut vars: BTreeMap<&str, Vec<(String, bool)>> = BTreeMap::new();
    for (id, nodes) in ref_list {
        let mut v = Vec::new();
        variables(nodes, &mut v);
        if id.starts_with(VOCAB_PREFIX) && !v.is_empty() {
            errors.push(format!(
                "{reference}.ftl: vocabulary `{id}` may not take variables"
            ));
        }
        vars.insert(id, v);
    }
    let mut numeric: BTreeSet<(String, String)> = BTreeSet::new();
    for (tag, map, _) in &parsed {
        for id in ref_map.keys() {
            if !map.contains_key(id) {
                errors.push(format!(
                    "{tag}.ftl: missing message `{id}` (it is in {reference}.ftl)"
                ));
            }
        }
        for (id, nodes) in map {
            let Some(want) = vars.get(id.as_str()) else {
                errors.push(format!(
                    "{tag}.ftl: extra message `{id}` (not in {reference}.ftl)"
                ));
                continue;
            };
            let mut got = Vec::new();
            variables(nodes, &mut got);
            let names = |v: &[(String, bool)]| -> BTreeSet<String> {
                v.iter().map(|(n, _)| format!("${n}")).collect()
            };
            // A variable any language selects on, or marks with NUMBER, is a number in every language.
            for (name, selected) in &got {
                if *selected {
                    numeric.insert((id.clone(), name.clone()));
                }
            }
            if names(&got) != names(want) {
                errors.push(format!(
                    "{tag}.ftl: `{id}` uses the placeholders {:?}, {reference}.ftl uses {:?}",
                    names(&got),
                    names(want)
                ));
            }
            if plurals {
                check_selects(tag, id, nodes, &mut errors);
            }
        }
    }
    for (id, v) in vars.iter_mut() {
        for (name, num) in v.iter_mut() {
            *num |= numeric.contains(&(id.to_string(), name.clone()));
        }
    }
    if errors.is_empty() {
        Ok(generate(&parsed, ref_list, &vars))
    } else {
        Err(errors)
    }
}

/// A message id as a Rust method name.
fn method(id: &str) -> String {
    id.replace('-', "_")
}

fn parts(nodes: &[Node], vars: &[(String, bool)]) -> String {
    let mut out = String::from("&[");
    for n in nodes {
        match n {
            Node::Text(t) => {
                let _ = write!(out, "Part::Text({t:?}),");
            }
            Node::Var(v, _) => {
                let i = vars.iter().position(|(x, _)| x == v).unwrap_or(0);
                let _ = write!(out, "Part::Arg({i}),");
            }
            Node::Select {
                var,
                variants,
                default,
            } => {
                let i = vars.iter().position(|(x, _)| x == var).unwrap_or(0);
                let _ = write!(out, "Part::Select({i}, &[");
                for (key, p) in variants {
                    let key = match key.parse::<i64>() {
                        Ok(n) => format!("Key::Exact({n})"),
                        Err(_) => format!("Key::Cat(Plural::{})", capitalised(key)),
                    };
                    let _ = write!(out, "({key}, {}),", parts(p, vars));
                }
                let _ = write!(out, "], {default}),");
            }
        }
    }
    out.push(']');
    out
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// Plain text of a message without variables.
fn plain(nodes: &[Node]) -> String {
    nodes
        .iter()
        .map(|n| match n {
            Node::Text(t) => t.as_str(),
            _ => "",
        })
        .collect()
}

/// The start of the generated `Messages` trait: the language, its plural rules and number formats,
/// the dataset's vocabulary; the messages follow, one provided method each.
const TRAIT_HEAD: &str = "\
/// The interface's words in a language: one method per message, the language's plural rules and its
/// way of writing numbers.
#[allow(clippy::too_many_arguments)]
pub trait Messages: Copy {
    /// The language.
    fn locale(self) -> Locale;
    /// The plural category of `n` in this language (CLDR cardinal rules).
    fn plural(self, n: usize) -> Plural { plural::category(self.locale(), n) }
    /// `n` with its digits grouped the way the language writes numbers: `1,000` in English and
    /// Chinese, `1 000` (with a no-break space) in Russian and Kyrgyz.
    fn number(self, n: usize) -> String { grouped(self.locale(), n) }
    /// `tenths / 10` with one decimal, in the language's way: `1.5`, or `1,5` in Russian and Kyrgyz.
    fn decimal(self, tenths: u64) -> String { decimal(self.locale(), tenths) }
    /// The name of a place the map draws (a country, or Central Asia) by its id, if the
    /// translation files have one.
    fn vocab(self, id: &str) -> Option<&'static str> { vocab(self.locale(), id) }
";

fn generate(
    parsed: &[Parsed],
    ref_list: &MessageList,
    vars: &BTreeMap<&str, Vec<(String, bool)>>,
) -> String {
    let n = parsed.len();
    let mut code = String::from("// Generated by build.rs from locales/*.ftl. Do not edit.\n\n");
    let mut texts = Vec::new();
    let mut methods = String::new();
    let mut statics = String::new();
    let mut vocab: Vec<(String, Vec<String>)> = Vec::new();
    for (id, en) in ref_list {
        let v = &vars[id.as_str()];
        let doc = plain(en).replace('\n', " ");
        let per_locale = || parsed.iter().map(|(_, map, _)| &map[id]);
        if let Some(key) = id.strip_prefix(VOCAB_PREFIX) {
            vocab.push((key.to_string(), per_locale().map(|p| plain(p)).collect()));
            continue;
        }
        let name = method(id);
        if v.is_empty() && per_locale().all(|p| p.iter().all(|n| matches!(n, Node::Text(_)))) {
            let k = texts.len();
            texts.push(per_locale().map(|p| plain(p)).collect::<Vec<_>>());
            let _ = writeln!(
                methods,
                "    /// `{id}`: {doc:?}\n    fn {name}(self) -> &'static str {{ TEXTS[{k}][self.locale() as usize] }}"
            );
            continue;
        }
        let table = format!("P_{}", name.to_uppercase());
        let _ = writeln!(
            statics,
            "static {table}: [&[Part]; {n}] = [{}];",
            per_locale()
                .map(|p| parts(p, v))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let params: Vec<String> = v
            .iter()
            .map(|(x, num)| format!("{}: {}", method(x), if *num { "usize" } else { "&str" }))
            .collect();
        let args: Vec<String> = v
            .iter()
            .map(|(x, num)| {
                if *num {
                    format!("Arg::Num({})", method(x))
                } else {
                    format!("Arg::Str({})", method(x))
                }
            })
            .collect();
        let _ = writeln!(
            methods,
            "    /// `{id}`: {doc:?}\n    fn {name}(self, {}) -> String {{ render(self.locale(), {table}[self.locale() as usize], &[{}]) }}",
            params.join(", "),
            args.join(", ")
        );
    }
    let _ = writeln!(code, "static TEXTS: [[&str; {n}]; {}] = [", texts.len());
    for t in &texts {
        let _ = writeln!(code, "    {t:?},");
    }
    code.push_str("];\n\n");
    code.push_str(&statics);
    vocab.sort();
    let _ = writeln!(code, "\nstatic VOCAB_KEYS: [&str; {}] = [", vocab.len());
    for (k, _) in &vocab {
        let _ = writeln!(code, "    {k:?},");
    }
    code.push_str("];\n");
    let _ = writeln!(code, "static VOCAB: [[&str; {n}]; {}] = [", vocab.len());
    for (_, t) in &vocab {
        let _ = writeln!(code, "    {t:?},");
    }
    code.push_str("];\n\n");
    code.push_str(TRAIT_HEAD);
    code.push_str(&methods);
    code.push_str("}\n");
    code
}
