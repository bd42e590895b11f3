//! The HTML handout: valid HTML (html5ever finds no parse error), self-contained, semantic;
//! and, where Chromium exists, printed to PDF with one page per slide.

use std::process::Command;

use html5ever::parse_document;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

use visit_dash::app::{update, Action, App};
use visit_dash::data::{Category, Lang, Record};
use visit_dash::export::html::{deck_html, escape, html};
use visit_dash::export::selection;

mod common;
use common::{dataset, press};

fn parse_errors(page: &str) -> Vec<String> {
    let dom = parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .read_from(&mut page.as_bytes())
        .expect("reading from memory");
    let errors = dom.errors.borrow();
    errors.iter().map(|e| e.to_string()).collect()
}

fn app(lang: Lang) -> App {
    let mut app = App::new(dataset());
    update(&mut app, Action::SetLang(lang));
    update(&mut app, Action::Resize(120, 40));
    app
}

#[test]
fn the_handout_parses_without_errors_and_is_self_contained() {
    for lang in [Lang::En, Lang::Ru] {
        let app = app(lang);
        let page = html(&app, &selection(&app, None));
        assert_eq!(parse_errors(&page), Vec::<String>::new(), "{lang:?}");
        let code = if lang == Lang::En { "en" } else { "ru" };
        assert!(page.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{code}\">")));
        // Nothing is fetched and nothing runs.
        for banned in ["<script", "src=", "<link", "@import", "url("] {
            assert!(!page.contains(banned), "{banned}");
        }
    }
}

#[test]
fn the_handout_is_semantic() {
    let app = app(Lang::En);
    let page = html(&app, &selection(&app, None));
    let d = dataset();
    assert!(page.contains("<h1>"));
    assert_eq!(
        page.matches("<h2>").count(),
        1 + 1 + 4,
        "summary, figures, and 4 categories"
    );
    assert!(page.contains("<caption>Outcomes by stage</caption>"));
    assert!(page.contains("<th scope=\"col\">Stage</th>"));
    // The chart says in words what it draws.
    assert!(page.contains("role=\"img\" aria-label=\"Done: signed, opened, announced: "));
    // Every record is there with its source; each quote in both languages, each marked.
    for (_, rec) in d.all_records() {
        assert!(page.contains(&format!("<article id=\"{}\">", escape(rec.id()))));
        if let Record::Quote(q) = rec {
            assert!(page.contains(&format!("<blockquote lang=\"ru\"><p>{}</p>", escape(&q.ru))));
            assert!(page.contains(&format!("<blockquote lang=\"en\"><p>{}</p>", escape(&q.en))));
        }
    }
    assert_eq!(
        page.matches("<article ").count(),
        Category::ALL.iter().map(|c| d.len(*c)).sum::<usize>()
    );
}

#[test]
fn the_parser_does_report_errors() {
    // So that an empty list above means something.
    assert!(!parse_errors("<!DOCTYPE html><html lang=\"en\"><title>x</title><p></div>").is_empty());
    assert!(
        !parse_errors("<html><title>x</title></html>").is_empty(),
        "no doctype"
    );
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
}

#[test]
fn the_deck_handout_has_a_page_per_slide() {
    let mut app = app(Lang::En);
    press(&mut app, crossterm::event::KeyCode::Char('p'));
    let page = deck_html(&app);
    assert_eq!(parse_errors(&page), Vec::<String>::new());
    assert_eq!(
        page.matches("<section class=\"slide\"").count(),
        app.deck().slides.len()
    );
    assert!(page.contains("break-after:page"));
}

#[test]
fn export_deck_needs_html() {
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(["export", "--format", "md", "--deck"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "visit-dash: --deck needs --format html: the slides are written as pages\n"
    );
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// Renders the deck handout in a real browser: a PDF with one page per slide, and a
/// screenshot that is not blank. Run by `.ci/run`, which installs Chromium.
#[test]
#[ignore = "needs chromium"]
fn a_browser_prints_the_deck_one_slide_per_page() {
    let browser = chromium().expect("chromium on PATH");
    let dir = std::env::temp_dir().join(format!("visit-dash-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let mut app = app(Lang::En);
    press(&mut app, crossterm::event::KeyCode::Char('p'));
    let file = dir.join("deck.html");
    std::fs::write(&file, deck_html(&app)).expect("write");
    let pdf = dir.join("deck.pdf");
    let png = dir.join("deck.png");
    let common = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
    ];
    let run = |extra: String| {
        let out = Command::new(browser)
            .args(common)
            .arg(extra)
            .arg(&file)
            .output()
            .expect("run chromium");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(format!("--print-to-pdf={}", pdf.display()));
    run(format!("--screenshot={}", png.display()));
    let bytes = std::fs::read(&pdf).expect("the PDF");
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert_eq!(pages, app.deck().slides.len(), "one page per slide");
    // A blank screenshot compresses to almost nothing; text and colour do not.
    let shot = std::fs::read(&png).expect("the screenshot");
    assert!(shot.starts_with(b"\x89PNG"));
    assert!(
        shot.len() > 8_000,
        "the screenshot looks blank: {} bytes",
        shot.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn evidence_comes_with_its_language_and_a_link() {
    let path = common::tests_dir().join("../data/tokayev-china-2025.json");
    let d = visit_dash::data::load_file(&path, visit_dash::data::load::DEFAULT_MAX_BYTES)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(d);
    update(&mut app, Action::Resize(120, 40));
    let page = html(&app, &selection(&app, None));
    assert_eq!(parse_errors(&page), Vec::<String>::new());
    assert!(page.contains("<ul class=\"evidence\">"));
    assert!(page.contains("<li><a href=\"http"), "sources are linked");
    if page.contains("<q lang=") {
        assert!(page.contains("<q lang=\"ru\">") || page.contains("<q lang=\"en\">"));
    }
}
