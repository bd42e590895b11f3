//! The help screen's content: every key, by what it does.

use crate::data::Lang;

/// Every key, by what it does.
pub fn rows(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let en = [
        ("↑ ↓  j k", "move the selection"),
        ("← →  h l  Tab  [ ]", "previous / next tab"),
        ("1 – 5", "go to a tab"),
        ("g G  Home End", "first / last row"),
        ("PgUp PgDn  Ctrl-u Ctrl-d", "page up / down"),
        ("Enter", "zoom the detail (again to go back)"),
        ("/", "search every tab; Enter keeps, Esc clears"),
        ("s", "filter by sector; Esc in it clears"),
        ("Esc", "leave the zoom, then clear filters"),
        ("o", "cycle the sort of this table"),
        ("y", "copy the selected record"),
        ("e", "export what is on show to a Markdown brief"),
        ("p", "presentation mode (slides)"),
        ("L", "English / русский"),
        ("t", "cycle the theme"),
        ("mouse", "click a tab or a row; wheel scrolls"),
        ("?", "this help"),
        ("q  Ctrl-c", "quit"),
    ];
    let ru = [
        ("↑ ↓  j k", "выбор строки"),
        ("← →  h l  Tab  [ ]", "предыдущая / следующая вкладка"),
        ("1 – 5", "перейти на вкладку"),
        ("g G  Home End", "первая / последняя строка"),
        ("PgUp PgDn  Ctrl-u Ctrl-d", "страница вверх / вниз"),
        ("Enter", "развернуть подробности (ещё раз — назад)"),
        (
            "/",
            "поиск по всем вкладкам; Enter — оставить, Esc — сбросить",
        ),
        ("s", "фильтр по отрасли; Esc в нём сбрасывает"),
        ("Esc", "свернуть, затем сбросить фильтры"),
        ("o", "сменить порядок таблицы"),
        ("y", "скопировать запись"),
        ("e", "сохранить показанное в Markdown-справку"),
        ("p", "режим презентации (слайды)"),
        ("L", "English / русский"),
        ("t", "сменить тему"),
        ("мышь", "щелчок по вкладке или строке; колесо — прокрутка"),
        ("?", "эта справка"),
        ("q  Ctrl-c", "выход"),
    ];
    match lang {
        Lang::En => en.to_vec(),
        Lang::Ru => ru.to_vec(),
    }
}
