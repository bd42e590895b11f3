//! Hostile text: a dataset (or a search query) full of terminal escape sequences, control
//! characters, bidi overrides, zero-width characters, floods of combining marks and
//! words too long for any screen.
//!
//! The data file is the user's, so nothing in it may crash the app, lose the terminal or
//! drive it. Each payload goes into every field a reader can see, of a copy of
//! `tests/fixtures/good/minimal.json` with every optional visible field filled in; then
//! every screen is drawn through the real crossterm backend into bytes, and a small
//! ECMA-48 scanner checks that the bytes hold nothing but the escape sequences the
//! backend itself writes. The command-line commands are run on the same files and must
//! print no escape, C1, BEL, bidi or zero-width character at all.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use serde_json::{json, Value};

use visit_dash::app::{action_for, update, Action, App, Mode, Tab};
use visit_dash::data::clean::sanitize;
use visit_dash::data::{load_str, Dataset};

mod common;
use common::{listing, tests_dir};

// ---------------------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------------------

/// What is wrong with a stretch of terminal output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// An escape sequence the backend never writes: anything after ESC but a CSI, a CSI
    /// the backend does not use, any C1 control (CSI, OSC, DCS ... in their one-character
    /// form).
    Escape,
    /// A C0 control outside an escape sequence, DEL, or bytes that are not UTF-8.
    Control,
    /// A bidi embedding, override or isolate, or a zero-width character.
    Invisible,
}

#[derive(Clone, Debug)]
struct Violation {
    at: usize,
    kind: Kind,
    what: String,
}

/// Bidi controls and zero-width characters, as the loader removes them.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061c}'
            | '\u{feff}'
    )
}

/// Scans the bytes a frame wrote to a `width` x `height` terminal. Allowed, and only in
/// the forms crossterm writes them: `CSI row;col H` inside the screen, SGR `CSI ... m`
/// with known attributes and colours, and `CSI ?25h` / `CSI ?25l` (cursor shown and
/// hidden). Everything else that starts with ESC, any C1 control, any other C0 control
/// (BEL, BS, CR, LF, NUL ...), DEL, invalid UTF-8, and bidi or zero-width characters are
/// violations. A drawn frame erases nothing (`CSI J` and `CSI K` come only from a
/// resize or an explicit clear), so erases are violations too.
fn scan(out: &[u8], width: u16, height: u16) -> Vec<Violation> {
    let mut found = Vec::new();
    let text = match std::str::from_utf8(out) {
        Ok(t) => t,
        Err(e) => {
            found.push(Violation {
                at: e.valid_up_to(),
                kind: Kind::Control,
                what: "invalid UTF-8".to_string(),
            });
            // Scan what is valid, so a sequence before the bad bytes is reported too.
            std::str::from_utf8(&out[..e.valid_up_to()]).unwrap_or_default()
        }
    };
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let mut flag = |kind, what: String| found.push(Violation { at: i, kind, what });
        match c {
            '\u{1b}' => {
                let (len, verdict) = escape(&text.as_bytes()[i..], width, height);
                if let Err(what) = verdict {
                    flag(Kind::Escape, what);
                }
                i += len;
                continue;
            }
            '\0'..='\u{1f}' | '\u{7f}' => flag(Kind::Control, format!("{c:?}")),
            '\u{80}'..='\u{9f}' => flag(Kind::Escape, format!("C1 control {c:?}")),
            c if invisible(c) => flag(Kind::Invisible, format!("{c:?}")),
            _ => {}
        }
        i += c.len_utf8();
    }
    found
}

/// Reads the escape sequence at the start of `seq` (which starts with ESC): its length,
/// and whether the backend could have written it.
fn escape(seq: &[u8], width: u16, height: u16) -> (usize, Result<(), String>) {
    let shown = |n: usize| String::from_utf8_lossy(&seq[..n.min(seq.len())]).into_owned();
    if seq.get(1) != Some(&b'[') {
        return (1, Err(format!("ESC not followed by '[': {:?}", shown(8))));
    }
    let mut j = 2;
    while seq.get(j).is_some_and(|b| (0x30..=0x3f).contains(b)) {
        j += 1;
    }
    let params_end = j;
    while seq.get(j).is_some_and(|b| (0x20..=0x2f).contains(b)) {
        j += 1;
    }
    let Some(&last) = seq.get(j).filter(|b| (0x40..=0x7e).contains(*b)) else {
        return (j, Err(format!("unterminated CSI {:?}", shown(j + 1))));
    };
    let len = j + 1;
    if j != params_end {
        return (len, Err(format!("CSI with intermediates {:?}", shown(len))));
    }
    let params = std::str::from_utf8(&seq[2..params_end]).unwrap_or_default();
    let verdict = match last {
        b'H' => cursor_position(params, width, height),
        b'm' => sgr(params),
        b'h' | b'l' if params == "?25" => Ok(()),
        _ => Err(String::new()),
    };
    (
        len,
        verdict.map_err(|why| format!("CSI {:?} {why}", shown(len))),
    )
}

/// `row;col`, 1-based, inside the screen: the only cursor move the backend makes.
fn cursor_position(params: &str, width: u16, height: u16) -> Result<(), String> {
    let mut parts = params.split(';').map(|p| p.parse::<u32>().ok());
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Some(row)), Some(Some(col)), None)
            if (1..=u32::from(height)).contains(&row) && (1..=u32::from(width)).contains(&col) =>
        {
            Ok(())
        }
        _ => Err(format!("is not a position inside {width}x{height}")),
    }
}

/// Select Graphic Rendition with the attributes and colours crossterm writes.
fn sgr(params: &str) -> Result<(), String> {
    if params.is_empty() {
        return Ok(());
    }
    let codes: Vec<Option<u32>> = params.split(';').map(|p| p.parse().ok()).collect();
    let mut k = 0;
    while k < codes.len() {
        let Some(code) = codes[k] else {
            return Err("has a parameter that is not a number".to_string());
        };
        k += 1;
        match code {
            0..=9 | 21..=29 | 30..=37 | 39 | 40..=47 | 49 | 59 | 90..=97 | 100..=107 => {}
            38 | 48 | 58 => {
                let n = match codes.get(k) {
                    Some(Some(5)) => 1,
                    Some(Some(2)) => 3,
                    _ => return Err(format!("has colour {code} without 5 or 2")),
                };
                let values = codes.get(k + 1..k + 1 + n).unwrap_or_default();
                if values.len() != n || values.iter().any(|v| !v.is_some_and(|v| v <= 255)) {
                    return Err(format!("has a bad colour after {code}"));
                }
                k += 1 + n;
            }
            _ => return Err(format!("has unknown attribute {code}")),
        }
    }
    Ok(())
}

fn describe(out: &[u8], found: &[Violation]) -> String {
    found
        .iter()
        .take(5)
        .map(|v| {
            let from = v.at.saturating_sub(16);
            let to = (v.at + 24).min(out.len());
            format!(
                "  {:?} at byte {}: {} in {:?}",
                v.kind,
                v.at,
                v.what,
                String::from_utf8_lossy(&out[from..to])
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Fails unless `out` holds only what the backend writes.
#[track_caller]
fn assert_clean(out: &[u8], width: u16, height: u16, what: &str) {
    let found = scan(out, width, height);
    assert!(
        found.is_empty(),
        "{what}: {} violation(s)\n{}",
        found.len(),
        describe(out, &found)
    );
}

/// The scanner's verdicts, by kind, on `leak` written in the middle of a real frame.
fn verdicts_on(leak: &str) -> Vec<Kind> {
    let app = App::new(dataset(&base()));
    let mut out = crossterm_frame(&app);
    let middle = out.len() / 2;
    // On a character boundary: the frame is UTF-8.
    let middle = (middle..out.len())
        .find(|&i| std::str::from_utf8(&out[i..]).is_ok())
        .unwrap_or(out.len());
    out.splice(middle..middle, leak.bytes());
    scan(&out, app.width(), app.height())
        .into_iter()
        .map(|v| v.kind)
        .collect()
}

#[test]
fn the_scanner_passes_real_frames_and_flags_every_leak() {
    // Real frames in every theme are clean.
    let mut app = App::new(dataset(&base()));
    for _ in 0..4 {
        for tab in Tab::ALL {
            update(&mut app, Action::GoTab(tab));
            let out = crossterm_frame(&app);
            assert!(out.contains(&0x1b), "the frame is styled");
            assert_clean(
                &out,
                app.width(),
                app.height(),
                &format!("{:?}", app.theme()),
            );
        }
        update(&mut app, Action::CycleTheme);
    }
    update(&mut app, Action::SetTheme(visit_dash::app::ThemeName::Mono));
    assert_clean(&crossterm_frame(&app), app.width(), app.height(), "mono");

    use Kind::*;
    for (leak, kind) in [
        ("\x1b]52;c;aGk=\x07", Escape),
        ("\x1b]52;c;aGk=\x1b\\", Escape),
        ("\x1b]0;title\x07", Escape),
        ("\x1b]8;;http://x/\x1b\\", Escape),
        ("\x1b[2J", Escape),
        ("\x1b[J", Escape),
        ("\x1b[2K", Escape),
        ("\x1b[?1049l", Escape),
        ("\x1b[?1049h", Escape),
        ("\x1b[?1000h", Escape),
        ("\x1b[5A", Escape),
        ("\x1b[0;0H", Escape),
        ("\x1b[25;81H", Escape),
        ("\x1b[1;2;3H", Escape),
        ("\x1b[38;5;300m", Escape),
        ("\x1b[38;9m", Escape),
        ("\x1b[1$m", Escape),
        ("\x1b[6n", Escape),
        ("\x1bPq#0\x1b\\", Escape),
        ("\x1b_Gf=100\x1b\\", Escape),
        ("\x1b^pm\x1b\\", Escape),
        ("\x1bXsos\x1b\\", Escape),
        ("\x1bc", Escape),
        ("\x1b7", Escape),
        ("\u{9b}2J", Escape),
        ("\u{9d}52;c;aGk=\u{9c}", Escape),
        ("\u{90}q\u{9c}", Escape),
        ("\x07", Control),
        ("\x08", Control),
        ("\r", Control),
        ("\n", Control),
        ("\0", Control),
        ("\x7f", Control),
        ("\u{202e}", Invisible),
        ("\u{2066}", Invisible),
        ("\u{200b}", Invisible),
        ("\u{feff}", Invisible),
    ] {
        let kinds = verdicts_on(leak);
        assert!(kinds.contains(&kind), "{leak:?} is not flagged as {kind:?}");
    }
    // An unterminated sequence at the very end, and bytes that are not UTF-8.
    assert!(!scan(b"ok\x1b[12", 80, 24).is_empty());
    assert!(!scan(b"ok\x1b", 80, 24).is_empty());
    assert!(!scan(b"ok\xc2\x9b2J", 80, 24).is_empty());
    assert!(!scan(b"ok\x9b2J", 80, 24).is_empty());
    assert!(scan("ok ␛[2J Шымкент 天津 🚆".as_bytes(), 80, 24).is_empty());
}

// ---------------------------------------------------------------------------------------
// Payloads
// ---------------------------------------------------------------------------------------

/// Every payload, by name.
fn payloads() -> Vec<(&'static str, String)> {
    let fixed: &[(&str, &str)] = &[
        // CSI
        ("sgr-red", "\x1b[31mred\x1b[0m"),
        ("sgr-hidden", "\x1b[8mhidden\x1b[28m"),
        ("sgr-blink-truecolor", "\x1b[5;38;2;255;0;0mX\x1b[m"),
        ("cursor-home", "\x1b[H"),
        ("cursor-to", "\x1b[10;20Hmoved"),
        ("cursor-up", "\x1b[5Aup"),
        ("clear-screen", "\x1b[2J"),
        ("clear-scrollback", "\x1b[3J\x1b[H\x1b[2J"),
        ("erase-line", "\x1b[2K\r"),
        ("alt-screen-leave", "\x1b[?1049l"),
        ("alt-screen-enter", "\x1b[?1049h"),
        ("mouse-and-paste-modes", "\x1b[?1000l\x1b[?2004h"),
        ("scroll-region", "\x1b[1;3r"),
        ("report-cursor", "\x1b[6n\x1b[c"),
        ("unterminated-csi", "\x1b[12;"),
        ("double-escape", "\x1b\x1b[[31m"),
        // Other ESC sequences
        ("reset-terminal", "\x1bc"),
        ("save-cursor", "\x1b7x\x1b8"),
        ("line-drawing-charset", "\x1b(0lqqk\x1b(B"),
        // OSC
        ("osc0-bel", "\x1b]0;pwned\x07"),
        ("osc2-st", "\x1b]2;pwned\x1b\\"),
        (
            "osc8-hyperlink",
            "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
        ),
        ("osc52-bel", "\x1b]52;c;cm0gLXJmIH4=\x07"),
        ("osc52-st", "\x1b]52;c;cm0gLXJmIH4=\x1b\\"),
        ("osc-query-colour", "\x1b]11;?\x07"),
        // DCS, APC, PM, SOS
        ("dcs-xtgettcap", "\x1bP+q544e\x1b\\"),
        ("dcs-sixel", "\x1bPq#0;2;0;0;0#0~~@@\x1b\\"),
        ("apc-kitty-graphics", "\x1b_Gf=100;AAAA\x1b\\"),
        ("pm", "\x1b^privacy message\x1b\\"),
        ("sos", "\x1bXstart of string\x1b\\"),
        // C1 controls as UTF-8
        ("c1-csi", "\u{9b}2J\u{9b}31m"),
        ("c1-osc", "\u{9d}52;c;aGk=\u{9c}"),
        (
            "c1-dcs-apc-pm-sos",
            "\u{90}q\u{9c}\u{9f}x\u{9c}\u{9e}y\u{9c}\u{98}z\u{9c}",
        ),
        ("c1-nel-ind-ri", "a\u{85}b\u{84}c\u{8d}d"),
        // C0 and DEL
        ("carriage-return", "overwritten\rOK"),
        ("backspace", "abc\x08\x08\x08XYZ"),
        ("nul", "a\0b"),
        ("tab", "a\tb\t\tc"),
        ("form-feed-vt", "a\x0cb\x0bc"),
        ("del", "a\x7fb"),
        ("bell", "ding\x07"),
        ("newlines", "line1\r\nline2\n\nline3"),
        // Bidi and zero-width
        ("bidi-override", "\u{202e}evil\u{202c} txt.exe"),
        (
            "bidi-embeddings",
            "\u{202a}a\u{202b}b\u{202c}\u{202d}c\u{202c}",
        ),
        ("bidi-isolates", "\u{2066}a\u{2067}b\u{2068}c\u{2069}"),
        (
            "trojan-source",
            "access\u{202e} \u{2066}// check admin\u{2069} \u{2066}",
        ),
        ("arabic-letter-mark", "x\u{061c}y"),
        (
            "zero-width",
            "a\u{200b}b\u{200c}c\u{200d}d\u{200e}e\u{200f}f",
        ),
        (
            "word-joiner-invisible-ops",
            "a\u{2060}b\u{2061}\u{2062}\u{2063}\u{2064}c",
        ),
        ("bom", "\u{feff}x\u{feff}"),
        ("only-invisible", "\u{200b}\u{202e}\u{feff}"),
        // Scripts and shapes
        (
            "emoji-zwj",
            "👨\u{200d}👩\u{200d}👧\u{200d}👦 🏳\u{fe0f}\u{200d}🌈 👩🏽\u{200d}💻",
        ),
        ("flags", "🇰🇿🇨🇳🇺🇳"),
        ("cjk", "中华人民共和国 天津 上海合作组织峰会"),
        ("fullwidth", "ＷＩＤＥ　ＴＥＸＴ"),
        ("arabic", "كازاخستان والصين وقعتا اتفاقيات"),
        ("hebrew", "קזחסטן וסין חתמו על הסכמים"),
        ("mixed-direction", "abc עברית 123 العربية def"),
        ("line-separators", "a\u{2028}b\u{2029}c\u{85}d"),
        ("tag-characters", "x\u{e0041}\u{e0042}\u{e007f}y"),
        (
            "markup-and-formulas",
            "=HYPERLINK(\"http://x\") # | *b* <i>",
        ),
    ];
    let mut all: Vec<(&'static str, String)> =
        fixed.iter().map(|(n, p)| (*n, p.to_string())).collect();
    all.push(("long-word-latin", "w".repeat(10_000)));
    all.push(("long-word-cyrillic", "ш".repeat(10_000)));
    all.push(("combining-flood", format!("e{}", "\u{301}".repeat(5_000))));
    all.push((
        "combining-flood-mixed",
        format!(
            "a{}",
            (0..5_000)
                .map(|i| char::from_u32(0x300 + i % 0x70).unwrap_or('\u{301}'))
                .collect::<String>()
        ),
    ));
    all
}

// ---------------------------------------------------------------------------------------
// Datasets
// ---------------------------------------------------------------------------------------

/// `minimal.json` with every optional field a reader can see filled in, and a second
/// sector and stage, so every panel, column, popup and slide has something to show.
fn base() -> Value {
    let path = tests_dir().join("fixtures/good/minimal.json");
    let text = std::fs::read_to_string(&path).expect("minimal.json");
    let mut v: Value = serde_json::from_str(&text).expect("minimal.json is JSON");
    let t = |en: &str, ru: &str| json!({ "en": en, "ru": ru });
    v["source"]["interviewee"] = json!("tokayev");
    v["vocabulary"]["sectors"][0]["aliases"] = json!(["power", "энергия"]);
    v["vocabulary"]["sectors"]
        .as_array_mut()
        .expect("sectors")
        .push(json!({ "id": "transport", "name": t("Transport", "Транспорт"), "aliases": ["logistics"] }));
    v["vocabulary"]["statuses"]
        .as_array_mut()
        .expect("statuses")
        .extend([
            json!({ "id": "building", "name": t("Under construction", "Строится"), "stage": "underway" }),
            json!({ "id": "planned", "name": t("Planned", "Планируется"), "stage": "intended" }),
        ]);
    v["companies"][0]["aliases"] = json!(["China Petroleum & Chemical"]);
    v["context"] = json!([{
        "id": "ctx-balance",
        "title": t("Balance", "Баланс"),
        "summary": t("Trade is growing.", "Торговля растёт."),
        "paragraphs": [2]
    }]);
    v["investment_pattern"] = json!({
        "summary": t("Investment goes to energy.", "Инвестиции идут в энергетику."),
        "traditional": ["energy"],
        "growing": ["transport"],
        "paragraphs": [2]
    });
    v["agreements"][0]["place"] = t("Tianjin", "Тяньцзинь");
    let inv = &mut v["investments"][0];
    inv["place"] = t("Atyrau Region", "Атырауская область");
    inv["status"] = json!("building");
    inv["figures"] = json!([{
        "label": t("Capacity", "Мощность"),
        "value": 1.25,
        "unit": t("million tonnes", "млн тонн"),
        "qualifier": t("up to", "до"),
        "horizon": t("by 2029", "к 2029 году")
    }]);
    let cor = &mut v["corridors"][0];
    cor["aliases"] = json!(["Trans-Caspian route", "ТМТМ"]);
    cor["status"] = json!("planned");
    cor["sectors"] = json!(["transport"]);
    v["quotes"][0]["sectors"] = json!(["energy"]);
    v
}

/// Keys whose string values a reader sees: texts in either language (titles, summaries,
/// names, roles, sector and status names, places, figure labels, units, qualifiers,
/// horizons, quotes, the source's kind) and the source's outlet and language.
const SHOWN: [&str; 4] = ["en", "ru", "outlet", "language"];

/// Puts `payload` at both ends of every string a reader sees (so no field is left blank
/// by the loader's cleaning) and returns how many strings it changed.
fn inject(v: &mut Value, payload: &str) -> usize {
    let wrap = |s: &mut String| *s = format!("{payload} {s} {payload}");
    let mut n = 0;
    match v {
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                match x {
                    Value::String(s) if SHOWN.contains(&k.as_str()) => {
                        wrap(s);
                        n += 1;
                    }
                    Value::Array(items) if k == "aliases" => {
                        for item in items {
                            if let Value::String(s) = item {
                                wrap(s);
                                n += 1;
                            }
                        }
                    }
                    _ => n += inject(x, payload),
                }
            }
        }
        Value::Array(items) => n += items.iter_mut().map(|x| inject(x, payload)).sum::<usize>(),
        _ => {}
    }
    n
}

/// JSON with every character outside ASCII written as a `\u` escape (surrogate pairs
/// above U+FFFF), so C1 controls, bidi and the rest arrive the other way a file can
/// spell them.
fn ascii_json(v: &Value) -> String {
    let text = serde_json::to_string(v).expect("JSON");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    out
}

fn dataset(v: &Value) -> Dataset {
    let text = serde_json::to_string(v).expect("JSON");
    load_str("hostile.json", &text).unwrap_or_else(|e| panic!("a hostile dataset loads: {e}"))
}

/// The base dataset with `payload` in every shown field, written both ways (raw UTF-8,
/// and ASCII with `\u` escapes); both must load to the same dataset.
fn hostile(payload: &str) -> (Value, Dataset) {
    let mut v = base();
    let fields = inject(&mut v, payload);
    assert!(fields >= 60, "only {fields} fields");
    let raw = dataset(&v);
    let escaped = load_str("hostile-escaped.json", &ascii_json(&v))
        .unwrap_or_else(|e| panic!("the escaped spelling loads: {e}"));
    assert!(raw == escaped, "both spellings load the same");
    (v, raw)
}

// ---------------------------------------------------------------------------------------
// Drawing through crossterm
// ---------------------------------------------------------------------------------------

/// The bytes crossterm writes for one frame of `app`, on a fresh terminal of its size.
fn crossterm_frame(app: &App) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let area = Rect::new(0, 0, app.width(), app.height());
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        let mut terminal = Terminal::with_options(CrosstermBackend::new(&mut out), options)
            .expect("a terminal on a byte buffer");
        terminal
            .draw(|f| f.render_widget(app, f.area()))
            .expect("drawing into bytes");
    }
    out
}

/// Sizes every screen is drawn at: roomy, the classic, the smallest the dashboard
/// accepts, and one that is too small.
const SIZES: [(u16, u16); 4] = [(120, 40), (80, 24), (40, 10), (30, 8)];

/// Moves `app` through every screen (every tab, normal, scrolled, zoomed and scrolled,
/// help, the facet popup, and every presentation slide with the slide index) in both
/// languages, calling `f` with a name for each.
fn every_screen(app: &mut App, f: &mut dyn FnMut(&App, &str)) {
    for _ in 0..2 {
        for tab in Tab::ALL {
            update(app, Action::GoTab(tab));
            let name = tab.key();
            f(app, name);
            update(app, Action::Bottom);
            f(app, &format!("{name} bottom"));
            if tab.category().is_some() {
                update(app, Action::ToggleZoom);
                f(app, &format!("{name} zoom"));
                update(app, Action::PageDown);
                f(app, &format!("{name} zoom scrolled"));
                update(app, Action::ToggleZoom);
            }
            update(app, Action::ToggleHelp);
            f(app, &format!("{name} help"));
            update(app, Action::ToggleHelp);
            update(app, Action::FacetOpen);
            f(app, &format!("{name} facet"));
            update(app, Action::Down);
            f(app, &format!("{name} facet down"));
            update(app, Action::FacetClose);
        }
        update(app, Action::GoTab(Tab::Overview));
        update(app, Action::PresentStart);
        let slides = app.deck().slides.len();
        for n in 0..slides {
            f(app, &format!("slide {}", n + 1));
            if n == slides / 2 {
                update(app, Action::SlideIndex);
                f(app, &format!("slide index at {}", n + 1));
                update(app, Action::SlideIndex);
            }
            update(app, Action::SlideNext);
        }
        update(app, Action::PresentExit);
        update(app, Action::ToggleLang);
    }
}

/// Types `text` into the search box, key by key, through the key map and `update`.
fn type_query(app: &mut App, text: &str) {
    if app.mode() != Mode::Search {
        update(app, Action::SearchStart);
    }
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let action = action_for(key, Mode::Search).unwrap_or(Action::SearchInput(c));
        update(app, action);
    }
}

/// Types `text` into the search box key by key. The box keeps only what a data file may
/// hold (no controls, bidi or zero-width characters) and at most `MAX_QUERY_CHARS` of it,
/// so a long paste stops costing anything once the box is full.
fn enter_query(app: &mut App, text: &str) {
    type_query(app, text);
    // Each kept character goes in while the box has room, and the box holds its text in
    // NFC, as the data does.
    let mut kept = String::new();
    for c in text
        .chars()
        .filter(|c| visit_dash::data::clean::is_kept(*c))
    {
        if kept.chars().count() < visit_dash::app::update::MAX_QUERY_CHARS {
            kept.push(c);
            kept = visit_dash::search::normalize_query(&kept);
        }
    }
    assert_eq!(app.query(), kept);
}

/// The first character of the cleaned payload a reader would see, if any.
fn marker(payload: &str) -> Option<char> {
    sanitize(payload).chars().find(|c| {
        !c.is_whitespace() && unicode_width::UnicodeWidthChar::width(*c).is_none_or(|w| w > 0)
    })
}

/// Runs `check` over every payload, on two threads.
fn for_each_payload(check: impl Fn(&str, &str) + Sync) {
    let all = payloads();
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((name, payload)) = all.get(i) else {
                    break;
                };
                check(name, payload);
            });
        }
    });
}

#[test]
fn there_are_enough_payloads_and_fields() {
    let all = payloads();
    assert!(all.len() >= 40, "{} payloads", all.len());
    let mut names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all.len(), "payload names are unique");
    let fields = inject(&mut base(), "x");
    assert!(fields >= 60, "{fields} fields");
}

#[test]
fn hostile_data_draws_only_the_backends_own_sequences() {
    for_each_payload(|name, payload| {
        let (_, data) = hostile(payload);
        let mut app = App::new(data);
        // A query that matches, so highlighting runs over the hostile texts too.
        type_query(&mut app, "e");
        update(&mut app, Action::SearchAccept);
        let want = marker(payload);
        let mut seen = want.is_none();
        // Payloads of thousands of characters are slow to wrap in a debug build: the
        // largest and the smallest size the dashboard draws at suffice for them.
        let sizes: &[(u16, u16)] = if payload.len() > 1000 {
            &[(120, 40), (40, 10)]
        } else {
            &SIZES
        };
        for &(w, h) in sizes {
            update(&mut app, Action::Resize(w, h));
            every_screen(&mut app, &mut |app, screen| {
                let out = crossterm_frame(app);
                assert_clean(&out, w, h, &format!("{name}: {screen} at {w}x{h}"));
                if let Some(c) = want {
                    seen |= String::from_utf8_lossy(&out).contains(c);
                }
            });
            // The search line while typing.
            update(&mut app, Action::SearchStart);
            let out = crossterm_frame(&app);
            assert_clean(&out, w, h, &format!("{name}: search at {w}x{h}"));
            update(&mut app, Action::SearchAccept);
        }
        assert!(seen, "{name}: the payload's {want:?} was never drawn");
    });
}

/// What a hostile query is checked for: escapes and controls here; bidi and zero-width
/// characters in [`a_hostile_query_draws_no_bidi_or_zero_width_characters`].
fn query_frames(name: &str, payload: &str, kinds: &[Kind]) {
    // Long payloads are typed over the plain dataset: over one that holds the same long
    // run, each key press costs time in proportion to the word typed so far (see the
    // ignored test in `sweep.rs`).
    let data = if payload.chars().count() <= 1000 {
        hostile(payload).1
    } else {
        dataset(&base())
    };
    let mut app = App::new(data);
    let check = |app: &App, screen: &str| {
        let out = crossterm_frame(app);
        let found: Vec<Violation> = scan(&out, app.width(), app.height())
            .into_iter()
            .filter(|v| kinds.contains(&v.kind))
            .collect();
        assert!(
            found.is_empty(),
            "query {name}: {screen} at {}x{}\n{}",
            app.width(),
            app.height(),
            describe(&out, &found)
        );
    };
    enter_query(&mut app, payload);
    // Then a word that matches, so the highlight splits texts around the matches.
    for round in ["payload", "payload e"] {
        if round != "payload" {
            type_query(&mut app, " e");
        }
        for (w, h) in [(120, 40), (80, 24), (40, 10)] {
            update(&mut app, Action::Resize(w, h));
            for tab in Tab::ALL {
                update(&mut app, Action::GoTab(tab));
                update(&mut app, Action::SearchStart);
                check(&app, &format!("{round}: {} typing", tab.key()));
                update(&mut app, Action::SearchAccept);
                check(&app, &format!("{round}: {} kept", tab.key()));
                if tab.category().is_some() {
                    update(&mut app, Action::ToggleZoom);
                    check(&app, &format!("{round}: {} zoom", tab.key()));
                    update(&mut app, Action::ToggleZoom);
                }
                update(&mut app, Action::FacetOpen);
                check(&app, &format!("{round}: {} facet", tab.key()));
                update(&mut app, Action::FacetClose);
            }
            update(&mut app, Action::GoTab(Tab::Overview));
            update(&mut app, Action::PresentStart);
            for n in 0..app.deck().slides.len() {
                check(&app, &format!("{round}: slide {}", n + 1));
                update(&mut app, Action::SlideNext);
            }
            update(&mut app, Action::PresentExit);
        }
    }
}

#[test]
fn a_hostile_query_draws_no_escape_or_control() {
    for_each_payload(|name, payload| query_frames(name, payload, &[Kind::Escape, Kind::Control]));
}

#[test]
fn a_hostile_query_draws_no_bidi_or_zero_width_characters() {
    for_each_payload(|name, payload| query_frames(name, payload, &[Kind::Invisible]));
}

// ---------------------------------------------------------------------------------------
// Load errors
// ---------------------------------------------------------------------------------------

/// Characters no printed text may hold: ESC, any other C0 control but a line feed (and a
/// carriage return just before one, as CSV rows end), DEL, C1 controls, bidi controls and
/// zero-width characters.
fn forbidden(text: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(k, &(_, c))| match c {
            '\n' => false,
            '\r' => chars.get(k + 1).map(|&(_, n)| n) != Some('\n'),
            '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
            c => invisible(c),
        })
        .map(|(_, &p)| p)
        .collect()
}

#[track_caller]
fn assert_printable(text: &str, what: &str) {
    let bad = forbidden(text);
    if let Some(&(at, c)) = bad.first() {
        let from = (0..=at.saturating_sub(40))
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let to = ((at + 40).min(text.len())..=text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len());
        panic!(
            "{what}: {} forbidden character(s), the first {c:?} at byte {at} in {:?}",
            bad.len(),
            &text[from..to]
        );
    }
}

/// Datasets the loader must refuse, each with a payload where the refusal will quote it.
fn refused(payload: &str) -> Vec<(&'static str, Value)> {
    let mut unknown_field = base();
    unknown_field["source"][payload] = json!(1);
    let mut unknown_top = base();
    unknown_top[payload] = json!(true);
    let mut bad_id = base();
    bad_id["agreements"][0]["id"] = json!(payload);
    let mut dangling = base();
    dangling["agreements"][0]["sectors"] = json!([payload]);
    dangling["visit"]["leader"] = json!(payload);
    let mut stage = base();
    stage["vocabulary"]["statuses"][0]["stage"] = json!(payload);
    let mut date = base();
    date["source"]["date"] = json!(payload);
    let mut wrong_type = base();
    wrong_type["source"]["paragraphs"] = json!(payload);
    let mut blank = base();
    blank["visit"]["title"]["en"] = json!(payload);
    vec![
        ("unknown field", unknown_field),
        ("unknown top-level field", unknown_top),
        ("invalid id", bad_id),
        ("dangling references", dangling),
        ("unknown stage", stage),
        ("bad date", date),
        ("string for a number", wrong_type),
        ("blank title", blank),
    ]
}

#[test]
fn refusals_quote_hostile_text_only_as_visible_text() {
    for (name, payload) in payloads().iter().filter(|(_, p)| p.len() < 1000) {
        for (what, v) in refused(payload) {
            for (spelling, text) in [
                ("raw", serde_json::to_string(&v).expect("JSON")),
                ("escaped", ascii_json(&v)),
            ] {
                let Err(e) = load_str("refused.json", &text) else {
                    // A payload of invisible characters only is cleaned to an empty text,
                    // which is refused; a payload that is a valid date or id is not.
                    continue;
                };
                assert_printable(
                    &e.to_string(),
                    &format!("{name} in {what} ({spelling}): the message"),
                );
            }
        }
    }
    // A raw control character inside a JSON string is not JSON at all.
    let raw_escape = serde_json::to_string(&base()).expect("JSON").replacen(
        "BAQ.KZ",
        "BAQ\u{1b}]52;c;aGk=\u{7}.KZ",
        1,
    );
    let e = load_str("raw.json", &raw_escape).expect_err("a raw ESC in a string is refused");
    assert_printable(&e.to_string(), "raw ESC: the message");
}

// ---------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------

/// A directory of its own under the system's temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "visit-dash-hostile-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Output {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], cwd: &Path) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(args)
        .current_dir(cwd)
        .env_remove("NO_COLOR")
        .env_remove("VISIT_DASH_PANIC_KEY")
        .stdin(Stdio::null())
        .output()
        .expect("run the binary");
    Output {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Every printing command on the dataset at `file`; each must succeed and print only
/// printable text.
fn every_command_prints_clean_text(file: &Path, dir: &Path, name: &str) {
    let file = file.to_str().expect("a UTF-8 path");
    let data = ["--data", file];
    let with = |rest: &[&'static str]| -> Vec<String> {
        data.iter()
            .copied()
            .chain(rest.iter().copied())
            .map(str::to_string)
            .collect()
    };
    let commands: Vec<Vec<String>> = vec![
        vec!["check".to_string(), file.to_string()],
        with(&["list"]),
        with(&["list", "--json"]),
        with(&["--lang", "ru", "list", "quotes"]),
        with(&["search", "e"]),
        with(&["search", "--json", "sino"]),
        with(&["render"]),
        with(&["render", "--size", "80x24", "--search", "e"]),
        with(&[
            "--tab",
            "agreements",
            "render",
            "--select",
            "agr-documents",
            "--zoom",
        ]),
        with(&[
            "--lang",
            "ru",
            "--tab",
            "investments",
            "render",
            "--size",
            "40x10",
        ]),
        with(&["--tab", "quotes", "render"]),
        with(&["render", "--present", "--slide", "1"]),
        with(&["render", "--present", "--slide", "2"]),
        with(&["render", "--present", "--slide", "8"]),
        with(&["export", "--format", "md"]),
        with(&["--lang", "ru", "export", "--format", "md", "--search", "e"]),
        with(&["export", "--format", "csv"]),
        with(&["export", "--format", "json"]),
    ];
    for args in &commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args, dir);
        let what = format!("{name}: visit-dash {}", args[2..].join(" "));
        // A search may find nothing (exit 1, as grep): only the first `MAX_FIELD_CHARS`
        // characters of a field are searched, and a long payload fills them.
        let nothing_found = args.contains(&"search") && out.code == Some(1);
        assert!(
            out.code == Some(0) || nothing_found,
            "{what}: exit {:?}\nstderr: {}",
            out.code,
            out.stderr
        );
        if !args.contains(&"search") {
            assert!(!out.stdout.trim().is_empty(), "{what}: printed nothing");
        }
        assert_printable(&out.stdout, &format!("{what}: stdout"));
        assert_printable(&out.stderr, &format!("{what}: stderr"));
    }
}

#[test]
fn the_command_line_prints_no_escape_bidi_or_zero_width_character() {
    let dir = TempDir::new();
    for_each_payload(|name, payload| {
        let (v, _) = hostile(payload);
        for (spelling, text) in [
            ("raw", serde_json::to_string(&v).expect("JSON")),
            ("escaped", ascii_json(&v)),
        ] {
            let file = dir.0.join(format!("{name}-{spelling}.json"));
            std::fs::write(&file, text).expect("write the dataset");
            if spelling == "raw" {
                every_command_prints_clean_text(&file, &dir.0, name);
            } else {
                // The other spelling loads to the same dataset (see `hostile`): one command
                // shows it is read the same way from a file.
                let out = run(&["--data", file.to_str().expect("UTF-8"), "list"], &dir.0);
                assert_eq!(out.code, Some(0), "{name}: {}", out.stderr);
                assert_printable(&out.stdout, &format!("{name} escaped: list"));
            }
        }
    });
}

#[test]
fn refusals_on_the_command_line_print_no_escape_bidi_or_zero_width_character() {
    let dir = TempDir::new();
    for (name, payload) in payloads().iter().filter(|(_, p)| p.len() < 1000).step_by(3) {
        for (what, v) in refused(payload) {
            let file = dir.0.join("refused.json");
            std::fs::write(&file, ascii_json(&v)).expect("write the dataset");
            let file = file.to_str().expect("UTF-8");
            for args in [vec!["check", file], vec!["--data", file, "render"]] {
                let out = run(&args, &dir.0);
                if out.code == Some(0) {
                    continue;
                }
                assert_eq!(out.code, Some(3), "{name} in {what}: {}", out.stderr);
                assert_printable(&out.stdout, &format!("{name} in {what}: stdout"));
                assert_printable(&out.stderr, &format!("{name} in {what}: stderr"));
            }
        }
    }
}

#[test]
fn check_prints_a_hostile_file_name_as_visible_text() {
    let dir = TempDir::new();
    let file = dir
        .0
        .join("data\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{202e}.json");
    std::fs::write(&file, serde_json::to_string(&base()).expect("JSON")).expect("write");
    let path = file.to_str().expect("UTF-8");
    for args in [vec!["check", path], vec!["--data", path, "check"]] {
        let out = run(&args, &dir.0);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert_printable(&out.stdout, "check: stdout");
        assert_printable(&out.stderr, "check: stderr");
    }
}

#[test]
fn a_hostile_search_query_is_not_copied_into_an_export() {
    let dir = TempDir::new();
    let file = dir.0.join("data.json");
    std::fs::write(&file, serde_json::to_string(&base()).expect("JSON")).expect("write");
    let path = file.to_str().expect("UTF-8");
    for query in [
        "e\u{1b}]52;c;aGk=\u{7}",
        "e\u{9b}2J",
        "e\u{202e}txt",
        "e\u{200b}",
    ] {
        for format in ["md", "csv", "json"] {
            let out = run(
                &[
                    "--data", path, "export", "--format", format, "--search", query,
                ],
                &dir.0,
            );
            assert_eq!(out.code, Some(0), "{}", out.stderr);
            assert_printable(&out.stdout, &format!("export {format} --search {query:?}"));
        }
        let out = run(&["--data", path, "render", "--search", query], &dir.0);
        assert_printable(&out.stdout, &format!("render --search {query:?}"));
    }
}

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

/// `tests/fixtures/hostile/`: files named `load-*` must load, draw and print clean text;
/// files named `refuse-*` must be refused with a clean message.
/// (path, name) of each fixture, by name.
fn fixtures() -> Vec<(PathBuf, String)> {
    let dir = tests_dir().join("fixtures/hostile");
    listing(&dir)
        .into_iter()
        .map(|name| (dir.join(&name), name))
        .filter(|(path, _)| path.extension().is_some_and(|e| e == "json"))
        .collect()
}

#[test]
fn hostile_fixtures_load_or_are_refused_as_their_names_say() {
    let files = fixtures();
    assert!(files.len() >= 12, "{} hostile fixtures", files.len());
    let dir = TempDir::new();
    for (path, name) in files {
        let bytes = std::fs::read(&path).expect("readable fixture");
        let loaded = visit_dash::data::load::load_bytes(&name, &bytes);
        if name.starts_with("load-") {
            let data = loaded.unwrap_or_else(|e| panic!("{name} loads: {e}"));
            let mut app = App::new(data);
            type_query(&mut app, "a");
            update(&mut app, Action::SearchAccept);
            for (w, h) in [(120, 40), (80, 24)] {
                update(&mut app, Action::Resize(w, h));
                every_screen(&mut app, &mut |app, screen| {
                    let out = crossterm_frame(app);
                    assert_clean(&out, w, h, &format!("{name}: {screen} at {w}x{h}"));
                });
            }
            every_command_prints_clean_text(&path, &dir.0, &name);
        } else {
            assert!(name.starts_with("refuse-"), "{name}: load- or refuse-");
            let e = loaded.err().unwrap_or_else(|| panic!("{name} is refused"));
            assert_printable(&e.to_string(), &format!("{name}: the message"));
            let out = run(&["check", path.to_str().expect("UTF-8")], &dir.0);
            assert_eq!(out.code, Some(3), "{name}: {}", out.stderr);
            assert_printable(&out.stderr, &format!("{name}: check's message"));
        }
    }
}
