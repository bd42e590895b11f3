//! The actions the command line, the config and the tests send to set the dashboard up:
//! the language, the theme, the filters, and how the deck is made.

use super::action::Action;
use super::state::App;
use super::update::Effect;

/// What the command line and the config set: these act in any state (before the first
/// resize, under a blanked slide), since no key stands behind them.
pub(super) fn apply(app: &mut App, action: Action) -> Result<Effect, Action> {
    match action {
        Action::SetLang(lang) => {
            app.settings.lang = lang;
            // Title order depends on the language.
            app.refilter();
        }
        Action::SetTheme(theme) => app.settings.theme = theme,
        Action::SetFilters(filters) => {
            app.filters = filters;
            app.refilter();
        }
        Action::SetBilingual(on) => app.deck.bilingual = on,
        Action::SetPlan(plan) => app.deck.plan = plan.map(|p| *p),
        action => return Err(action),
    }
    Ok(Effect::Redraw)
}
