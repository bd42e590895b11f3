//! A list read at its length: the records' short lists (evidence, sectors, places, ...)
//! would otherwise keep the room a growing vector reserves, four items or more for the one
//! or two most hold, which at a hundred thousand records costs more than the file's size.

use serde::{Deserialize, Deserializer};

/// `Vec<T>`'s own deserializer, then shrunk to its length while the rest of the file is
/// still being read, so the room is never held by all records at once.
pub fn shrunk<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let mut v = Vec::<T>::deserialize(d)?;
    v.shrink_to_fit();
    Ok(v)
}
