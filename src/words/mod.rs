//! Interface words, in English and Russian: one table, so a missing translation is a
//! compile error (the macro takes both), and counted nouns take the plural their number
//! asks for in each language (`plural.rs`).

use crate::data::Lang;

mod plural;

pub use plural::{count, Noun};

macro_rules! words {
    ($($name:ident => $en:expr, $ru:expr;)+) => {
        /// An interface word or phrase; `say` gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum W { $($name),+ }

        impl W {
            pub const ALL: &'static [W] = &[$(W::$name),+];

            /// The word in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((W::$name, Lang::En) => $en, (W::$name, Lang::Ru) => $ru,)+
                }
            }

            /// The word in `lang`, each `{name}` in it replaced by its value: "{n} found",
            /// "найдено: {n}".
            pub fn fill(self, lang: Lang, values: &[(&str, &dyn std::fmt::Display)]) -> String {
                values.iter().fold(self.get(lang).to_string(), |text, (name, value)| {
                    text.replace(&format!("{{{name}}}"), &value.to_string())
                })
            }
        }
    };
}

words! {
    Overview => "Overview", "Обзор";
    Timeline => "Timeline", "Хроника";
    Sources => "Sources", "Источники";
    Map => "Map", "Карта";
    Agreements => "Agreements", "Соглашения";
    Investments => "Investments", "Инвестиции";
    Corridors => "Corridors", "Коридоры";
    Quotes => "Quotes", "Цитаты";
    ShortOverview => "Over", "Обз";
    ShortAgreements => "Agr", "Согл";
    ShortInvestments => "Inv", "Инв";
    ShortCorridors => "Corr", "Кор";
    ShortQuotes => "Quot", "Цит";
    ShortTimeline => "Days", "Дни";
    ShortSources => "Src", "Ист";
    ShortMap => "Map", "Карта";
    Status => "Status", "Статус";
    Sectors => "Sectors", "Отрасли";
    Companies => "Companies", "Компании";
    People => "People", "Люди";
    Speaker => "Speaker", "Говорит";
    Place => "Place", "Место";
    Places => "Places", "Места";
    Figures => "Figures", "Цифры";
    Source => "Source", "Источник";
    Evidence => "Evidence", "Источники и доказательства";
    Translation => "Translation", "Перевод";
    Original => "Original", "Оригинал";
    Event => "Event", "Событие";
    Date => "Date", "Дата";
    Kind => "Kind", "Тип";
    RecordsCol => "Records", "Записи";
    EnterFilters => "Enter shows only these", "Enter — показать только их";
    Language => "Language", "Язык";
    Claimed => "Whose claim", "Чьё утверждение";
    Novelty => "At the visit", "На визите";
    SourcesDiffer => "sources differ", "источники расходятся";
    OneSourceOnly => "one source only", "только один источник";
    Achieved => "Done", "Сделано";
    Underway => "Under way", "В процессе";
    Intended => "Agreed, planned or proposed", "Договорено, запланировано или предложено";
    AndMore => "more", "ещё";
    NoRecordSelected => "No record selected.", "Запись не выбрана.";
    NothingMatches => "Nothing matches.", "Ничего не найдено.";
    Searching => "Searching…", "Идёт поиск…";
    Summary => "Summary", "Итоги";
    ColAgreement => "Agreement", "Соглашение";
    ColProject => "Project", "Проект";
    ColSector => "Sector", "Отрасль";
    ColRoute => "Route", "Маршрут";
    ColTarget => "Target", "Цель";
    ColWho => "Speaker", "Кто";
    ColTopic => "Topic", "Тема";
    ColSources => "Sources", "Источники";
    NothingMatchesEsc => "Nothing matches. Esc clears the search and the filters.", "Ничего не найдено. Esc сбрасывает поиск и фильтры.";
    SortedBy => "sorted by", "сортировка:";
    Found => "found", "найдено";
    SearchingLower => "searching…", "идёт поиск…";
    SectorLower => "sector", "отрасль";
    CompanyLower => "company", "компания";
    PersonLower => "person", "человек";
    PlaceLower => "place", "место";
    StatusLower => "status", "статус";
    StageLower => "stage", "стадия";
    NoveltyLower => "novelty", "новизна";
    SourceLower => "source", "источник";
    LangTag => " EN ", " RU ";
    TheVisit => "The visit", "Визит";
    Outcomes => "Outcomes", "Итоги";
    More => " ↓ j/k: more ", " ↓ j/k: ещё ";
    HeadlineFigures => "Headline figures", "Главные цифры";
    WhereInvestmentGoes => "Where investment goes", "Куда идут инвестиции";
    ExpertReading => "The expert's reading", "Оценки эксперта";
    Keys => "Keys", "Клавиши";
    FilterBy => "Filter by", "Фильтр:";
    TypeToNarrow => "type to narrow", "введите, чтобы сузить";
    NoValues => "No values among the records on show", "Среди показанных записей нет значений";
    ZoomHint => " Enter: zoom ", " Enter: развернуть ";
    BackHint => " Enter/Esc: back ", " Enter/Esc: назад ";
    Copied => "Copied to the clipboard", "Скопировано в буфер обмена";
    NoAddress => "No page address for this record", "У этой записи нет адреса страницы";
    Opening => "Opening", "Открывается";
    NoOpener => "No browser opener found (xdg-open or open); the address:", "Не найдена программа для открытия ссылок (xdg-open или open); адрес:";
    Exported => "Exported to", "Сохранено:";
    ExportFailed => "Export failed:", "Не удалось сохранить:";
    Of => "of", "из";
    Paragraph => "paragraph", "абзац";
    Paragraphs => "paragraphs", "абзацы";
    Official => "official", "официально";
    Press => "press", "пресса";
    Expert => "expert", "эксперт";
    New => "new at the visit", "новое на визите";
    Advanced => "an earlier project advanced", "продвижение прежнего проекта";
    Existing => "mentioned, not new", "упомянуто, не новое";
    Supports => "supports", "подтверждает";
    Disputes => "disputes", "оспаривает";
    Updates => "updates", "уточняет";
    GroupNew => "New at the visit", "Новое на визите";
    GroupAdvanced => "Earlier projects taken further", "Продвижение прежних проектов";
    GroupExisting => "Existing, only mentioned", "Существующее, только упомянуто";
    ByOfficial => "the official record", "официальные данные";
    ByPress => "press reports", "сообщения прессы";
    ByExpert => "the expert's claims", "утверждения эксперта";
    OpenHint => " Enter: open ", " Enter: открыть ";
    MoreBelow => " ↓ more ", " ↓ ещё ";
    Related => "Related records", "Связанные записи";
    RelatedKeys => "r: move here", "r — перейти сюда";
    ColumnsOf => "Columns:", "Столбцы:";
    NoColumns => "This view has no columns to choose: c works on the record tables", "В этом разделе нет столбцов для выбора: c работает в таблицах записей";
    TitleStays => "The title column always shows", "Столбец заголовка скрыть нельзя";
    Always => "always", "всегда";
    HintOpen => "open", "открыть";
    SameCompany => "Same company", "Та же компания";
    SamePerson => "Same person", "Тот же человек";
    SamePlace => "Same place", "То же место";
    SameEvent => "Same event", "То же событие";
    SameSource => "Same source", "Тот же источник";
    JumpsBack => "back", "назад";
    JumpsForward => "forward", "вперёд";
    ColSrc => "Src", "Ист";
    TooSmall => "Terminal too small", "Окно слишком мало";
    Needs => "visit-dash needs at least", "Нужно хотя бы";
    QQuits => "q quits.", "q — выход.";
    MapTitle => "Where the records are", "Где находятся записи";
    MapSlideTitle => "Where the visit lands", "География визита";
    Gazetteer => "Gazetteer", "Справочник";
    Approximate => "approximate: the region's centre", "приблизительно: центр региона";
    ExactPoint => "the town's own point", "точка самого города";
    RecordsHere => "Records here", "Записи здесь";
    EnterListsRecords => " Enter: the records here ", " Enter: записи здесь ";
    EnterOpensRecord => " Enter: open · Esc: close ", " Enter: открыть · Esc: закрыть ";
    Routes => "Routes", "Маршруты";
    NoPlace => "No place on the map.", "На карте нет мест.";
    LitFor => "Lit: the places of", "Подсвечены места записи";
    Results => "Results", "Результаты";
    Category => "Category", "Раздел";
    Title => "Title", "Заголовок";
    MatchedIn => "Matched in", "Найдено в";
    EnterOpens => "Enter or a click opens", "Enter или щелчок — открыть";
    InTitle => "title", "заголовок";
    InAliases => "other names", "другие названия";
    InCompanies => "companies", "компании";
    InPeople => "people", "люди";
    InSectors => "sectors", "отрасли";
    InStatus => "status", "статус";
    InPlace => "place", "место";
    InSummary => "summary", "описание";
    InQuote => "quote", "цитата";
    InEvent => "event", "событие";
    InEvidence => "evidence", "источник";
    InDate => "date", "дата";
    InOutlet => "outlet", "издание";
    InHost => "site", "сайт";
    InHeadline => "headline", "заголовок";
    Hidden => "hidden", "скрыт";
    Brief => "Summary", "Кратко";
    OutcomesByStage => "Outcomes by stage", "Итоги по этапам";
    Stage => "Stage", "Этап";
    RecordsCount => "Records", "Записей";
    Figure => "Figure", "Цифра";
    What => "What", "Что";
    Record => "Record", "Запись";
    Slide => "Slide", "Слайд";
    AndNMore => "… and {n} more", "… и ещё {n}";
    SlideAchieved => "Done: signed, opened, announced", "Сделано: подписано, открыто, объявлено";
    SlideIntended => "Agreed, planned, proposed", "Договорённости, планы, предложения";
    AsOf => "as of", "по состоянию на";
    Interviewee => "interviewee", "собеседник";
    Filter => "Filter", "Фильтр";
    SearchLower => "search", "поиск";
    NoRecordsMatchFilter => "No records match the filter.", "Под фильтр не попала ни одна запись.";
    OriginalLower => "original", "оригинал";
    TranslationLower => "translation", "перевод";
    QuoteOpen => "“", "«";
    QuoteClose => "”", "»";
    ShowingOfTotal => "Showing {shown} of {total} records.", "Показано записей: {shown} из {total}.";
    LastSlideShown => "The last slide on show cannot be hidden", "Последний показываемый слайд скрыть нельзя";
    DeckSaved => "Deck saved to", "Презентация сохранена:";
    DeckSaveFailed => "Could not save the deck:", "Не удалось сохранить презентацию:";
    SlidesIndex => " Slides: ↑↓ choose, Enter go ", " Слайды: ↑↓ выбор, Enter — перейти ";
    SlideKeys => " Slide keys: any key closes ", " Клавиши слайдов: любая клавиша закрывает ";
    ChartStage => "Outcomes by stage", "Итоги по этапам";
    ChartNovelty => "Outcomes: new at the visit or not", "Итоги: новое на визите или нет";
    ChartMoney => "Money by outcome, in US dollars as each source gives it", "Деньги по итогам, в долларах США, как у источников";
    ChartSectors => "Outcomes by sector", "Итоги по отраслям";
    ChartTarget => "Targets against their baselines", "Цели против исходного уровня";
    ChartPattern => "Where investment has gone, where interest grows: the visit's outcomes", "Куда шли инвестиции, где растёт интерес: итоги визита";
    NoStatus => "No status given", "Статус не указан";
    RangeLegend => "▒ a range: the sources differ, lowest to highest", "▒ разброс: источники расходятся, от меньшего к большему";
    BeyondScale => "» far beyond the scale: drawn cut short, its value printed", "» далеко за шкалой: полоса укорочена, значение указано";
    NotAddedUp => "Not added up: a total may hold its parts.", "Не суммируется: общая сумма может включать части.";
    NotConverted => "Left out, in another currency (not converted):", "Не показано, в другой валюте (без пересчёта):";
    EachSectorCounts => "An outcome counts once under each of its sectors.", "Итог считается в каждой из своих отраслей.";
    InvestmentHasGone => "Where investment has gone", "Куда шли инвестиции";
    InterestGrows => "Where interest grows", "Где растёт интерес";
    SectorsAsNamed => "Sectors as named in", "Отрасли по источнику:";
    PatternCounts => "Bars: the visit's outcomes on show in each sector.", "Полосы: итоги визита в каждой отрасли.";
    TargetScale => "Each pair on its own scale.", "У каждой пары своя шкала.";
    NothingToChart => "Nothing on show to chart.", "Нечего показать на диаграмме.";
    Charts => "Charts", "Диаграммы";
    FoundCount => "{n} found", "найдено: {n}";
    MarkedCount => "✓ {n} marked", "✓ отмечено: {n}";
    ContinuedOnNext => "… continued on the next slide ({n}/{of}) →", "… продолжение на следующем слайде ({n}/{of}) →";
    ContinuedFrom => "(continued, {n}/{of})", "(продолжение, {n}/{of})";
    MorePgDn => " ↓ PgDn: more ", " ↓ PgDn: ещё ";
    Mouse => "mouse", "мышь";
    MouseHelp => "click a tab or a row; the wheel scrolls", "щелчок по вкладке или строке; колесо — прокрутка";
    SortRelevance => "relevance", "релевантность";
    SortArticle => "article order", "порядок статьи";
    SortTitle => "title", "название";
    SortStatus => "status", "статус";
    NotesSummary => "Done, under way, only intended: the records on show by stage.", "Сделано, в процессе, только намечено: записи по этапам.";
    WhereSourcesDisagree => "Where sources disagree:", "Где источники расходятся:";
    ClaimedBy => "Claimed by", "Чьё утверждение";
    NoveltyLabel => "Novelty", "Новизна";
    EvidenceHeading => "Evidence", "Источники";
    ColOutlet => "outlet", "издание";
    ColPublished => "published", "дата";
    ColKind => "kind", "вид";
    ColLang => "lang", "язык";
    ColSupports => "supports", "подтв.";
    ColDisputes => "disputes", "оспар.";
    ColUpdates => "updates", "обновл.";
    KindOfficial => "Official", "Официально";
    KindNews => "News", "Новости";
    KindInterview => "Interview", "Интервью";
    KindAnalysis => "Analysis", "Аналитика";
    KindAggregator => "Aggregator", "Агрегатор";
    StanceUpdates => "updates", "обновляет";
    NoveltyAdvanced => "advanced", "продвинулось";
    NoveltyExisting => "existing", "существующее";
    StatusDiffers => "status differs", "статус расходится";
    DisputedBy => "disputed by", "оспаривает";
    Trillions => "tn", " трлн";
    Billions => "bn", " млрд";
    Millions => "m", " млн";
}

/// Shorthand: `say(W::Status, lang)`.
pub fn say(w: W, lang: Lang) -> &'static str {
    w.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}`s a word leaves for its values, sorted.
    fn blanks(text: &str) -> Vec<&str> {
        let mut out: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn both_languages_leave_the_same_blanks_for_values() {
        for w in W::ALL {
            assert_eq!(blanks(w.get(Lang::En)), blanks(w.get(Lang::Ru)), "{w:?}");
        }
        let n: &dyn std::fmt::Display = &12;
        let of: &dyn std::fmt::Display = &30;
        assert_eq!(
            W::ContinuedFrom.fill(Lang::Ru, &[("n", n), ("of", of)]),
            "(продолжение, 12/30)"
        );
        assert_eq!(W::FoundCount.fill(Lang::En, &[("n", n)]), "12 found");
    }

    #[test]
    fn every_word_has_both_languages_and_they_differ_where_they_should() {
        for w in W::ALL {
            assert!(!w.get(Lang::En).trim().is_empty(), "{w:?} en");
            assert!(!w.get(Lang::Ru).trim().is_empty(), "{w:?} ru");
        }
    }
}
