//! How records are shown: the fields each record type has and where each appears ([`fields`]),
//! exports ([`export`]), pictures of a view ([`picture`]), the timeline ([`timeline`]), the map's
//! geography ([`geo`]) and the source reader's text model ([`source`]).

pub mod export;
pub mod fields;
pub mod geo;
pub mod picture;
pub mod source;
pub mod timeline;
