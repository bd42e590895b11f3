pub mod app;
pub mod cli;
pub mod data;
pub mod export;
pub mod search;
pub mod translit;
pub mod ui;
pub mod words;
