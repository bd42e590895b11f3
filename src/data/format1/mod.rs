//! Format 1: one article, every record citing its paragraphs. Files in it still load: they
//! are parsed and checked as written, so messages point into the file, then migrated.

mod migrate;
pub mod schema;
pub mod validate;

pub use migrate::{migrate, ARTICLE};
pub use schema::Dataset;
