//! The thread that runs searches for a large dataset (see `SearchJob`). A newer job cancels
//! an older one still running, and a result nobody waits for any more is never sent.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::thread;

use super::action::Action;
use super::search_state::SearchJob;
use crate::memory;
use crate::search::{Found, Index, LazyIndex};

pub struct Searcher {
    jobs: mpsc::Sender<SearchJob>,
    latest: Arc<AtomicU64>,
}

impl Searcher {
    /// Starts the thread. It builds the index first, so a dataset's index is made
    /// while the first frame shows, not at the first keystroke. Each result goes to
    /// `deliver` as `Action::SearchDone`, after `Action::SearchEarly` for a search of many
    /// records; the thread ends when `deliver` returns false.
    pub fn spawn(
        index: Arc<LazyIndex>,
        deliver: impl Fn(Action) -> bool + Send + 'static,
    ) -> Searcher {
        let (jobs, inbox) = mpsc::channel::<SearchJob>();
        let latest = Arc::new(AtomicU64::new(0));
        let current = latest.clone();
        thread::spawn(move || {
            let index: &Index = &index;
            memory::keep_for_reuse();
            // Whether the threads that built or searched the index may keep freed memory
            // (see `memory`). A small index is built and searched on this thread alone.
            let threaded = index.uses_every_core();
            let mut kept = threaded;
            while let Some(mut job) = next_job(&inbox, &mut kept) {
                kept = threaded;
                // Only the newest of the jobs that piled up is worth running.
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let stale = || current.load(Ordering::SeqCst) != job.generation;
                let mut early = |first: &Found| {
                    if !stale() {
                        // The rows to show; where a longer query may look comes at the end.
                        let rows = Found {
                            hits: first.hits.clone(),
                            items: first.items.clone(),
                            ..Found::default()
                        };
                        deliver(Action::SearchEarly(job.generation, Box::new(rows)));
                    }
                };
                if let Some(found) = job.run(index, &stale, &mut early) {
                    let done = Action::SearchDone(job.generation, job.query, Box::new(found));
                    if !deliver(done) {
                        break;
                    }
                }
            }
        });
        Searcher { jobs, latest }
    }

    /// Queues `job`, cancelling whichever one is running.
    pub fn submit(&self, job: SearchJob) {
        self.latest.store(job.generation, Ordering::SeqCst);
        drop(self.jobs.send(job));
    }
}

/// The next job, or None once no more can come. While the searching threads have `kept`
/// memory, it is handed back if no job comes before typing has stopped.
fn next_job(inbox: &mpsc::Receiver<SearchJob>, kept: &mut bool) -> Option<SearchJob> {
    if *kept {
        match inbox.recv_timeout(memory::TYPING_STOPPED) {
            Ok(job) => return Some(job),
            Err(RecvTimeoutError::Disconnected) => return None,
            Err(RecvTimeoutError::Timeout) => {
                memory::hand_back_kept();
                *kept = false;
            }
        }
    }
    inbox.recv().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(generation: u64) -> SearchJob {
        SearchJob {
            generation,
            query: "sinopec".into(),
            earlier: None,
        }
    }

    #[test]
    fn memory_is_handed_back_once_typing_stops_and_not_while_it_goes_on() {
        let (jobs, inbox) = mpsc::channel();
        let mut kept = true;
        drop(jobs.send(job(1)));
        assert_eq!(next_job(&inbox, &mut kept), Some(job(1)));
        assert!(kept, "a job that came at once found memory handed back");

        let late = thread::spawn(move || {
            thread::sleep(memory::TYPING_STOPPED * 3 / 2);
            drop(jobs.send(job(2)));
        });
        assert_eq!(next_job(&inbox, &mut kept), Some(job(2)));
        assert!(
            !kept,
            "no job came while typing had stopped, yet memory was kept"
        );
        drop(late.join());
        assert_eq!(next_job(&inbox, &mut kept), None, "the sender is gone");
    }
}
