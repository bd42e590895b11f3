//! The charts: every value equals the dataset's figure, computed here from the dataset's
//! JSON (not from the series the charts draw); a disagreement shows as a range; each chart
//! drawn at 80x24, 120x40 and 200x60 in both languages and without colour; the Overview's
//! charts strip; and `render --present --slide N` printing a chart as text.

use std::collections::BTreeMap;
use std::process::Command;

use crossterm::event::KeyCode;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use ratatui::Terminal;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use visit_dash::app::present::{chart_of, Slide};
use visit_dash::app::{App, Mode, ThemeName};
use visit_dash::cli::render::{app_for, frame, View};
use visit_dash::data::charts::{Bar, ChartKind};
use visit_dash::data::{default_dataset, Lang, DEFAULT_JSON};
use visit_dash::ui::frame_text::to_text;

mod common;
use common::press;

// ---------------------------------------------------------------------------------------
// The dataset, read as plain JSON
// ---------------------------------------------------------------------------------------

fn json() -> Value {
    serde_json::from_str(DEFAULT_JSON).expect("the embedded dataset is JSON")
}

/// Every outcome (agreement, investment, corridor) of the JSON.
fn outcomes(j: &Value) -> Vec<&Value> {
    ["agreements", "investments", "corridors"]
        .iter()
        .flat_map(|c| j[*c].as_array().into_iter().flatten())
        .collect()
}

fn text(v: &Value, lang: Lang) -> &str {
    v[lang.code()].as_str().unwrap_or_default()
}

/// The stage of a status id, from the vocabulary.
fn stage(j: &Value, status: &Value) -> Option<String> {
    let statuses = j["vocabulary"]["statuses"].as_array()?;
    let s = statuses.iter().find(|s| s["id"] == *status)?;
    s["stage"].as_str().map(str::to_string)
}

fn sector_name(j: &Value, id: &str, lang: Lang) -> String {
    j["vocabulary"]["sectors"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["id"] == id)
        .map_or(id.to_string(), |s| text(&s["name"], lang).to_string())
}

/// Outcomes per sector id.
fn per_sector(j: &Value) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for rec in outcomes(j) {
        for s in rec["sectors"].as_array().into_iter().flatten() {
            *out.entry(s.as_str().unwrap_or_default().to_string())
                .or_insert(0) += 1;
        }
    }
    out
}

/// The dashboard on the embedded dataset, as `render` builds it.
fn app(lang: Lang, view: &View, w: u16, h: u16) -> App {
    app_for(default_dataset().expect("embedded"), lang, view, w, h).expect("the view builds")
}

/// The bars of the chart `kind` on the whole dataset, as (label, low, high).
fn bars(kind: ChartKind, lang: Lang) -> Vec<Bar> {
    chart_of(&app(lang, &View::default(), 120, 40), kind).bars
}

fn counts(bars: &[Bar]) -> BTreeMap<String, f64> {
    bars.iter().map(|b| (b.label.clone(), b.high)).collect()
}

// ---------------------------------------------------------------------------------------
// Every value is the dataset's
// ---------------------------------------------------------------------------------------

#[test]
fn stage_and_novelty_bars_count_the_outcomes() {
    let j = json();
    for lang in [Lang::En, Lang::Ru] {
        let mut by_stage: BTreeMap<Option<String>, usize> = BTreeMap::new();
        let mut by_novelty: BTreeMap<String, usize> = BTreeMap::new();
        for rec in outcomes(&j) {
            *by_stage.entry(stage(&j, &rec["status"])).or_insert(0) += 1;
            *by_novelty
                .entry(rec["novelty"].as_str().unwrap_or_default().to_string())
                .or_insert(0) += 1;
        }
        let stage_bars = bars(ChartKind::Stage, lang);
        let names = [
            (Some("achieved"), lang.pick("Done", "Сделано")),
            (Some("underway"), lang.pick("Under way", "В процессе")),
            (
                Some("intended"),
                lang.pick(
                    "Agreed, planned or proposed",
                    "Договорено, запланировано или предложено",
                ),
            ),
            (None, lang.pick("No status given", "Статус не указан")),
        ];
        let shown = counts(&stage_bars);
        for (key, name) in names {
            let n = by_stage.get(&key.map(str::to_string)).copied().unwrap_or(0);
            // "No status" shows only when some outcome has none.
            assert_eq!(
                shown.get(name).copied(),
                (n > 0 || key.is_some()).then_some(n as f64),
                "{name}"
            );
        }
        for b in &stage_bars {
            assert_eq!(
                b.value,
                (b.high as usize).to_string(),
                "the count is printed"
            );
        }
        let novelty = counts(&bars(ChartKind::Novelty, lang));
        for (key, name) in [
            ("new", lang.pick("new at the visit", "новое на визите")),
            (
                "advanced",
                lang.pick(
                    "an earlier project advanced",
                    "продвижение прежнего проекта",
                ),
            ),
            (
                "existing",
                lang.pick("mentioned, not new", "упомянуто, не новое"),
            ),
        ] {
            let n = by_novelty.get(key).copied().unwrap_or(0);
            assert_eq!(novelty.get(name).copied(), Some(n as f64), "{name}");
        }
        assert_eq!(
            novelty.values().sum::<f64>() as usize,
            outcomes(&j).len(),
            "every outcome has a novelty"
        );
    }
}

#[test]
fn sector_bars_count_the_outcomes_of_each_sector() {
    let j = json();
    let expected = per_sector(&j);
    for lang in [Lang::En, Lang::Ru] {
        let shown = counts(&bars(ChartKind::Sectors, lang));
        let wanted: BTreeMap<String, f64> = expected
            .iter()
            .map(|(id, n)| (sector_name(&j, id, lang), *n as f64))
            .collect();
        assert_eq!(shown, wanted);
        let order: Vec<f64> = bars(ChartKind::Sectors, lang)
            .iter()
            .map(|b| b.high)
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] >= w[1]),
            "most first: {order:?}"
        );
    }
}

#[test]
fn pattern_bars_are_the_expert_sectors_with_their_outcomes() {
    let j = json();
    let expected = per_sector(&j);
    let p = &j["investment_pattern"];
    let mut wanted = Vec::new();
    for list in ["traditional", "growing"] {
        for id in p[list].as_array().into_iter().flatten() {
            let id = id.as_str().unwrap_or_default();
            wanted.push((
                sector_name(&j, id, Lang::En),
                expected.get(id).copied().unwrap_or(0) as f64,
            ));
        }
    }
    let shown: Vec<(String, f64)> = bars(ChartKind::Pattern, Lang::En)
        .into_iter()
        .map(|b| (b.label, b.high))
        .collect();
    assert_eq!(shown, wanted);
    assert!(!wanted.is_empty(), "the dataset has the expert's reading");
}

/// (title, label) -> every US-dollar amount the JSON gives for it.
fn usd_figures(j: &Value) -> BTreeMap<(String, String), Vec<f64>> {
    let mut out: BTreeMap<(String, String), Vec<f64>> = BTreeMap::new();
    for rec in outcomes(j) {
        for f in rec["figures"].as_array().into_iter().flatten() {
            if f["currency"] != "USD" {
                continue;
            }
            let amount =
                f["value"].as_f64().unwrap_or(f64::NAN) * f["scale"].as_u64().unwrap_or(1) as f64;
            out.entry((
                text(&rec["title"], Lang::En).to_string(),
                text(&f["label"], Lang::En).to_string(),
            ))
            .or_default()
            .push(amount);
        }
    }
    out
}

#[test]
fn money_bars_are_each_outcome_s_dollar_figures_lowest_to_highest() {
    let j = json();
    let expected = usd_figures(&j);
    let shown = bars(ChartKind::Money, Lang::En);
    assert_eq!(shown.len(), expected.len(), "one bar per outcome and label");
    for ((title, label), amounts) in &expected {
        let low = amounts.iter().copied().fold(f64::INFINITY, f64::min);
        let high = amounts.iter().copied().fold(0.0, f64::max);
        let b = shown
            .iter()
            .find(|b| b.label == *title && b.what == *label)
            .unwrap_or_else(|| panic!("no bar for {title}: {label}"));
        assert_eq!((b.low, b.high), (low, high), "{title}: {label}");
        assert!(
            b.differ || low == high,
            "{title}: a range says the sources differ"
        );
        // Each source that states it is named.
        for f in outcomes(&j)
            .into_iter()
            .filter(|r| text(&r["title"], Lang::En) == title)
            .flat_map(|r| r["figures"].as_array().into_iter().flatten())
            .filter(|f| text(&f["label"], Lang::En) == label)
        {
            let id = f["source"].as_str().unwrap_or_default();
            let outlet = j["sources"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|s| s["id"] == id)
                .and_then(|s| s["outlet"].as_str())
                .unwrap_or(id);
            assert!(
                b.sources.contains(outlet),
                "{title}: {outlet} in {:?}",
                b.sources
            );
        }
    }
    // Largest first, every bar on the scale of the largest that is not cut.
    let highs: Vec<f64> = shown.iter().map(|b| b.high).collect();
    assert!(highs.windows(2).all(|w| w[0] >= w[1]), "{highs:?}");
    let scale = shown.iter().find(|b| !b.beyond).map(|b| b.high);
    assert!(shown.iter().all(|b| Some(b.scale) == scale));
    assert!(shown
        .iter()
        .filter(|b| !b.beyond)
        .all(|b| b.high <= b.scale));
}

#[test]
fn target_bars_hold_the_corridor_baseline_and_target_as_the_data_gives_them() {
    let j = json();
    let shown = bars(ChartKind::Target, Lang::En);
    assert!(!shown.is_empty());
    // Each bar: the values its record gives under its label.
    for b in &shown {
        let title = b.group.as_deref().expect("each pair sits under its record");
        let label = b.label.split(" (").next().unwrap_or_default();
        let values: Vec<f64> = outcomes(&j)
            .into_iter()
            .filter(|r| text(&r["title"], Lang::En) == title)
            .flat_map(|r| r["figures"].as_array().into_iter().flatten())
            .filter(|f| text(&f["label"], Lang::En) == label)
            .filter_map(|f| f["value"].as_f64())
            .collect();
        assert!(!values.is_empty(), "{title}: {label}");
        let low = values.iter().copied().fold(f64::INFINITY, f64::min);
        let high = values.iter().copied().fold(0.0, f64::max);
        assert_eq!((b.low, b.high), (low, high), "{title}: {label}");
    }
    // The corridor with a dated target is there, target after baseline.
    let corridor = j["corridors"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| {
            c["figures"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|f| f.get("horizon").is_some())
        })
        .expect("a corridor with a target");
    let title = text(&corridor["title"], Lang::En);
    let pair: Vec<&Bar> = shown
        .iter()
        .filter(|b| b.group.as_deref() == Some(title))
        .collect();
    assert_eq!(pair.len(), 2, "{title}");
    assert!(
        pair[0].high < pair[1].high,
        "the baseline is under the target"
    );
}

// ---------------------------------------------------------------------------------------
// Disagreement
// ---------------------------------------------------------------------------------------

/// The money chart's slide, as text, every page of it.
fn slide_text(
    kind: ChartKind,
    lang: Lang,
    w: u16,
    h: u16,
    theme: ThemeName,
) -> (String, Vec<Buffer>) {
    let full = app(lang, &View::default(), 100, 30);
    let mut view = View {
        theme,
        ..View::default()
    };
    let n = visit_dash::app::present::build(&full)
        .iter()
        .position(|s| *s == Slide::Chart(kind))
        .map(|i| i + 1)
        .expect("the chart is in the deck");
    view.slide = Some(n);
    let mut app = app(lang, &view, w, h);
    assert_eq!(app.mode(), Mode::Present);
    let mut pages = Vec::new();
    let mut out = String::new();
    loop {
        let buf = draw(&app);
        out.push_str(&to_text(&buf));
        pages.push(buf);
        if app.deck().page + 1 >= app.deck().pages.get() {
            break;
        }
        press(&mut app, KeyCode::Right);
    }
    (out, pages)
}

fn draw(app: &App) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width(), app.height())).expect("terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    terminal.backend().buffer().clone()
}

#[test]
fn a_disagreement_shows_as_a_range_and_says_so() {
    let j = json();
    // A label whose sources give different dollar amounts, found in the JSON.
    let ((title, _), amounts) = usd_figures(&j)
        .into_iter()
        .find(|(_, a)| a.iter().any(|x| *x != a[0]))
        .expect("the dataset holds a money figure its sources disagree on");
    let b = bars(ChartKind::Money, Lang::En)
        .into_iter()
        .find(|b| b.label == title)
        .expect("its bar");
    assert!(b.differ && b.low < b.high);
    assert!(b.value.contains(" – "), "a range: {:?}", b.value);
    let low = amounts.iter().copied().fold(f64::INFINITY, f64::min);
    let high = amounts.iter().copied().fold(0.0, f64::max);
    assert_eq!((b.low, b.high), (low, high));
    for lang in [Lang::En, Lang::Ru] {
        let (screen, _) = slide_text(ChartKind::Money, lang, 100, 30, ThemeName::Dark);
        let value = bars(ChartKind::Money, lang)
            .into_iter()
            .find(|x| x.low == low && x.high == high)
            .expect("the bar in this language")
            .value;
        let row = screen
            .lines()
            .find(|l| l.contains(&value))
            .unwrap_or_else(|| panic!("{value:?} on the slide\n{screen}"));
        assert!(row.contains('▒'), "the range is shaded: {row}");
        let says = lang.pick("≠ sources differ", "≠ источники расходятся");
        assert!(row.contains(says), "{row}");
        assert!(screen.contains(&format!("▒ {}", lang.pick("a range", "разброс"))));
    }
}

// ---------------------------------------------------------------------------------------
// Drawn
// ---------------------------------------------------------------------------------------

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

#[test]
fn each_chart_slide_at_three_sizes_in_both_languages() {
    for kind in ChartKind::ALL {
        for lang in [Lang::En, Lang::Ru] {
            let values: Vec<String> = bars(kind, lang).into_iter().map(|b| b.value).collect();
            for (w, h) in SIZES {
                let (screen, _) = slide_text(kind, lang, w, h, ThemeName::Dark);
                for (y, line) in screen.lines().enumerate() {
                    assert!(line.width() <= usize::from(w), "{kind:?} {w}x{h} row {y}");
                }
                // Every value whole, on some page.
                for v in &values {
                    assert!(
                        screen.lines().any(|l| l.contains(&format!(" {v}"))),
                        "{kind:?} {lang:?} {w}x{h}: {v:?} missing\n{screen}"
                    );
                }
                insta::assert_snapshot!(
                    format!("chart_{}_{}_{w}x{h}", kind.key(), lang.code()),
                    screen
                );
            }
        }
    }
}

#[test]
fn without_colour_the_charts_read_the_same() {
    for kind in ChartKind::ALL {
        for (w, h) in SIZES {
            let (colour, _) = slide_text(kind, Lang::En, w, h, ThemeName::Dark);
            let (mono, pages) = slide_text(kind, Lang::En, w, h, ThemeName::Mono);
            assert_eq!(mono, colour, "{kind:?} {w}x{h}: the same text");
            for buf in &pages {
                for cell in buf.content() {
                    assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
                }
            }
            insta::assert_snapshot!(format!("chart_{}_mono_{w}x{h}", kind.key()), mono);
        }
    }
}

#[test]
fn high_contrast_bars_are_black_on_white() {
    let (_, pages) = slide_text(ChartKind::Money, Lang::En, 100, 30, ThemeName::HighContrast);
    for buf in &pages {
        for cell in buf.content() {
            if cell.symbol() == "█" {
                assert_eq!((cell.fg, cell.bg), (Color::Black, Color::White));
            }
        }
    }
}

#[test]
fn the_overview_draws_its_charts_whole_at_three_sizes() {
    for lang in [Lang::En, Lang::Ru] {
        for (w, h) in SIZES {
            let app = app(lang, &View::default(), w, h);
            let screen = frame(&app);
            let title = ChartKind::Stage.title(lang);
            assert!(screen.contains(title), "{w}x{h}: the stage chart\n{screen}");
            // Each chart shown is shown whole: every one of its values.
            for kind in ChartKind::ALL {
                if !screen.contains(kind.title(lang)) {
                    continue;
                }
                for b in chart_of(&app, kind).bars {
                    assert!(
                        screen.contains(&format!(" {}", b.value)),
                        "{kind:?} at {w}x{h}: {:?}\n{screen}",
                        b.value
                    );
                }
            }
            insta::assert_snapshot!(format!("overview_charts_{}_{w}x{h}", lang.code()), screen);
        }
    }
    // 200x60 has room for the money chart.
    let wide = frame(&app(Lang::En, &View::default(), 200, 60));
    assert!(wide.contains(ChartKind::Money.title(Lang::En)));
}

#[test]
fn the_overview_charts_follow_the_search() {
    let view = View {
        search: Some("sinopec".into()),
        ..View::default()
    };
    let app = app(Lang::En, &view, 200, 60);
    let shown: usize = chart_of(&app, ChartKind::Stage)
        .bars
        .iter()
        .map(|b| b.high as usize)
        .sum();
    let listed: usize = [
        visit_dash::data::Category::Agreements,
        visit_dash::data::Category::Investments,
        visit_dash::data::Category::Corridors,
    ]
    .iter()
    .map(|c| app.list(*c).rows.len())
    .sum();
    assert_eq!(shown, listed);
    assert!(listed < outcomes(&json()).len());
}

#[test]
fn render_prints_a_chart_slide_as_text() {
    let full = app(Lang::En, &View::default(), 100, 30);
    let n = visit_dash::app::present::build(&full)
        .iter()
        .position(|s| *s == Slide::Chart(ChartKind::Money))
        .map(|i| i + 1)
        .expect("the money chart");
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args([
            "render",
            "--present",
            "--slide",
            &n.to_string(),
            "--size",
            "100x30",
        ])
        .env_remove("NO_COLOR")
        .output()
        .expect("run visit-dash");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(!text.contains('\u{1b}'), "no escape codes");
    let view = View {
        slide: Some(n),
        ..View::default()
    };
    assert_eq!(text, frame(&app(Lang::En, &view, 100, 30)));
    assert!(text.contains(ChartKind::Money.title(Lang::En)));
    for b in bars(ChartKind::Money, Lang::En) {
        assert!(text.contains(&b.value), "{:?}\n{text}", b.value);
    }
}
