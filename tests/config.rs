//! The config file: what it sets, the keys it rebinds (and how help and the footer then
//! read), the refusals of a broken one with their exact messages, and its precedence
//! below the environment and the command line.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use visit_dash::app::keymap::{bindable, Keymap, Layer};
use visit_dash::app::{Action, Mode, Tab};
use visit_dash::config::{self, default_file, ConfigError};
use visit_dash::data::Lang;

fn parse(text: &str) -> Result<config::Config, ConfigError> {
    config::parse(text, Path::new("config.toml"))
}

fn refusal(text: &str) -> String {
    match parse(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => e.to_string(),
    }
}

fn keymap(text: &str) -> Keymap {
    let c = parse(text).unwrap_or_else(|e| panic!("{e}"));
    Keymap::with(c.rebinds)
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn settings_are_read() {
    let c = parse(
        "theme = \"light\"\nlang = \"ru\"\nmouse = false\ntab = \"quotes\"\ndata = \"d.json\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.theme.as_deref(), Some("light"));
    assert_eq!(c.lang, Some(Lang::Ru));
    assert_eq!(c.mouse, Some(false));
    assert_eq!(
        c.tab,
        Some(Tab::parse("quotes").unwrap_or_else(|| panic!("tab")))
    );
    assert_eq!(c.data, Some(PathBuf::from("d.json")));
    assert!(c.warnings.is_empty());
}

#[test]
fn a_rebound_action_loses_its_default_keys_and_takes_the_users() {
    let k = keymap("[keys.normal]\nquit = [\"x\", \"ctrl-q\"]\n");
    assert_eq!(k.action(key('x'), Mode::Normal), Some(Action::Quit));
    let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(k.action(ctrl_q, Mode::Normal), Some(Action::Quit));
    assert_eq!(k.action(key('q'), Mode::Normal), None);
    // Other modes keep their own `q`.
    assert_eq!(k.action(key('q'), Mode::Present), Some(Action::Quit));
}

#[test]
fn a_key_taken_from_another_action_leaves_it() {
    let k = keymap("[keys.normal]\nquit = [\"j\"]\n");
    assert_eq!(k.action(key('j'), Mode::Normal), Some(Action::Quit));
    let rows = k.help_rows(&[Layer::Normal], Lang::En, 5);
    let find = |what: &str| {
        rows.iter()
            .find(|(_, w)| *w == what)
            .map(|(k, _)| k.clone())
            .unwrap_or_else(|| panic!("no row {what}"))
    };
    assert_eq!(
        find("move the selection (in a zoomed detail: scroll)"),
        "↑ ↓ k"
    );
    assert_eq!(find("quit"), "j");
}

#[test]
fn help_and_the_footer_show_the_users_keys() {
    let k = keymap("[keys.normal]\nsearch_start = [\"f\"]\nfacet_open = [\"ctrl-s\", \"s\"]\n");
    let hints: Vec<(String, &str)> = k
        .hints(Layer::Normal, false, Lang::En, 5)
        .into_iter()
        .map(|h| (h.keys, h.label))
        .collect();
    assert_eq!(hints[0], ("f".to_string(), "search"));
    assert_eq!(hints[1], ("Ctrl-s".to_string(), "filter"));
    let rows = k.help_rows(&[Layer::Normal], Lang::En, 5);
    assert_eq!(rows[0].0, "f");
    assert_eq!(rows[1].0, "Ctrl-s s");
    // Unchanged lines read as the table has them.
    assert_eq!(rows[2].0, "1–5");
}

#[test]
fn a_pair_split_by_the_user_shows_each_half_in_its_place() {
    let k = keymap("[keys.normal]\nup = [\"w\"]\n");
    let rows = k.help_rows(&[Layer::Normal], Lang::En, 5);
    let row = rows
        .iter()
        .find(|(_, w)| w.starts_with("move the selection"))
        .unwrap_or_else(|| panic!("no move row"));
    assert_eq!(row.0, "w ↓ j");
    assert_eq!(k.action(key('w'), Mode::Normal), Some(Action::Up));
    assert_eq!(k.action(key('k'), Mode::Normal), None);
}

#[test]
fn two_spellings_of_one_key_are_one_key() {
    insta::assert_snapshot!(refusal("[keys.global]\nquit = [\"ctrl-c\"]\nredraw = [\"CTRL-C\"]\n"), @"config config.toml:3:11: key `CTRL-C` is bound twice in [keys.global]: to `quit` (as `ctrl-c`) and to `redraw`, expected each key once per mode");
}

#[test]
fn russian_letters_act_as_the_qwerty_key_in_their_place() {
    let k = Keymap::default();
    assert_eq!(k.action(key('й'), Mode::Normal), Some(Action::Quit));
    assert_eq!(k.action(key('ы'), Mode::Normal), Some(Action::FacetOpen));
    assert_eq!(k.action(key('о'), Mode::Normal), Some(Action::Down));
    assert_eq!(k.action(key('П'), Mode::Normal), Some(Action::Bottom));
    assert_eq!(k.action(key('Д'), Mode::Normal), Some(Action::ToggleLang));
    // The facet panel takes letters as text: a Cyrillic letter narrows its values.
    assert_eq!(
        k.action(key('о'), Mode::Facet),
        Some(Action::FacetInput('о'))
    );
    assert_eq!(k.action(key('й'), Mode::Help), Some(Action::ToggleHelp));
    assert_eq!(k.action(key('о'), Mode::Present), Some(Action::SlideNext));
    assert_eq!(k.action(key('ш'), Mode::Present), Some(Action::SlideIndex));
    // `:` is bound to nothing, so neither is Ж in its place.
    assert_eq!(k.action(key('Ж'), Mode::Normal), None);
}

#[test]
fn typed_text_is_never_remapped() {
    let k = Keymap::default();
    for c in ['й', 'ы', 'о', 'Ж'] {
        assert_eq!(k.action(key(c), Mode::Search), Some(Action::SearchInput(c)));
    }
    // Control keys are commands, not text: Ctrl-Ц deletes a word as Ctrl-W does.
    let ctrl_w = KeyEvent::new(KeyCode::Char('ц'), KeyModifiers::CONTROL);
    assert_eq!(
        k.action(ctrl_w, Mode::Search),
        Some(Action::SearchDeleteWord)
    );
}

#[test]
fn a_letter_the_user_binds_is_not_read_as_the_layout() {
    let k = keymap("[keys.normal]\ncycle_sort = [\"o\", \"й\"]\n");
    assert_eq!(k.action(key('й'), Mode::Normal), Some(Action::CycleSort));
    // ц is still `w`, bound to nothing.
    assert_eq!(k.action(key('ц'), Mode::Normal), None);
}

#[test]
fn the_default_file_uncommented_is_the_default_config() {
    let uncommented: String = default_file()
        .lines()
        .filter_map(|l| l.strip_prefix("# "))
        .filter(|l| l.starts_with('[') || l.contains(" = "))
        .map(|l| format!("{l}\n"))
        .collect();
    let c = parse(&uncommented).unwrap_or_else(|e| panic!("{e}\n{uncommented}"));
    assert_eq!(c.theme.as_deref(), Some("dark"));
    assert_eq!(c.themes.len(), 1);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let mine = Keymap::with(c.rebinds);
    let table = Keymap::default();
    for layer in [
        Layer::Global,
        Layer::Normal,
        Layer::Search,
        Layer::Facet,
        Layer::Help,
    ] {
        assert_eq!(
            mine.help_rows(&[layer], Lang::En, 5),
            table.help_rows(&[layer], Lang::En, 5),
            "{layer:?}"
        );
        assert!(!bindable(layer).is_empty());
    }
}

#[test]
fn a_hard_to_read_theme_is_warned_about() {
    let c = parse("theme = \"grey\"\n[themes.grey]\nbased_on = \"light\"\ntext = \"#777777\"\n")
        .unwrap_or_else(|e| panic!("{e}"));
    insta::assert_snapshot!(c.warnings.join("\n"), @"theme `grey`: text on background has a contrast of 4.48:1, under the 4.5:1 that WCAG AA asks for; it may be hard to read");
    let ok = parse("[themes.ink]\nbased_on = \"light\"\ntext = \"#595959\"\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(ok.warnings.is_empty(), "{:?}", ok.warnings);
    assert_eq!(
        ok.themes[0].build().base.fg,
        Some(ratatui::style::Color::Rgb(0x59, 0x59, 0x59))
    );
}

#[test]
fn an_unknown_setting_is_refused() {
    insta::assert_snapshot!(refusal("theme = \"dark\"\ncolour = \"red\"\n"), @"config config.toml:2:1: unknown field `colour`, expected one of `theme`, `lang`, `mouse`, `tab`, `data`, `themes`, `keys`");
}

#[test]
fn a_key_bound_twice_in_one_mode_is_refused() {
    insta::assert_snapshot!(refusal("[keys.normal]\nquit = [\"q\"]\nsearch_start = [\"/\", \"q\"]\n"), @"config config.toml:3:22: key `q` is bound twice in [keys.normal]: to `quit` and to `search_start`, expected each key once per mode");
}

#[test]
fn a_colour_that_does_not_parse_is_refused() {
    insta::assert_snapshot!(refusal("[themes.mine]\ntext = \"blurple\"\n"), @"config config.toml:2:8: `blurple` is not a colour, expected a name such as `blue` or `light-red`, `#rrggbb`, or a number 0-255");
}

#[test]
fn an_unknown_action_is_refused() {
    insta::assert_snapshot!(refusal("[keys.help]\nquit = [\"x\"]\n"), @"config config.toml:2:1: unknown action `quit` in [keys.help], expected one of `toggle_help`, `up`, `down`, `page_up`, `page_down`, `top`");
}

#[test]
fn other_mistakes_are_refused_where_they_are() {
    insta::assert_snapshot!(refusal("[keys.normal]\nquit = [\"hyper-q\"]\n"), @"config config.toml:2:9: unknown key `hyper-q`, expected a key such as `q`, `G`, `ctrl-u`, `shift-tab`, `pgdown`");
    insta::assert_snapshot!(refusal("lang = \"kk\"\n"), @"config config.toml:1:8: unknown lang `kk`, expected `en` or `ru`");
    insta::assert_snapshot!(refusal("theme = \"sepia\"\n"), @"config config.toml:1:9: unknown theme `sepia`, expected one of `dark`, `light`, `high-contrast`, `mono`");
    insta::assert_snapshot!(refusal("[keys.insert]\n"), @"config config.toml:1:7: unknown field `insert`, expected one of `global`, `normal`, `search`, `facet`, `columns`, `help`, `present`, `index`");
    insta::assert_snapshot!(refusal("[themes.mine]\nbold = \"red\"\n"), @"config config.toml:2:1: unknown role `bold` in [themes.mine], expected `based_on` or one of `text`, `background`, `header`, `tab`, `tab_active`, `tab_active_background`, `border`, `border_focus`, `heading`, `table_header`, `selected`, `selected_background`, `matched`, `muted`, `label`, `figure`, `achieved`, `underway`, `intended`, `footer`, `key`, `popup`, `popup_background`, `quote`");
    insta::assert_snapshot!(refusal("mouse = \"yes\"\n"), @"config config.toml:1:9: invalid type: string \"yes\", expected a boolean");
    insta::assert_snapshot!(refusal("theme = \n"), @"config config.toml:1:9: string values must be quoted, expected literal string");
}

// The binary: refusal before the terminal, exit codes, precedence.

fn tmp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("config_tests")
        .join(name);
    drop(std::fs::remove_dir_all(&dir));
    std::fs::create_dir_all(dir.join("visit-dash")).unwrap_or_else(|e| panic!("{e}"));
    dir
}

/// Runs the binary with `home` as the config folder and a clean environment.
fn run(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_visit-dash"));
    cmd.args(args)
        .env("XDG_CONFIG_HOME", home)
        .env_remove("NO_COLOR")
        .env_remove("VISIT_DASH_THEME")
        .env_remove("VISIT_DASH_LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap_or_else(|e| panic!("run: {e}"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_broken_config_ends_with_exit_2_before_the_terminal_is_touched() {
    let home = tmp("broken");
    let file = home.join("visit-dash/config.toml");
    std::fs::write(&file, "[keys.normal]\nquit = [\"q\"]\nback = [\"q\"]\n")
        .unwrap_or_else(|e| panic!("{e}"));
    // The dashboard would refuse stdout that is not a terminal; the config comes first.
    let out = run(&home, &[], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let message = text(&out.stderr).replace(&home.display().to_string(), "[HOME]");
    insta::assert_snapshot!(message, @"visit-dash: config [HOME]/visit-dash/config.toml:3:9: key `q` is bound twice in [keys.normal]: to `quit` and to `back`, expected each key once per mode");
    // Commands that describe the program still work.
    assert_eq!(
        run(&home, &["config", "--path"], &[]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&home, &["config", "--default"], &[]).status.code(),
        Some(0)
    );
}

#[test]
fn a_missing_config_named_on_the_command_line_is_an_io_error() {
    let home = tmp("missing");
    let out = run(&home, &["--config", "no-such.toml", "list"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("visit-dash: cannot read config no-such.toml: "));
    // Without --config, no file is no settings.
    assert_eq!(run(&home, &["list"], &[]).status.code(), Some(0));
}

#[test]
fn config_path_follows_xdg_config_home_and_the_flag() {
    let home = tmp("path");
    let out = run(&home, &["config", "--path"], &[]);
    assert_eq!(
        text(&out.stdout),
        format!("{}\n", home.join("visit-dash/config.toml").display())
    );
    let out = run(
        &home,
        &["config", "--path", "--config", "elsewhere.toml"],
        &[],
    );
    assert_eq!(text(&out.stdout), "elsewhere.toml\n");
    let out = run(&home, &["config"], &[]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn command_line_beats_environment_beats_config() {
    let home = tmp("precedence");
    std::fs::write(home.join("visit-dash/config.toml"), "lang = \"ru\"\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let first_line = |out: Output| {
        text(&out.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let config = first_line(run(&home, &["list", "agreements"], &[]));
    let env = first_line(run(
        &home,
        &["list", "agreements"],
        &[("VISIT_DASH_LANG", "en")],
    ));
    let flag = first_line(run(
        &home,
        &["list", "agreements", "--lang", "ru"],
        &[("VISIT_DASH_LANG", "en")],
    ));
    let plain = first_line(run(&tmp("precedence_none"), &["list", "agreements"], &[]));
    assert!(config.chars().any(|c| ('а'..='я').contains(&c)), "{config}");
    assert_eq!(env, plain);
    assert_eq!(flag, config);
    assert_ne!(config, plain);
}

#[test]
fn the_config_names_a_default_dataset_relative_to_itself() {
    let home = tmp("data");
    std::fs::write(
        home.join("visit-dash/config.toml"),
        "data = \"missing.json\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = run(&home, &["check"], &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("missing.json"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn the_readme_example_is_a_valid_config() {
    let readme = include_str!("../README.md");
    let start = readme
        .find("```toml\n")
        .unwrap_or_else(|| panic!("no toml example in the README"));
    let body = &readme[start + 8..];
    let end = body
        .find("```")
        .unwrap_or_else(|| panic!("unclosed example"));
    let c = parse(&body[..end]).unwrap_or_else(|e| panic!("{e}"));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_eq!(c.custom_theme().map(|t| t.name.as_str()), Some("paper"));
    let k = Keymap::with(c.rebinds);
    assert_eq!(k.action(key('n'), Mode::Normal), Some(Action::Down));
    assert_eq!(k.action(key('f'), Mode::Normal), Some(Action::SearchStart));
}

#[test]
fn a_hard_to_read_theme_is_warned_about_on_stderr_and_still_used() {
    let home = tmp("contrast");
    std::fs::write(
        home.join("visit-dash/config.toml"),
        "theme = \"grey\"\n[themes.grey]\nbased_on = \"light\"\ntext = \"#777777\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = run(&home, &["list", "quotes"], &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.is_empty());
    insta::assert_snapshot!(text(&out.stderr), @"visit-dash: warning: theme `grey`: text on background has a contrast of 4.48:1, under the 4.5:1 that WCAG AA asks for; it may be hard to read");
}
