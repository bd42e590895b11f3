//! The thread that runs searches for a large dataset (see `SearchJob`). A newer job cancels
//! an older one still running, and a result nobody waits for any more is never sent.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;

use super::action::Action;
use super::search_state::SearchJob;
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
            while let Ok(mut job) = inbox.recv() {
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
