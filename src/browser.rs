//! The only code that talks to the browser directly (through `web_sys`, `js_sys` and `gloo-net`),
//! and only from effects, event handlers and `main`, never while a view renders: the page and its
//! address ([`page`]), taking over the pre-rendered page ([`takeover`]), fetching and reading
//! datasets with progress ([`fetch`]), an embedded view's messages to its page ([`embed`]), files
//! the user picks or drops ([`files`]), pictures of what is
//! on screen ([`picture`]), and saving, copying and printing ([`save`]).

pub mod embed;
pub mod fetch;
pub mod files;
pub mod page;
pub mod picture;
pub mod save;
pub mod takeover;

/// Why bytes could not be had, in terms the interface words in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The address could not be understood.
    BadAddress(String),
    /// The request failed before any answer (network, CORS, offline): the URL and the browser's
    /// words.
    Request { url: String, detail: String },
    /// The server answered with an error status.
    Status {
        url: String,
        status: u16,
        text: String,
    },
    /// More than the size limit: the size seen, in bytes.
    TooBig(u64),
    /// Reading failed midway: the browser's words.
    Read(String),
}
