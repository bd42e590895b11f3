pub mod app;
pub mod cli;
pub mod config;
pub mod data;
pub mod export;
pub mod geo;
pub mod input;
pub mod memory;
#[cfg(unix)]
pub mod presenter;
pub mod search;
pub mod translit;
pub mod ui;
pub mod words;
