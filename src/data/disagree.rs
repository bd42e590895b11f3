//! Where a record's sources disagree: figures of one label that differ, statuses reported
//! differently, or a source that disputes the record. And the short words that show it:
//! "sources differ: $7.4bn (Akorda, 2 Sep 2025) · ~$7.7bn (TASS, 12 Apr 2024)".

use super::record::Record;
use super::schema::{Dataset, Figure, Lang, Stance, StatusReport, Text};
use crate::words::W;

/// The figures of a record that share a label, in file order.
#[derive(Clone, Debug)]
pub struct FigureGroup<'a> {
    pub label: &'a Text,
    pub figures: Vec<&'a Figure>,
}

impl FigureGroup<'_> {
    /// Whether its figures state different amounts (the same figure from two sources agrees).
    pub fn differ(&self) -> bool {
        let key = |f: &Figure| {
            (
                f.amount().unwrap_or(f.value).to_bits(),
                f.currency.clone(),
                f.unit.en.clone(),
                f.qualifier.as_ref().map(|q| q.en.clone()),
            )
        };
        let mut keys = self.figures.iter().map(|f| key(f));
        let first = keys.next();
        keys.any(|k| Some(k) != first)
    }
}

/// Everything on which a record's sources part ways; empty when they agree.
#[derive(Clone, Debug, Default)]
pub struct Disagreement<'a> {
    /// Labels whose figures differ, each with all its figures.
    pub figures: Vec<FigureGroup<'a>>,
    /// The status reports, when they name more than one status.
    pub statuses: Vec<&'a StatusReport>,
    /// Source ids whose evidence disputes the record.
    pub disputed_by: Vec<&'a str>,
}

impl Disagreement<'_> {
    pub fn is_empty(&self) -> bool {
        self.figures.is_empty() && self.statuses.is_empty() && self.disputed_by.is_empty()
    }
}

impl<'a> Record<'a> {
    /// Figures grouped by label, groups in the order their first figure appears.
    pub fn figure_groups(&self) -> Vec<FigureGroup<'a>> {
        let mut groups: Vec<FigureGroup<'a>> = Vec::new();
        for f in self.figures() {
            match groups.iter_mut().find(|g| *g.label == f.label) {
                Some(g) => g.figures.push(f),
                None => groups.push(FigureGroup {
                    label: &f.label,
                    figures: vec![f],
                }),
            }
        }
        groups
    }

    /// Where its sources disagree.
    pub fn disagreement(&self) -> Disagreement<'a> {
        let reports = self.status_reports();
        let statuses_differ = reports.iter().any(|r| r.status != reports[0].status);
        let mut disputed_by: Vec<&'a str> = self
            .evidence()
            .iter()
            .filter(|e| e.stance == Some(Stance::Disputes))
            .map(|e| e.source.as_str())
            .collect();
        disputed_by.dedup();
        Disagreement {
            figures: self
                .figure_groups()
                .into_iter()
                .filter(FigureGroup::differ)
                .collect(),
            statuses: if statuses_differ {
                reports.iter().collect()
            } else {
                Vec::new()
            },
            disputed_by,
        }
    }

    /// Whether its sources disagree on anything.
    pub fn sources_disagree(&self) -> bool {
        !self.disagreement().is_empty()
    }
}

impl Dataset {
    /// One line per disagreement of `rec`, in the reader's language.
    pub fn disagreement_lines(&self, rec: &Record<'_>, lang: Lang) -> Vec<String> {
        let d = rec.disagreement();
        let mut lines = Vec::new();
        for g in &d.figures {
            let each: Vec<String> = g
                .figures
                .iter()
                .map(|f| {
                    let source = f.source.as_deref().unwrap_or("");
                    self.attributed(figure_short(f, lang), source, f.date.as_deref(), lang)
                })
                .collect();
            let lead = W::SourcesDiffer.get(lang);
            lines.push(format!("{lead}: {}", each.join(" · ")));
        }
        if !d.statuses.is_empty() {
            let each: Vec<String> = d
                .statuses
                .iter()
                .map(|r| {
                    let name = self
                        .status(&r.status)
                        .map_or(r.status.as_str(), |s| s.name.get(lang));
                    self.attributed(name.to_string(), &r.source, Some(&r.date), lang)
                })
                .collect();
            let lead = W::StatusDiffers.get(lang);
            lines.push(format!("{lead}: {}", each.join(" · ")));
        }
        if !d.disputed_by.is_empty() {
            let outlets: Vec<&str> = d
                .disputed_by
                .iter()
                .map(|id| self.source(id).map_or(*id, |s| s.outlet.as_str()))
                .collect();
            let lead = W::DisputedBy.get(lang);
            lines.push(format!("{lead}: {}", outlets.join(", ")));
        }
        lines
    }

    /// "what (Outlet, 2 Sep 2025)": the date given, else the source's publication date.
    pub fn attributed(&self, what: String, source: &str, date: Option<&str>, lang: Lang) -> String {
        let found = self.source(source);
        let date = date.or_else(|| found.and_then(|s| s.published.as_deref()));
        let mut who: Vec<String> = found.map(|s| s.outlet.to_string()).into_iter().collect();
        who.extend(date.map(|d| date_short(d, lang)));
        if who.is_empty() {
            what
        } else {
            format!("{what} ({})", who.join(", "))
        }
    }
}

/// "2 Sep 2025" / "2 сен 2025" for YYYY-MM-DD; anything else as it is.
pub fn date_short(date: &str, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const RU: [&str; 12] = [
        "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ];
    let mut parts = date.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return date.to_string();
    };
    let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) else {
        return date.to_string();
    };
    let names = match lang {
        Lang::En => EN,
        Lang::Ru => RU,
    };
    match m.checked_sub(1).and_then(|i| names.get(i)) {
        Some(month) => format!("{d} {month} {y}"),
        None => date.to_string(),
    }
}

/// A figure in a few characters: "$7.4bn", "~$7.7bn", "more than 20 documents".
pub fn figure_short(f: &Figure, lang: Lang) -> String {
    let prefix = qualifier_prefix(f, lang);
    let (Some(code), Some(amount)) = (f.currency.as_deref(), f.amount()) else {
        return format!("{prefix}{} {}", number(f.value), f.unit.get(lang));
    };
    let (scaled, suffix) = if amount.abs() >= 1e12 {
        (amount / 1e12, W::Trillions.get(lang))
    } else if amount.abs() >= 1e9 {
        (amount / 1e9, W::Billions.get(lang))
    } else if amount.abs() >= 1e6 {
        (amount / 1e6, W::Millions.get(lang))
    } else {
        (amount, "")
    };
    let (before, after) = match code {
        "USD" => ("$", String::new()),
        "EUR" => ("€", String::new()),
        "CNY" => ("¥", String::new()),
        "KZT" => ("", " ₸".to_string()),
        "RUB" => ("", " ₽".to_string()),
        other => ("", format!(" {other}")),
    };
    format!("{prefix}{before}{}{suffix}{after}", number(scaled))
}

/// What goes before a figure's number: "~" for "about", "more than " as the source says it.
pub fn qualifier_prefix(f: &Figure, lang: Lang) -> String {
    let qualifier = f.qualifier.as_ref().map(|q| q.get(lang).trim());
    let approx = qualifier.is_some_and(|q| {
        [
            "about",
            "around",
            "approximately",
            "около",
            "примерно",
            "порядка",
        ]
        .contains(&q.to_lowercase().as_str())
    });
    match qualifier {
        Some(_) if approx => "~".to_string(),
        Some(q) => format!("{q} "),
        None => String::new(),
    }
}

/// A number without a trailing ".0", to at most three decimals.
pub fn number(x: f64) -> String {
    let s = format!("{:.3}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::clean::Clean;

    fn money(value: f64, qualifier: Option<&str>) -> Figure {
        let t = |s: &str| Text {
            en: Clean::from(s),
            ru: Clean::from(s),
        };
        Figure {
            label: t("Cost"),
            value,
            unit: t("billion US dollars"),
            qualifier: qualifier.map(t),
            horizon: None,
            currency: Some(Clean::from("USD")),
            scale: Some(1_000_000_000),
            source: None,
            date: None,
        }
    }

    #[test]
    fn money_is_written_short() {
        assert_eq!(figure_short(&money(7.4, None), Lang::En), "$7.4bn");
        assert_eq!(
            figure_short(&money(7.7, Some("about")), Lang::En),
            "~$7.7bn"
        );
        assert_eq!(
            figure_short(&money(1.0, Some("over")), Lang::En),
            "over $1bn"
        );
        assert_eq!(figure_short(&money(7.4, None), Lang::Ru), "$7.4 млрд");
        assert_eq!(figure_short(&money(5000.0, None), Lang::En), "$5tn");
        assert_eq!(figure_short(&money(1500.0, None), Lang::Ru), "$1.5 трлн");
        let mut tenge = money(0.5, None);
        tenge.currency = Some(Clean::from("KZT"));
        assert_eq!(figure_short(&tenge, Lang::En), "500m ₸");
    }

    #[test]
    fn dates_are_written_short() {
        assert_eq!(date_short("2025-09-02", Lang::En), "2 Sep 2025");
        assert_eq!(date_short("2024-04-30", Lang::Ru), "30 апр 2024");
        assert_eq!(date_short("2024-13-30", Lang::En), "2024-13-30");
    }
}
