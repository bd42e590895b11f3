//! When the allocator (mimalloc, declared by the program) hands freed memory back to the
//! system.
//!
//! - While a dataset loads and its index is built: at once. The file's bytes and the
//!   parser's buffers are freed while the index grows; handing them back keeps the peak at
//!   2.7 times a 100k-record file rather than 3.1.
//! - While someone types a query: a second later. Each keystroke's search frees megabytes
//!   (its lists of hits) that the next one needs again; handed back at once, the system has
//!   to map and clear fresh pages for every search, a seventh of a search's time at 100k.
//! - Once typing stops: at once again, for everything the searching threads kept, so an
//!   idle dashboard holds no more than it did before the search.

/// `mi_option_purge_delay` in mimalloc 2's `mi_option_t` (its header numbers the options;
/// the Rust bindings name only some).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed memory is kept while searching, in milliseconds: longer than the pause
/// between two keys of someone typing.
const KEEP_WHILE_TYPING_MS: std::ffi::c_long = 1000;

/// After this long without a search, typing has stopped.
pub const TYPING_STOPPED: std::time::Duration = std::time::Duration::from_secs(1);

fn purge_after(ms: std::ffi::c_long) {
    // SAFETY: sets one integer option of the allocator; no pointer is passed.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, ms) };
}

/// For loading: freed memory goes back to the system at once.
pub fn hand_back_at_once() {
    purge_after(0);
}

/// For searching, once the index is built: freed memory is kept a while for reuse.
pub fn keep_for_reuse() {
    purge_after(KEEP_WHILE_TYPING_MS);
}

/// Hands back, now, what this thread and the search's worker threads keep (each thread
/// has its own heap, so each collects its own).
pub fn hand_back_kept() {
    // SAFETY: mimalloc's collection of the calling thread's free memory; no pointer.
    let collect = || unsafe { libmimalloc_sys::mi_collect(true) };
    rayon::broadcast(|_| collect());
    collect();
}

#[cfg(test)]
mod tests {
    use super::MI_OPTION_PURGE_DELAY;

    #[test]
    fn the_option_set_is_mimallocs_purge_delay() {
        // mimalloc 2 purges after 10 ms unless told otherwise; an option number that named
        // another option would read as something else. No test of this crate sets it.
        // SAFETY: reads one integer option of the allocator.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 10);
    }
}
