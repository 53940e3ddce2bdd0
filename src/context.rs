//! App-wide typed contexts, provided once by the app root: the address being shown and how to move
//! to another ([`address`]), where the app is deployed and how links are built ([`links`]), the
//! interface language ([`locale`]), the dataset in use and its loading status ([`data`]), and the
//! document's title ([`head`]).
//!
//! This module sits below pages, the explorer and components: it imports none of them.

pub mod address;
pub mod data;
pub mod head;
pub mod links;
pub mod locale;
