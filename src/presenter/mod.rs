//! The presenter console: a second terminal that follows the deck on the projector, with
//! notes written from the data, the next slide, the time and a countdown.

pub mod channel;
pub mod console;
pub mod message;
pub mod notes;
pub mod run;
pub mod serve;
