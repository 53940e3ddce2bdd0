//! The address: which page a path names ([`route`]), what the query string says about the view
//! ([`query`]: parsing, the canonical form and the states a user's action leads to), and every
//! in-app href ([`href`]).

pub mod href;
pub mod query;
pub mod route;
