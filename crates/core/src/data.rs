//! The dataset: its records ([`model`], [`record`]), reading and validating a file ([`load`]) into a
//! [`catalog::Catalog`] with both directions of every link ([`adjacency`]), and its counts
//! ([`stats`]).

pub mod adjacency;
pub mod catalog;
pub mod load;
pub mod model;
pub mod record;
pub mod stats;
