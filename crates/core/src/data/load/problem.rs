//! What is wrong with a dataset and where: [`Problem`]s with a JSON path or a line and column,
//! collected up to [`MAX_PROBLEMS`] into a [`LoadError`].

use std::fmt;

/// How many problems a failed load lists; the rest are counted.
pub const MAX_PROBLEMS: usize = 50;

/// One thing wrong with a dataset, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `initiatives[3].sectors[1]`; empty for the file as a whole.
    pub path: String,
    /// What is wrong, as a sentence fragment.
    pub message: String,
    /// 1-based line and column, for syntax errors and records that failed to parse.
    pub position: Option<(usize, usize)>,
}

impl Problem {
    pub(crate) fn at(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
            position: None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path[..], self.position) {
            ("", Some((line, col))) => write!(f, "line {line}, column {col}: {}", self.message),
            ("", None) => f.write_str(&self.message),
            (path, Some((line, col))) => {
                write!(f, "{path} (line {line}, column {col}): {}", self.message)
            }
            (path, None) => write!(f, "{path}: {}", self.message),
        }
    }
}

/// Why a dataset was rejected: the first [`MAX_PROBLEMS`] problems and how many more there were.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The problems, in file order as far as possible.
    pub problems: Vec<Problem>,
    /// Problems found beyond the listed ones.
    pub more: usize,
}

impl LoadError {
    pub(crate) fn one(problem: Problem) -> LoadError {
        LoadError {
            problems: vec![problem],
            more: 0,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        if self.more > 0 {
            write!(f, "\n…and {} more problems", self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Collects problems up to the cap, counting the rest.
#[derive(Default)]
pub(crate) struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    pub(crate) fn push(&mut self, p: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(p);
        } else {
            self.more += 1;
        }
    }

    /// A problem at a path built on the stack (formatted only if it is listed, not just counted).
    pub(crate) fn at(&mut self, at: &At<'_>, message: impl Into<String>) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(Problem::at(at.to_string(), message));
        } else {
            self.more += 1;
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub(crate) fn into_list(self) -> Vec<Problem> {
        self.list
    }

    pub(crate) fn into_error(self) -> LoadError {
        LoadError {
            problems: self.list,
            more: self.more,
        }
    }
}

/// A JSON path built on the stack and formatted only when a problem is reported.
#[derive(Clone, Copy)]
pub(crate) enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    pub(crate) fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }

    pub(crate) fn index(&'a self, i: usize) -> At<'a> {
        At::Index(self, i)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Root => Ok(()),
            At::Key(At::Root, key) => f.write_str(key),
            At::Key(parent, key) => write!(f, "{parent}.{key}"),
            At::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// At most `max` characters of `s`, control characters escaped, for quoting in a message.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).flat_map(char::escape_debug).collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out
}
