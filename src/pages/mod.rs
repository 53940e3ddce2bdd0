//! One file per route: each reads the address and the data from context and composes the explorer
//! and components.

pub mod compare;
pub mod embed;
pub mod home;
pub mod list;
pub mod not_found;
pub mod record;
pub mod source;
