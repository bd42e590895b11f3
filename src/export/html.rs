//! The HTML handout: one self-contained page (no network, no scripts) to leave behind or
//! print, with the brief, the outcome counts as a table and a chart, and every record with
//! its source; or, for `--deck`, the slides one per printed page.

use std::fmt::Write as _;

use crate::app::present::{agreements_at, build, by_stage, deck_title, Slide};
use crate::app::text::{facts, figure_text, source_line};
use crate::app::App;
use crate::data::{Category, Lang, Record, RecordRef, Stage};
use crate::ui::slides::{slide_title, stage_name};
use crate::words::{say, W};

/// Text made safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ru => "ru",
    }
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;\
padding:0 1rem;line-height:1.45;color:#111;background:#fff}\
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .6rem;\
text-align:left;vertical-align:top}caption{font-weight:bold;text-align:left}\
.source{color:#333;font-size:.9rem}blockquote{margin:.5rem 0 .5rem 1rem;font-style:italic}\
article{border-top:1px solid #ccc;padding-top:.5rem}\
.slide{min-height:90vh;display:flex;flex-direction:column;justify-content:center;\
break-after:page;page-break-after:always}\
.slide .big{font-size:4rem;font-weight:bold;margin:0}\
@page{size:A4 landscape;margin:1.5cm}\
@media print{body{max-width:none;margin:0}.slide{min-height:auto;height:100%}\
article{break-inside:avoid}}";

fn head(out: &mut String, lang: Lang, title: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        code(lang),
        escape(title)
    );
}

/// The handout of `records`: the brief, the outcomes, the figures, the records.
pub fn html(app: &App, records: &[RecordRef]) -> String {
    let d = app.data();
    let lang = app.lang();
    let mut out = String::new();
    head(&mut out, lang, d.visit.title.get(lang));
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p>{}, {} · {} · {}</p>\n<p class=\"source\">{}</p>\n</header>\n<main>\n",
        escape(d.visit.title.get(lang)),
        escape(d.visit.event.get(lang)),
        escape(d.visit.place.get(lang)),
        escape(d.visit.host.get(lang)),
        escape(&d.year()),
        escape(&d.sources_words(lang)),
    );
    let _ = write!(
        out,
        "<section>\n<h2>{}</h2>\n<p>{}</p>\n",
        say(W::Brief, lang),
        escape(d.visit.summary.get(lang))
    );
    outcomes(&mut out, app, records);
    out.push_str("</section>\n");
    figures(&mut out, app, records);
    for c in Category::ALL {
        let recs: Vec<RecordRef> = records
            .iter()
            .copied()
            .filter(|r| r.category == c)
            .collect();
        if recs.is_empty() {
            continue;
        }
        let _ = write!(out, "<section>\n<h2>{}</h2>\n", escape(c.label(lang)));
        for r in recs {
            record(&mut out, app, r);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

const STAGES: [Stage; 3] = [Stage::Achieved, Stage::Underway, Stage::Intended];

/// How many records are at each stage: a table, and the same as a bar chart.
fn outcomes(out: &mut String, app: &App, records: &[RecordRef]) {
    let lang = app.lang();
    let counts = STAGES.map(|s| records.iter().filter(|r| app.stage(**r) == Some(s)).count());
    let _ = write!(
        out,
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        say(W::OutcomesByStage, lang),
        say(W::Stage, lang),
        say(W::RecordsCount, lang),
    );
    for (s, n) in STAGES.iter().zip(counts) {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{n}</td></tr>",
            escape(stage_name(*s, lang))
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let alt = STAGES
        .iter()
        .zip(counts)
        .map(|(s, n)| format!("{}: {n}", stage_name(*s, lang)))
        .collect::<Vec<_>>()
        .join("; ");
    let _ = write!(
        out,
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"420\" height=\"96\" viewBox=\"0 0 420 96\">\n<title>{}</title>\n",
        escape(&alt),
        escape(&alt)
    );
    for (i, ((s, n), colour)) in STAGES
        .iter()
        .zip(counts)
        .zip(["#2e7d32", "#b26a00", "#8e24aa"])
        .enumerate()
    {
        let y = i * 32;
        let w = 200 * n / max;
        let _ = writeln!(
            out,
            "<rect x=\"0\" y=\"{y}\" width=\"{w}\" height=\"24\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\" font-size=\"14\">{} {n}</text>",
            w + 6,
            y + 17,
            escape(stage_name(*s, lang))
        );
    }
    let _ = write!(
        out,
        "</svg>\n<figcaption>{}</figcaption>\n</figure>\n",
        escape(&alt)
    );
}

/// Every figure of the records, with where it comes from.
fn figures(out: &mut String, app: &App, records: &[RecordRef]) {
    let d = app.data();
    let lang = app.lang();
    let rows: Vec<(Record<'_>, usize)> = records
        .iter()
        .filter_map(|r| d.get(*r))
        .flat_map(|rec| (0..rec.figures().len()).map(move |i| (rec, i)))
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section>\n<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        say(W::Figures, lang),
        say(W::Figure, lang),
        say(W::What, lang),
        say(W::Record, lang),
        say(W::Source, lang),
    );
    for (rec, i) in rows {
        if let Some(f) = rec.figures().get(i) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&figure_text(f, lang)),
                escape(f.label.get(lang)),
                escape(rec.title().get(lang)),
                escape(&source_line(d, rec.evidence(), lang))
            );
        }
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn quotes(out: &mut String, app: &App, rec: &Record<'_>) {
    if let Record::Quote(q) = rec {
        // The language on show first; each in its own language.
        let both = [(Lang::En, q.en.as_str()), (Lang::Ru, q.ru.as_str())];
        let mut order = both.to_vec();
        if app.lang() == Lang::Ru {
            order.reverse();
        }
        for (l, text) in order {
            let _ = writeln!(
                out,
                "<blockquote lang=\"{}\"><p>{}</p></blockquote>",
                code(l),
                escape(text)
            );
        }
    }
}

fn record(out: &mut String, app: &App, r: RecordRef) {
    let d = app.data();
    let lang = app.lang();
    let Some(rec) = d.get(r) else { return };
    let f = facts(d, &rec, lang);
    let _ = write!(
        out,
        "<article id=\"{}\">\n<h3>{}</h3>\n",
        escape(rec.id()),
        escape(rec.title().get(lang))
    );
    if let Some(status) = &f.status {
        let _ = writeln!(out, "<p><strong>{}</strong></p>", escape(status));
    }
    if let Some(place) = rec.place() {
        let _ = writeln!(out, "<p>{}</p>", escape(place.get(lang)));
    }
    for fig in rec.figures() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong> — {}</p>",
            escape(&figure_text(fig, lang)),
            escape(fig.label.get(lang))
        );
    }
    quotes(out, app, &rec);
    if !matches!(rec, Record::Quote(_)) {
        let _ = writeln!(out, "<p>{}</p>", escape(rec.body(lang)));
    }
    let _ = writeln!(
        out,
        "<p class=\"source\">{}</p>",
        escape(&source_line(d, rec.evidence(), lang))
    );
    evidence(out, app, &rec);
    out.push_str("</article>\n");
}

/// Each source's words, in their own language, with the translation and a link.
fn evidence(out: &mut String, app: &App, rec: &Record<'_>) {
    let d = app.data();
    let items: Vec<String> = rec
        .evidence()
        .iter()
        .map(|e| {
            let source = d.source(&e.source);
            let outlet = escape(source.map_or(e.source.as_str(), |s| s.outlet.as_str()));
            let mut item = match source.and_then(|s| s.url.as_deref()) {
                Some(url) => format!("<a href=\"{}\">{outlet}</a>", escape(url)),
                None => outlet,
            };
            if !e.paragraphs.is_empty() {
                let list: Vec<String> = e.paragraphs.iter().map(u32::to_string).collect();
                let _ = write!(item, ", ¶ {}", list.join(", "));
            }
            let said = source.map_or("en", |s| s.language.as_str());
            if let Some(x) = &e.excerpt {
                let _ = write!(item, ": <q lang=\"{}\">{}</q>", escape(said), escape(x));
            }
            if let Some(t) = &e.translation {
                let other = if said == "ru" { "en" } else { "ru" };
                let _ = write!(item, " (<span lang=\"{other}\">{}</span>)", escape(t));
            }
            if let Some(n) = &e.note {
                let _ = write!(item, " — {}", escape(n.get(app.lang())));
            }
            format!("<li>{item}</li>")
        })
        .collect();
    if !items.is_empty() {
        let _ = writeln!(out, "<ul class=\"evidence\">\n{}\n</ul>", items.join("\n"));
    }
}

/// The deck as pages: one slide per printed page.
pub fn deck_html(app: &App) -> String {
    let lang = app.lang();
    let d = app.data();
    let mut out = String::new();
    let title = deck_title(app);
    head(&mut out, lang, &title);
    out.push_str("<main>\n");
    let slides = if app.deck().slides.is_empty() {
        build(app)
    } else {
        app.deck().slides.clone()
    };
    for (n, slide) in slides.iter().enumerate() {
        let _ = writeln!(
            out,
            "<section class=\"slide\" aria-label=\"{} {}\">",
            say(W::Slide, lang),
            n + 1
        );
        match *slide {
            Slide::Title => {
                let _ = write!(
                    out,
                    "<h1>{}</h1>\n<p>{}, {}</p>\n<p class=\"source\">{}</p>\n",
                    escape(&title),
                    escape(d.visit.event.get(lang)),
                    escape(d.visit.place.get(lang)),
                    escape(&d.sources_words(lang))
                );
            }
            Slide::Figure { record: r, figure } => {
                if let Some((rec, f)) = d
                    .get(r)
                    .and_then(|rec| Some((rec, rec.figures().get(figure)?)))
                {
                    let _ = write!(
                        out,
                        "<h2>{}</h2>\n<p class=\"big\">{}</p>\n<p>{}</p>\n<p class=\"source\">{}</p>\n",
                        escape(f.label.get(lang)),
                        escape(&figure_text(f, lang)),
                        escape(rec.title().get(lang)),
                        escape(&source_line(d, rec.evidence(), lang))
                    );
                }
            }
            Slide::Agreements(stage) => {
                let _ = write!(out, "<h2>{}</h2>\n<ul>\n", escape(stage_name(stage, lang)));
                for r in agreements_at(app, stage) {
                    if let Some(rec) = d.get(r) {
                        let _ = writeln!(out, "<li>{}</li>", escape(rec.title().get(lang)));
                    }
                }
                out.push_str("</ul>\n");
            }
            Slide::Record(r) | Slide::Quote(r) => record(&mut out, app, r),
            Slide::Map => {
                let _ = write!(
                    out,
                    "<h2>{}</h2>\n<pre role=\"img\" aria-label=\"{}\">{}</pre>\n",
                    escape(&slide_title(app, *slide)),
                    escape(&crate::ui::map_view::place_notes(app).replace('\n', "; ")),
                    escape(&crate::ui::map_view::slide_text(app, 100, 30))
                );
            }
            Slide::Chart(kind) => {
                let _ = writeln!(out, "<h2>{}</h2>\n<ul>", escape(&slide_title(app, *slide)));
                for line in crate::app::present::chart_of(app, kind).text_lines(lang) {
                    let _ = writeln!(out, "<li>{}</li>", escape(&line));
                }
                out.push_str("</ul>\n");
            }
            Slide::Summary => {
                let _ = writeln!(out, "<h2>{}</h2>", escape(&slide_title(app, *slide)));
                for s in STAGES {
                    let _ = writeln!(
                        out,
                        "<p><strong>{}</strong>: {}</p>",
                        escape(stage_name(s, lang)),
                        by_stage(app, s).len()
                    );
                }
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
