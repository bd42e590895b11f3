//! The visit facts: schema, loading, validation and the embedded default dataset.

pub mod catalogue;
pub mod charts;
pub mod clean;
pub mod disagree;
pub mod format1;
mod json_words;
pub mod load;
pub mod lookup;
mod probe;
pub mod read;
pub mod record;
pub mod schema;
pub mod validate;

pub use clean::Clean;
pub use disagree::{Disagreement, FigureGroup};
pub use load::{load_file, load_file_with, load_str, LoadError};
pub use lookup::SourceUse;
pub use read::Progress;
pub use record::{Category, Record, RecordRef};
pub use schema::*;

/// The default dataset, compiled into the binary.
pub const DEFAULT_JSON: &str = include_str!("../../data/tokayev-china-2025.json");

/// The name the default dataset goes by in messages.
pub const DEFAULT_NAME: &str = "<embedded tokayev-china-2025.json>";

/// The embedded default dataset, parsed and validated.
pub fn default_dataset() -> Result<Dataset, LoadError> {
    load_str(DEFAULT_NAME, DEFAULT_JSON)
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_dataset_loads_and_validates() {
        let d = super::default_dataset().unwrap_or_else(|e| panic!("{e}"));
        assert!(d.visit.place.en.contains("Tianjin") && d.visit.place.en.contains("Beijing"));
        assert!(d.sources.len() >= 20, "at least 20 sources");
        assert!(d.events.len() >= 10 && d.agreements.len() >= 9 && d.investments.len() >= 6);
    }
}
