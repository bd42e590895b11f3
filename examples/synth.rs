//! A synthetic dataset for benchmarks: N bilingual records that pass `visit-dash check`.
//!
//! ```text
//! cargo run --release --example synth -- --records N [--seed S] [--text]
//! ```
//!
//! Records are split 40/35/10/15% over agreements, investments, corridors and quotes. Titles
//! and bodies come from templates filled with Kazakh and Chinese cities, companies, projects
//! and figures in both scripts. Each record is drawn from its own seed, so the output depends
//! only on N and S, and is streamed so a million records need no more memory than one.
//!
//! `--text` prints instead one line per record with the texts the search index reads
//! (titles, names of linked companies, people, sectors and status, place, bodies), so other
//! tools can be timed on the same text.
//!
//! The benches compile this file as a module (`#[path]`), so they search the same data.

use std::fmt::{self, Display};
use std::io::{self, BufWriter, Write};

fn main() {
    let mut records: Option<usize> = None;
    let mut seed: u64 = 1;
    let mut text = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--records" => records = args.next().and_then(|v| v.parse().ok()),
            "--seed" => match args.next().and_then(|v| v.parse().ok()) {
                Some(s) => seed = s,
                None => usage("--seed needs a whole number"),
            },
            "--text" => text = true,
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument `{other}`")),
        }
    }
    let Some(records) = records else {
        usage("--records N is required (a whole number)");
    };
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let result = if text {
        write_text(&mut out, records, seed)
    } else {
        write_dataset(&mut out, records, seed)
    };
    match result.and_then(|()| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("synth: {e}");
            std::process::exit(1);
        }
    }
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("synth: {problem}");
    }
    eprintln!("usage: synth --records N [--seed S] [--text]");
    std::process::exit(if problem.is_empty() { 0 } else { 2 });
}

/// The whole dataset as a string, for benches that load from memory.
pub fn dataset_json(records: usize, seed: u64) -> String {
    let mut buf = Vec::with_capacity(records * 1100 + 16 * 1024);
    write_dataset(&mut buf, records, seed).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("the generator writes UTF-8")
}

/// How many records of each category, in file order: 40/35/10/15%.
pub fn split(records: usize) -> [(Kind, usize); 4] {
    let agreements = records * 40 / 100;
    let investments = records * 35 / 100;
    let corridors = records * 10 / 100;
    let quotes = records - agreements - investments - corridors;
    [
        (Kind::Agreement, agreements),
        (Kind::Investment, investments),
        (Kind::Corridor, corridors),
        (Kind::Quote, quotes),
    ]
}

/// Writes a valid dataset of `records` records, one record per line.
pub fn write_dataset(w: &mut impl Write, records: usize, seed: u64) -> io::Result<()> {
    write_header(w, records)?;
    let mut n = 0usize;
    for (kind, count) in split(records) {
        write!(w, ",\n\"{}\": [", kind.key())?;
        for i in 0..count {
            let r = record(kind, n, seed);
            w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
            write_record(w, &r)?;
            n += 1;
        }
        w.write_all(b"\n]")?;
    }
    w.write_all(b"\n}\n")
}

/// Writes the searchable texts of each record, one line per record, in file order.
pub fn write_text(w: &mut impl Write, records: usize, seed: u64) -> io::Result<()> {
    let mut n = 0usize;
    for (kind, count) in split(records) {
        for _ in 0..count {
            let r = record(kind, n, seed);
            let mut parts: Vec<&str> = vec![&r.title.en, &r.title.ru];
            parts.extend(r.aliases.iter().map(String::as_str));
            for &c in &r.companies {
                let c = &COMPANIES[c];
                parts.extend([c.en, c.ru]);
                parts.extend(c.aliases);
            }
            for &p in &r.people {
                parts.extend([PEOPLE[p].en, PEOPLE[p].ru]);
            }
            for &s in &r.sectors {
                parts.extend([SECTORS[s].en, SECTORS[s].ru]);
                parts.extend(SECTORS[s].aliases);
            }
            if let Some(s) = r.status {
                parts.extend([STATUSES[s].en, STATUSES[s].ru]);
            }
            if let Some(c) = r.place {
                parts.extend([CITIES[c].en, CITIES[c].ru]);
            }
            parts.extend([r.body.en.as_str(), r.body.ru.as_str()]);
            writeln!(w, "{}", parts.join(" | "))?;
            n += 1;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Random numbers: splitmix64, seeded per record so any record can be made on its own.

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must not be 0.
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Indices of `k` distinct items of a list of `n`.
    fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(k);
        while out.len() < k.min(n) {
            let i = self.below(n);
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------------------
// Records.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Agreement,
    Investment,
    Corridor,
    Quote,
}

impl Kind {
    pub fn key(self) -> &'static str {
        match self {
            Kind::Agreement => "agreements",
            Kind::Investment => "investments",
            Kind::Corridor => "corridors",
            Kind::Quote => "quotes",
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Kind::Agreement => "agr",
            Kind::Investment => "inv",
            Kind::Corridor => "cor",
            Kind::Quote => "q",
        }
    }
}

#[derive(Default)]
pub struct Pair {
    pub en: String,
    pub ru: String,
}

impl Pair {
    fn new(en: impl Into<String>, ru: impl Into<String>) -> Pair {
        Pair {
            en: en.into(),
            ru: ru.into(),
        }
    }

    /// Appends one sentence in both languages.
    fn sentence(&mut self, en: &str, ru: &str) {
        for (s, add) in [(&mut self.en, en), (&mut self.ru, ru)] {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(add);
        }
    }
}

pub struct Figure {
    label: (&'static str, &'static str),
    value: f64,
    unit: (&'static str, &'static str),
    qualifier: Option<(&'static str, &'static str)>,
    horizon: Option<(&'static str, &'static str)>,
}

/// One record; ids are indices into the static tables below.
pub struct Rec {
    pub kind: Kind,
    pub id: String,
    pub title: Pair,
    /// The summary, or a quote's words.
    pub body: Pair,
    pub status: Option<usize>,
    pub sectors: Vec<usize>,
    /// Actors of an agreement; a quote's speaker is the only one.
    pub people: Vec<usize>,
    pub companies: Vec<usize>,
    pub place: Option<usize>,
    pub aliases: Vec<String>,
    pub figures: Vec<Figure>,
    pub paragraphs: Vec<u32>,
    /// Whose claim: an index into CLAIMED_BY; and whether new: into NOVELTY.
    pub claimed_by: usize,
    pub novelty: usize,
    /// A second source's stance, for one record in three: an index into STANCES.
    pub second: Option<usize>,
}

const CLAIMED_BY: [&str; 3] = ["expert", "press", "official"];
const NOVELTY: [&str; 3] = ["new", "advanced", "existing"];
const STANCES: [&str; 3] = ["supports", "disputes", "updates"];
/// The article, cited by paragraph, and a wire service, cited by what it says.
const ARTICLE: &str = "synthetic-article";
const WIRE: &str = "synthetic-wire";

/// The article the synthetic records claim to come from has this many paragraphs.
const PARAGRAPHS: u32 = 26;

/// Record number `n` (0-based over the whole file) of category `kind`.
pub fn record(kind: Kind, n: usize, seed: u64) -> Rec {
    let mut rng = Rng::new(seed, n as u64);
    let mut r = Rec {
        kind,
        id: format!("{}-{:07}", kind.prefix(), n + 1),
        title: Pair::default(),
        body: Pair::default(),
        status: None,
        sectors: Vec::new(),
        people: Vec::new(),
        companies: Vec::new(),
        place: None,
        aliases: Vec::new(),
        figures: Vec::new(),
        paragraphs: Vec::new(),
        claimed_by: 0,
        novelty: 0,
        second: None,
    };
    // Sentences are added until a length drawn here: bodies average about 130 characters.
    let target = rng.range(60, 140) as usize;
    match kind {
        Kind::Agreement => agreement(&mut rng, &mut r, target),
        Kind::Investment => investment(&mut rng, &mut r, target),
        Kind::Corridor => corridor(&mut rng, &mut r, target),
        Kind::Quote => quote(&mut rng, &mut r, target),
    }
    let cited = 1 + rng.below(3);
    let mut paragraphs: Vec<u32> = rng
        .distinct(PARAGRAPHS as usize, cited)
        .into_iter()
        .map(|p| p as u32 + 1)
        .collect();
    paragraphs.sort_unstable();
    r.paragraphs = paragraphs;
    // Drawn last, so the records' texts are those of earlier versions of this generator.
    r.claimed_by = rng.below(CLAIMED_BY.len());
    r.novelty = rng.below(NOVELTY.len());
    r.second = (rng.below(3) == 0).then(|| rng.below(STANCES.len()));
    r.sectors.sort_unstable();
    r.sectors.dedup();
    r
}

fn long_enough(p: &Pair, target: usize) -> bool {
    p.en.chars().count() >= target
}

/// The city's name in English, sometimes with the Russian one after it, as reports do.
fn city_en(rng: &mut Rng, c: &City) -> String {
    if rng.chance(30) {
        format!("{} ({})", c.en, c.ru)
    } else {
        c.en.to_string()
    }
}

/// "в Шымкенте", sometimes with the Latin name after it.
fn city_ru_loc(rng: &mut Rng, c: &City) -> String {
    if rng.chance(15) {
        format!("{} ({})", c.ru_loc, c.en)
    } else {
        c.ru_loc.to_string()
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn status_of(rng: &mut Rng, kinds: &[&str]) -> usize {
    let id = rng.pick(kinds);
    STATUSES.iter().position(|s| s.id == *id).unwrap_or(0)
}

fn sector(id: &str) -> usize {
    SECTORS
        .iter()
        .position(|s| s.id == id)
        .unwrap_or_else(|| panic!("no sector {id}"))
}

fn agreement(rng: &mut Rng, r: &mut Rec, target: usize) {
    let doc = rng.pick(DOCS);
    let topic = rng.pick(TOPICS);
    let city = rng.below(CITIES.len());
    let c = &CITIES[city];
    r.title = Pair::new(
        format!("{} {}", doc.en, topic.en),
        format!("{} {}", doc.ru, topic.ru_gen),
    );
    if rng.chance(40) {
        r.title.en.push_str(&format!(", {}", c.en));
        r.title.ru.push_str(&format!(", {}", c.ru));
    }
    let parties = rng.distinct(PARTIES.len(), 2);
    let (a, b) = (&PARTIES[parties[0]], &PARTIES[parties[1]]);
    r.body.sentence(
        &format!(
            "{} and {} signed a {} {} in {}.",
            capitalise(a.0),
            b.0,
            doc.en_short,
            topic.en,
            city_en(rng, c)
        ),
        &format!(
            "{} и {} подписали {} {} {}.",
            a.1,
            b.1,
            doc.ru_acc,
            topic.ru_gen,
            city_ru_loc(rng, c)
        ),
    );
    let mut extras: Vec<u8> = vec![0, 1, 2, 3];
    while !long_enough(&r.body, target) && !extras.is_empty() {
        let e = extras.remove(rng.below(extras.len()));
        match e {
            0 => {
                let x = rng.distinct(ASPECTS.len(), 2);
                r.body.sentence(
                    &format!("It covers {} and {}.", ASPECTS[x[0]].0, ASPECTS[x[1]].0),
                    &format!(
                        "Документ охватывает {} и {}.",
                        ASPECTS[x[0]].1, ASPECTS[x[1]].1
                    ),
                );
            }
            1 => {
                let (k, z) = (rng.pick(KZ_CITIES), rng.pick(CN_CITIES));
                let (k, z) = (&CITIES[*k], &CITIES[*z]);
                r.body.sentence(
                    &format!("It is meant to widen trade between {} and {}.", k.en, z.en),
                    &format!(
                        "Документ призван расширить торговлю по линии {} — {}.",
                        k.ru, z.ru
                    ),
                );
            }
            2 => r.body.sentence(
                "It was signed at the SCO summit (саммит ШОС).",
                "Документ подписан на полях саммита ШОС (SCO summit).",
            ),
            _ => {
                let value = rng.range(5, 60) as f64;
                let h = rng.pick(HORIZONS);
                r.body.sentence(
                    &format!("Trade is to reach ${value} billion {}.", h.0),
                    &format!("Товарооборот должен достичь ${value} млрд {}.", h.1),
                );
                r.figures.push(Figure {
                    label: ("Trade turnover target", "Цель по товарообороту"),
                    value,
                    unit: ("billion US dollars", "млрд долларов США"),
                    qualifier: None,
                    horizon: Some(*h),
                });
            }
        }
    }
    r.sectors = topic.sectors.iter().map(|s| sector(s)).collect();
    if rng.chance(90) {
        r.status = Some(status_of(
            rng,
            &[
                "signed",
                "signed",
                "announced",
                "agreed",
                "proposed",
                "planned",
            ],
        ));
    }
    if rng.chance(60) {
        let n = 1 + rng.below(2);
        r.people = rng.distinct(ACTORS.len(), n);
        r.people.iter_mut().for_each(|p| *p = ACTORS[*p]);
    }
    if rng.chance(70) {
        r.place = Some(city);
    }
}

fn investment(rng: &mut Rng, r: &mut Rec, target: usize) {
    let p = rng.pick(PROJECTS);
    let city = *rng.pick(KZ_CITIES);
    let c = &CITIES[city];
    let lead = *rng.pick(CN_COMPANIES);
    r.companies.push(lead);
    let partner = rng.chance(50).then(|| *rng.pick(KZ_COMPANIES));
    r.companies.extend(partner);
    let co = &COMPANIES[lead];
    let phase = rng.range(1, 4);
    r.title = match rng.below(4) {
        0 => Pair::new(
            format!("{} in {} with {}", capitalise(p.en), c.en, co.en),
            format!("{} {} с {}", capitalise(p.ru), c.ru_loc, co.ru_text),
        ),
        1 => Pair::new(
            format!("{}: {} in {}", co.en, p.en, c.en),
            format!("{}: {} {}", capitalise(co.ru_text), p.ru, c.ru_loc),
        ),
        2 => Pair::new(
            format!("Phase {phase} of the {} in {}", p.en, c.en),
            format!("{phase}-я очередь: {} {}", p.ru, c.ru_loc),
        ),
        _ => Pair::new(
            format!("{} {} ({})", c.en, p.en, co.en),
            format!("{} {} ({})", capitalise(p.ru), c.ru_loc, co.ru_text),
        ),
    };
    let with = match partner {
        Some(k) => (
            format!(" together with {}", COMPANIES[k].en),
            format!(" совместно с {}", COMPANIES[k].ru_text),
        ),
        None => (String::new(), String::new()),
    };
    r.body.sentence(
        &format!(
            "{} is building a {} in {}{}.",
            co.en,
            p.en,
            city_en(rng, c),
            with.0
        ),
        &format!(
            "{}{} строит {} {}.",
            capitalise(co.ru_text),
            with.1,
            p.ru_acc,
            city_ru_loc(rng, c)
        ),
    );
    let mut extras: Vec<u8> = vec![0, 1, 2, 3];
    while !long_enough(&r.body, target) && !extras.is_empty() {
        match extras.remove(rng.below(extras.len())) {
            0 => {
                let value = rng.range(p.min, p.max) as f64;
                r.body.sentence(
                    &format!("Design capacity is {value} {}.", p.unit.0),
                    &format!("Проектная мощность — {value} {}.", p.unit.1),
                );
                r.figures.push(Figure {
                    label: ("Design capacity", "Проектная мощность"),
                    value,
                    unit: p.unit,
                    qualifier: rng.chance(30).then_some(("up to", "до")),
                    horizon: None,
                });
            }
            1 => {
                let value = rng.range(1, 60) * 50;
                let h = rng.pick(HORIZONS);
                r.body.sentence(
                    &format!(
                        "Investment is put at ${value} million, first stage {}.",
                        h.0
                    ),
                    &format!(
                        "Инвестиции оцениваются в ${value} млн, первая очередь — {}.",
                        h.1
                    ),
                );
            }
            2 => {
                let jobs = rng.range(2, 60) * 50;
                r.body.sentence(
                    &format!("It should create {jobs} jobs."),
                    &format!("Проект должен создать {jobs} рабочих мест."),
                );
            }
            _ => r.body.sentence(
                "Output is meant for markets in Kazakhstan and China.",
                "Продукция предназначена для рынков Казахстана и Китая.",
            ),
        }
    }
    r.sectors = p.sectors.iter().map(|s| sector(s)).collect();
    if rng.chance(90) {
        r.status = Some(status_of(
            rng,
            &[
                "under-construction",
                "being-implemented",
                "opened",
                "modernised",
                "opening-soon",
                "planned",
                "of-interest",
            ],
        ));
    }
    if rng.chance(85) {
        r.place = Some(city);
    }
}

fn corridor(rng: &mut Rng, r: &mut Rec, target: usize) {
    let (k, z) = (&CITIES[*rng.pick(KZ_CITIES)], &CITIES[*rng.pick(CN_CITIES)]);
    let mode = rng.pick(MODES);
    let via = rng.pick(CROSSINGS);
    r.title = Pair::new(
        format!("{}–{} {} corridor", k.en, z.en, mode.0),
        format!("{} коридор {} — {}", mode.1, k.ru, z.ru),
    );
    r.aliases = vec![
        format!("{}–{} route", k.en, z.en),
        format!("маршрут {} — {}", k.ru, z.ru),
    ];
    if rng.chance(30) {
        let (en, ru) = rng.pick(ROUTE_NAMES);
        r.aliases.extend([en.to_string(), ru.to_string()]);
    }
    let value = rng.range(2, 30) as f64;
    let h = rng.pick(HORIZONS);
    r.body.sentence(
        &format!(
            "Freight from {} to {} via {} is to grow to {value} million tonnes a year {}.",
            k.en, z.en, via.0, h.0
        ),
        &format!(
            "Грузы по маршруту {} — {} через {} должны вырасти до {value} млн т в год {}.",
            k.ru, z.ru, via.1, h.1
        ),
    );
    if rng.chance(60) {
        r.figures.push(Figure {
            label: ("Cargo target", "Цель по грузам"),
            value,
            unit: ("million tonnes a year", "млн тонн в год"),
            qualifier: None,
            horizon: Some(*h),
        });
    }
    let mut extras: Vec<u8> = vec![0, 1];
    while !long_enough(&r.body, target) && !extras.is_empty() {
        match extras.remove(rng.below(extras.len())) {
            0 => {
                let days = rng.range(5, 12);
                let before = days + rng.range(3, 8);
                r.body.sentence(
                    &format!("Trains now take {days} days instead of {before}."),
                    &format!("Поезда идут {days} дней вместо {before}."),
                );
            }
            _ => r.body.sentence(
                "It links Kazakhstan with Chinese and Caspian ports.",
                "Маршрут связывает Казахстан с портами Китая и Каспия.",
            ),
        }
    }
    r.sectors = vec![sector("transport")];
    if rng.chance(30) {
        r.sectors.push(sector("trade"));
    }
    if rng.chance(90) {
        r.status = Some(status_of(
            rng,
            &["agreed", "being-implemented", "ongoing", "planned"],
        ));
    }
}

fn quote(rng: &mut Rng, r: &mut Rec, target: usize) {
    r.people = vec![*rng.pick(SPEAKERS)];
    let topic = rng.pick(TOPICS);
    let p = rng.pick(PROJECTS);
    let c = &CITIES[*rng.pick(KZ_CITIES)];
    let z = &CITIES[*rng.pick(CN_CITIES)];
    let co = &COMPANIES[*rng.pick(CN_COMPANIES)];
    let h = rng.pick(HORIZONS);
    let about_project = rng.chance(50);
    r.title = if about_project {
        Pair::new(
            format!("{} in {}", capitalise(p.en), c.en),
            format!("{} {}", capitalise(p.ru), c.ru_loc),
        )
    } else {
        Pair::new(
            capitalise(topic.en),
            format!("Сотрудничество в сфере {}", topic.ru_gen),
        )
    };
    let mut said: Vec<u8> = if about_project {
        vec![0, 2, 1, 3]
    } else {
        vec![1, 3, 2, 0]
    };
    // The first is the quote's subject; more follow while it is short.
    while !said.is_empty() && (r.body.en.is_empty() || !long_enough(&r.body, target)) {
        match said.remove(0) {
            0 => r.body.sentence(
                &format!(
                    "For us the {} in {} means new jobs, and we expect {} to finish {}.",
                    p.en, c.en, co.en, h.0
                ),
                &format!(
                    "Для нас {} {} — это новые рабочие места, и мы ждём, что {} завершит работы {}.",
                    p.ru, c.ru_loc, co.ru_text, h.1
                ),
            ),
            1 => r.body.sentence(
                &format!(
                    "Cooperation with China in {} is reaching a new level, and {} could anchor it.",
                    topic.en, c.en
                ),
                &format!(
                    "Сотрудничество с Китаем в сфере {} выходит на новый уровень, и {} может стать его опорой.",
                    topic.ru_gen, c.ru
                ),
            ),
            2 => r.body.sentence(
                &format!(
                    "We see strong interest from Chinese partners, above all {}, in projects in {}.",
                    co.en, c.en
                ),
                &format!(
                    "Мы видим большой интерес китайских партнёров, прежде всего {}, к проектам {}.",
                    co.ru_text, c.ru_loc
                ),
            ),
            _ => r.body.sentence(
                &format!(
                    "The {}–{} route should give business predictable delivery times.",
                    c.en, z.en
                ),
                &format!(
                    "Маршрут {} — {} должен дать бизнесу предсказуемые сроки доставки.",
                    c.ru, z.ru
                ),
            ),
        }
    }
    if rng.chance(70) {
        let from = if about_project {
            p.sectors
        } else {
            topic.sectors
        };
        r.sectors = from.iter().map(|s| sector(s)).collect();
    }
}

// ---------------------------------------------------------------------------------------
// JSON output. Strings are escaped by hand: the generator's own texts need little, but a
// table edited later must not be able to break the file.

struct Q<'a>(&'a str);

impl Display for Q<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
                c => fmt::Write::write_char(f, c)?,
            }
        }
        f.write_str("\"")
    }
}

/// `{"en": …, "ru": …}`.
struct T<'a>(&'a str, &'a str);

impl Display for T<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{\"en\":{},\"ru\":{}}}", Q(self.0), Q(self.1))
    }
}

/// A JSON array of strings.
struct Strs<I>(I);

impl<'a, I: Iterator<Item = &'a str> + Clone> Display for Strs<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, s) in self.0.clone().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{}", Q(s))?;
        }
        f.write_str("]")
    }
}

fn strs<'a, I: Iterator<Item = &'a str> + Clone>(i: I) -> Strs<I> {
    Strs(i)
}

fn write_header(w: &mut impl Write, records: usize) -> io::Result<()> {
    writeln!(w, "{{\n\"format\": 2,")?;
    writeln!(
        w,
        "\"sources\": [{{\"id\":{},\"outlet\":\"Synthetic benchmark data\",\"url\":\"https://example.org/synthetic\",\"published\":\"2025-09-05\",\"language\":\"ru\",\"kind\":\"analysis\",\"paragraphs\":{PARAGRAPHS}}},\n{{\"id\":{},\"outlet\":\"Synthetic wire\",\"url\":\"https://example.org/wire\",\"published\":\"2025-09-02\",\"language\":\"en\",\"kind\":\"news\"}}],",
        Q(ARTICLE),
        Q(WIRE)
    )?;
    writeln!(
        w,
        "\"visit\": {{\"title\":{},\"leader\":\"tokayev\",\"host\":{},\"event\":{},\"place\":{},\"summary\":{},\"evidence\":[{{\"source\":{},\"paragraphs\":[1,2],\"note\":{}}}]}},",
        T(
            "President Tokayev's visit to China (synthetic data)",
            "Визит президента Токаева в Китай (синтетические данные)"
        ),
        T("China", "Китай"),
        T("SCO summit", "Саммит ШОС"),
        T("Tianjin", "Тяньцзинь"),
        T(
            &format!(
                "{records} generated records for measuring load, search and drawing; not facts."
            ),
            &format!(
                "{records} сгенерированных записей для замеров загрузки, поиска и отрисовки; не факты."
            ),
        ),
        Q(ARTICLE),
        T("Generated text.", "Сгенерированный текст."),
    )?;
    w.write_all(b"\"vocabulary\": {\"sectors\": [")?;
    for (i, s) in SECTORS.iter().enumerate() {
        let sep = if i == 0 { "\n" } else { ",\n" };
        write!(w, "{sep}{{\"id\":{},\"name\":{}", Q(s.id), T(s.en, s.ru))?;
        if !s.aliases.is_empty() {
            write!(w, ",\"aliases\":{}", strs(s.aliases.iter().copied()))?;
        }
        w.write_all(b"}")?;
    }
    w.write_all(b"],\n\"statuses\": [")?;
    for (i, s) in STATUSES.iter().enumerate() {
        let sep = if i == 0 { "\n" } else { ",\n" };
        write!(
            w,
            "{sep}{{\"id\":{},\"name\":{},\"stage\":{}}}",
            Q(s.id),
            T(s.en, s.ru),
            Q(s.stage)
        )?;
    }
    w.write_all(b"]},\n\"people\": [")?;
    for (i, p) in PEOPLE.iter().enumerate() {
        let sep = if i == 0 { "\n" } else { ",\n" };
        write!(
            w,
            "{sep}{{\"id\":{},\"name\":{},\"role\":{},\"evidence\":[{{\"source\":{},\"paragraphs\":[{}]}}]}}",
            Q(p.id),
            T(p.en, p.ru),
            T(p.role_en, p.role_ru),
            Q(ARTICLE),
            1 + i % PARAGRAPHS as usize
        )?;
    }
    w.write_all(b"],\n\"companies\": [")?;
    for (i, c) in COMPANIES.iter().enumerate() {
        let sep = if i == 0 { "\n" } else { ",\n" };
        write!(w, "{sep}{{\"id\":{},\"name\":{}", Q(c.id), T(c.en, c.ru))?;
        if !c.aliases.is_empty() {
            write!(w, ",\"aliases\":{}", strs(c.aliases.iter().copied()))?;
        }
        write!(
            w,
            ",\"evidence\":[{{\"source\":{},\"paragraphs\":[{}]}}]}}",
            Q(ARTICLE),
            1 + i % PARAGRAPHS as usize
        )?;
    }
    w.write_all(b"]")
}

fn write_record(w: &mut impl Write, r: &Rec) -> io::Result<()> {
    let (title_key, body_as_text) = match r.kind {
        Kind::Quote => ("topic", false),
        _ => ("title", true),
    };
    write!(w, "{{\"id\":{}", Q(&r.id))?;
    if r.kind == Kind::Quote {
        write!(w, ",\"speaker\":{}", Q(PEOPLE[r.people[0]].id))?;
    }
    write!(w, ",\"{title_key}\":{}", T(&r.title.en, &r.title.ru))?;
    if !r.aliases.is_empty() {
        write!(
            w,
            ",\"aliases\":{}",
            strs(r.aliases.iter().map(String::as_str))
        )?;
    }
    if body_as_text {
        write!(w, ",\"summary\":{}", T(&r.body.en, &r.body.ru))?;
    } else {
        write!(w, ",\"ru\":{},\"en\":{}", Q(&r.body.ru), Q(&r.body.en))?;
    }
    if !r.companies.is_empty() {
        let ids = r.companies.iter().map(|&c| COMPANIES[c].id);
        write!(w, ",\"companies\":{}", strs(ids))?;
    }
    if let Some(s) = r.status {
        write!(w, ",\"status\":{}", Q(STATUSES[s].id))?;
    }
    let sectors = r.sectors.iter().map(|&s| SECTORS[s].id);
    if r.kind != Kind::Quote || !r.sectors.is_empty() {
        write!(w, ",\"sectors\":{}", strs(sectors))?;
    }
    if r.kind == Kind::Agreement && !r.people.is_empty() {
        write!(
            w,
            ",\"actors\":{}",
            strs(r.people.iter().map(|&p| PEOPLE[p].id))
        )?;
    }
    if let Some(c) = r.place {
        write!(w, ",\"place\":{}", T(CITIES[c].en, CITIES[c].ru))?;
    }
    if !r.figures.is_empty() {
        w.write_all(b",\"figures\":[")?;
        for (i, f) in r.figures.iter().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            write!(
                w,
                "{{\"label\":{},\"value\":{},\"unit\":{}",
                T(f.label.0, f.label.1),
                f.value,
                T(f.unit.0, f.unit.1)
            )?;
            if let Some(q) = f.qualifier {
                write!(w, ",\"qualifier\":{}", T(q.0, q.1))?;
            }
            if let Some(h) = f.horizon {
                write!(w, ",\"horizon\":{}", T(h.0, h.1))?;
            }
            w.write_all(b"}")?;
        }
        w.write_all(b"]")?;
    }
    write!(
        w,
        ",\"claimed_by\":{},\"novelty\":{}",
        Q(CLAIMED_BY[r.claimed_by]),
        Q(NOVELTY[r.novelty])
    )?;
    write_evidence(w, r)?;
    w.write_all(b"}")
}

/// The article's paragraphs with its words (a quote's) or what it says (the title, as a
/// short note); for some records a wire report beside it, with its stance.
fn write_evidence(w: &mut impl Write, r: &Rec) -> io::Result<()> {
    let paragraphs: Vec<String> = r.paragraphs.iter().map(u32::to_string).collect();
    write!(
        w,
        ",\"evidence\":[{{\"source\":{},\"paragraphs\":[{}]",
        Q(ARTICLE),
        paragraphs.join(",")
    )?;
    if r.kind == Kind::Quote {
        write!(
            w,
            ",\"excerpt\":{},\"translation\":{}}}",
            Q(&r.body.ru),
            Q(&r.body.en)
        )?;
    } else {
        write!(w, ",\"note\":{}}}", T(&r.title.en, &r.title.ru))?;
    }
    if let Some(stance) = r.second {
        write!(
            w,
            ",{{\"source\":{},\"note\":{},\"stance\":{}}}",
            Q(WIRE),
            T("A wire report on it.", "Сообщение информагентства об этом."),
            Q(STANCES[stance])
        )?;
    }
    w.write_all(b"]")
}

// ---------------------------------------------------------------------------------------
// Word lists.

pub struct SectorDef {
    id: &'static str,
    en: &'static str,
    ru: &'static str,
    aliases: &'static [&'static str],
}

const fn sec(
    id: &'static str,
    en: &'static str,
    ru: &'static str,
    aliases: &'static [&'static str],
) -> SectorDef {
    SectorDef {
        id,
        en,
        ru,
        aliases,
    }
}

/// The real dataset's vocabulary, so filters and facets behave as they do on it.
pub static SECTORS: &[SectorDef] = &[
    sec("energy", "Energy", "Энергетика", &[]),
    sec(
        "oil-gas",
        "Oil and gas",
        "Нефтегазовая отрасль",
        &["oil refining", "нефтепереработка"],
    ),
    sec("petrochemicals", "Petrochemicals", "Нефтехимия", &[]),
    sec(
        "renewables",
        "Renewable energy",
        "Возобновляемая энергетика",
        &["renewables", "RES", "ВИЭ"],
    ),
    sec("mining", "Mining", "Добыча полезных ископаемых", &[]),
    sec("metallurgy", "Metallurgy", "Металлургия", &[]),
    sec(
        "transport",
        "Transport and logistics",
        "Транспорт и логистика",
        &["transit", "транзит"],
    ),
    sec(
        "industrial-parks",
        "Industrial parks",
        "Индустриальные парки",
        &[],
    ),
    sec(
        "agriculture",
        "Agriculture",
        "Сельское хозяйство",
        &["food security", "продовольственная безопасность"],
    ),
    sec(
        "trade",
        "Trade and economy",
        "Торгово-экономическая сфера",
        &[],
    ),
    sec("finance", "Finance", "Финансы", &[]),
    sec(
        "technology",
        "Technology and digital",
        "Технологии и цифровизация",
        &[],
    ),
    sec(
        "ai",
        "Artificial intelligence",
        "Искусственный интеллект",
        &["AI", "ИИ"],
    ),
    sec("ecommerce", "E-commerce", "Электронная коммерция", &[]),
    sec("payments", "Digital payments", "Цифровые платежи", &[]),
    sec("smart-cities", "Smart cities", "Умные города", &[]),
    sec("tourism", "Tourism", "Туризм", &[]),
    sec(
        "culture",
        "Culture and humanitarian ties",
        "Культура и гуманитарные связи",
        &[],
    ),
    sec(
        "ecology",
        "Ecology and water",
        "Экология и водные ресурсы",
        &[],
    ),
];

pub struct StatusDef {
    id: &'static str,
    en: &'static str,
    ru: &'static str,
    stage: &'static str,
}

const fn st(
    id: &'static str,
    en: &'static str,
    ru: &'static str,
    stage: &'static str,
) -> StatusDef {
    StatusDef { id, en, ru, stage }
}

pub static STATUSES: &[StatusDef] = &[
    st("signed", "Signed", "Подписано", "achieved"),
    st("announced", "Announced", "Объявлено", "achieved"),
    st("opened", "Opened", "Открыто", "achieved"),
    st("modernised", "Modernised", "Модернизировано", "achieved"),
    st(
        "opening-soon",
        "Opening soon",
        "Скоро откроется",
        "underway",
    ),
    st(
        "under-construction",
        "Under construction",
        "Строится",
        "underway",
    ),
    st(
        "being-implemented",
        "Being implemented",
        "Реализуется",
        "underway",
    ),
    st("ongoing", "Ongoing", "Ведётся", "underway"),
    st(
        "being-introduced",
        "Being introduced",
        "Внедряется",
        "underway",
    ),
    st("agreed", "Agreed", "Достигнута договорённость", "intended"),
    st("planned", "Planned", "Запланировано", "intended"),
    st("proposed", "Proposed", "Предложено", "intended"),
    st(
        "of-interest",
        "Interest shown",
        "Проявлен интерес",
        "intended",
    ),
];

pub struct PersonDef {
    id: &'static str,
    en: &'static str,
    ru: &'static str,
    role_en: &'static str,
    role_ru: &'static str,
}

const fn person(
    id: &'static str,
    en: &'static str,
    ru: &'static str,
    role_en: &'static str,
    role_ru: &'static str,
) -> PersonDef {
    PersonDef {
        id,
        en,
        ru,
        role_en,
        role_ru,
    }
}

/// The visit's leader, then invented officials and experts: synthetic records put no
/// words in real people's mouths.
pub static PEOPLE: &[PersonDef] = &[
    person(
        "tokayev",
        "Kassym-Jomart Tokayev",
        "Касым-Жомарт Токаев",
        "President of Kazakhstan",
        "Президент Казахстана",
    ),
    person(
        "a-seitkali",
        "Aidar Seitkali",
        "Айдар Сейткали",
        "Deputy energy minister (fictional)",
        "Вице-министр энергетики (вымышленный)",
    ),
    person(
        "d-nurlanova",
        "Dana Nurlanova",
        "Дана Нурланова",
        "Economist (fictional)",
        "Экономист (вымышленный)",
    ),
    person(
        "liu-wei",
        "Liu Wei",
        "Лю Вэй",
        "Trade envoy (fictional)",
        "Торговый представитель (вымышленный)",
    ),
    person(
        "b-omarov",
        "Bolat Omarov",
        "Болат Омаров",
        "Logistics executive (fictional)",
        "Руководитель логистической компании (вымышленный)",
    ),
    person(
        "zhang-min",
        "Zhang Min",
        "Чжан Минь",
        "Investment analyst (fictional)",
        "Инвестиционный аналитик (вымышленный)",
    ),
    person(
        "a-zhaksybek",
        "Asel Zhaksybek",
        "Асель Жаксыбек",
        "Sinologist (fictional)",
        "Китаевед (вымышленный)",
    ),
    person(
        "wang-fang",
        "Wang Fang",
        "Ван Фан",
        "Water policy researcher (fictional)",
        "Исследователь водной политики (вымышленный)",
    ),
    person(
        "s-abenov",
        "Serik Abenov",
        "Серик Абенов",
        "Regional adviser (fictional)",
        "Советник акима (вымышленный)",
    ),
];

/// People who sign agreements, and people who are quoted: indices into `PEOPLE`.
static ACTORS: &[usize] = &[1, 3, 8];
static SPEAKERS: &[usize] = &[1, 2, 3, 4, 5, 6, 7, 8];

pub struct CompanyDef {
    id: &'static str,
    en: &'static str,
    ru: &'static str,
    /// How Russian text names it: Cyrillic names in «guillemets», Latin ones bare.
    ru_text: &'static str,
    aliases: &'static [&'static str],
}

const fn co(
    id: &'static str,
    en: &'static str,
    ru: &'static str,
    ru_text: &'static str,
    aliases: &'static [&'static str],
) -> CompanyDef {
    CompanyDef {
        id,
        en,
        ru,
        ru_text,
        aliases,
    }
}

pub static COMPANIES: &[CompanyDef] = &[
    co(
        "sinopec",
        "Sinopec",
        "Синопек",
        "«Синопек»",
        &["China Petroleum & Chemical Corporation"],
    ),
    co(
        "cnpc",
        "CNPC",
        "CNPC",
        "CNPC",
        &[
            "China National Petroleum Corporation",
            "Китайская национальная нефтегазовая корпорация",
        ],
    ),
    co(
        "citic",
        "CITIC Group",
        "CITIC Group",
        "CITIC Group",
        &["CITIC"],
    ),
    co(
        "powerchina",
        "PowerChina",
        "PowerChina",
        "PowerChina",
        &["Power Construction Corporation of China"],
    ),
    co(
        "cpih",
        "China Power International Holding",
        "China Power International Holding",
        "China Power International Holding",
        &["CPIH"],
    ),
    co(
        "crrc",
        "CRRC",
        "CRRC",
        "CRRC",
        &["China Railway Rolling Stock"],
    ),
    co("huawei", "Huawei", "Хуавэй", "«Хуавэй»", &["Хуавей"]),
    co(
        "alibaba",
        "Alibaba Group",
        "Alibaba Group",
        "Alibaba Group",
        &["Алибаба"],
    ),
    co(
        "cosco",
        "COSCO Shipping",
        "COSCO Shipping",
        "COSCO Shipping",
        &[],
    ),
    co("sany", "SANY", "SANY", "SANY", &["Сани"]),
    co("tbea", "TBEA", "TBEA", "TBEA", &[]),
    co(
        "east-hope",
        "East Hope Group",
        "East Hope Group",
        "East Hope Group",
        &[],
    ),
    co(
        "zijin",
        "Zijin Mining",
        "Zijin Mining",
        "Zijin Mining",
        &["Цзыцзинь"],
    ),
    co("longi", "LONGi", "LONGi", "LONGi", &["Лонджи"]),
    co(
        "goldwind",
        "Goldwind",
        "Goldwind",
        "Goldwind",
        &["Голдвинд"],
    ),
    co(
        "kmg",
        "KazMunayGas",
        "КазМунайГаз",
        "«КазМунайГаз»",
        &["KMG", "КМГ"],
    ),
    co(
        "ktz",
        "Kazakhstan Temir Zholy",
        "Қазақстан темір жолы",
        "«Қазақстан темір жолы»",
        &["KTZ", "КТЖ"],
    ),
    co(
        "samruk",
        "Samruk-Kazyna",
        "Самрук-Казына",
        "«Самрук-Казына»",
        &[],
    ),
    co(
        "kazatomprom",
        "Kazatomprom",
        "Казатомпром",
        "«Казатомпром»",
        &[],
    ),
    co(
        "erg",
        "Eurasian Resources Group",
        "Eurasian Resources Group",
        "Eurasian Resources Group",
        &["ERG"],
    ),
    co("kazakhmys", "Kazakhmys", "Казахмыс", "«Казахмыс»", &[]),
    co(
        "kaz-minerals",
        "KAZ Minerals",
        "KAZ Minerals",
        "KAZ Minerals",
        &[],
    ),
];

static CN_COMPANIES: &[usize] = &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
static KZ_COMPANIES: &[usize] = &[15, 16, 17, 18, 19, 20, 21];

pub struct City {
    en: &'static str,
    ru: &'static str,
    /// "в Шымкенте": Russian needs the locative, which a template cannot derive.
    ru_loc: &'static str,
}

const fn city(en: &'static str, ru: &'static str, ru_loc: &'static str) -> City {
    City { en, ru, ru_loc }
}

pub static CITIES: &[City] = &[
    city("Shymkent", "Шымкент", "в Шымкенте"),
    city("Atyrau", "Атырау", "в Атырау"),
    city("Almaty", "Алматы", "в Алматы"),
    city("Astana", "Астана", "в Астане"),
    city("Aktau", "Актау", "в Актау"),
    city("Karaganda", "Караганда", "в Караганде"),
    city("Pavlodar", "Павлодар", "в Павлодаре"),
    city("Aktobe", "Актобе", "в Актобе"),
    city("Kostanay", "Костанай", "в Костанае"),
    city("Taraz", "Тараз", "в Таразе"),
    city("Oskemen", "Усть-Каменогорск", "в Усть-Каменогорске"),
    city("Turkistan", "Туркестан", "в Туркестане"),
    city("Kyzylorda", "Кызылорда", "в Кызылорде"),
    city("Ekibastuz", "Экибастуз", "в Экибастузе"),
    city("Zhezkazgan", "Жезказган", "в Жезказгане"),
    city("Khorgos", "Хоргос", "в Хоргосе"),
    city("Urumqi", "Урумчи", "в Урумчи"),
    city("Xi'an", "Сиань", "в Сиане"),
    city("Beijing", "Пекин", "в Пекине"),
    city("Shanghai", "Шанхай", "в Шанхае"),
    city("Tianjin", "Тяньцзинь", "в Тяньцзине"),
    city("Lianyungang", "Ляньюньган", "в Ляньюньгане"),
    city("Chongqing", "Чунцин", "в Чунцине"),
    city("Chengdu", "Чэнду", "в Чэнду"),
    city("Kashgar", "Кашгар", "в Кашгаре"),
    city("Lanzhou", "Ланьчжоу", "в Ланьчжоу"),
    city("Yiwu", "Иу", "в Иу"),
];

static KZ_CITIES: &[usize] = &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
static CN_CITIES: &[usize] = &[16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26];

pub struct Project {
    en: &'static str,
    ru: &'static str,
    ru_acc: &'static str,
    sectors: &'static [&'static str],
    unit: (&'static str, &'static str),
    min: u32,
    max: u32,
}

const fn project(
    en: &'static str,
    ru: &'static str,
    ru_acc: &'static str,
    sectors: &'static [&'static str],
    unit: (&'static str, &'static str),
    range: (u32, u32),
) -> Project {
    Project {
        en,
        ru,
        ru_acc,
        sectors,
        unit,
        min: range.0,
        max: range.1,
    }
}

const MT: (&str, &str) = ("million tonnes a year", "млн тонн в год");
const KT: (&str, &str) = ("thousand tonnes a year", "тыс. тонн в год");
const MW: (&str, &str) = ("MW", "МВт");

static PROJECTS: &[Project] = &[
    project(
        "oil refinery",
        "нефтеперерабатывающий завод",
        "нефтеперерабатывающий завод",
        &["oil-gas"],
        MT,
        (2, 15),
    ),
    project(
        "polyethylene plant",
        "завод полиэтилена",
        "завод полиэтилена",
        &["petrochemicals", "oil-gas"],
        KT,
        (200, 1250),
    ),
    project(
        "gas chemical complex",
        "газохимический комплекс",
        "газохимический комплекс",
        &["petrochemicals"],
        KT,
        (300, 900),
    ),
    project(
        "wind farm",
        "ветровая электростанция",
        "ветровую электростанцию",
        &["renewables", "energy"],
        MW,
        (50, 1000),
    ),
    project(
        "solar power plant",
        "солнечная электростанция",
        "солнечную электростанцию",
        &["renewables", "energy"],
        MW,
        (20, 600),
    ),
    project(
        "copper smelter",
        "медеплавильный завод",
        "медеплавильный завод",
        &["metallurgy", "mining"],
        KT,
        (50, 400),
    ),
    project(
        "ferroalloy plant",
        "завод ферросплавов",
        "завод ферросплавов",
        &["metallurgy"],
        KT,
        (100, 500),
    ),
    project(
        "logistics hub",
        "логистический хаб",
        "логистический хаб",
        &["transport"],
        MT,
        (1, 10),
    ),
    project(
        "dry port",
        "сухой порт",
        "сухой порт",
        &["transport", "trade"],
        MT,
        (1, 8),
    ),
    project(
        "grain terminal",
        "зерновой терминал",
        "зерновой терминал",
        &["agriculture", "transport"],
        MT,
        (1, 5),
    ),
    project(
        "industrial park",
        "индустриальный парк",
        "индустриальный парк",
        &["industrial-parks"],
        ("hectares", "гектаров"),
        (100, 900),
    ),
    project(
        "data centre",
        "центр обработки данных",
        "центр обработки данных",
        &["technology", "ai"],
        MW,
        (10, 120),
    ),
    project(
        "e-commerce warehouse",
        "склад электронной коммерции",
        "склад электронной коммерции",
        &["ecommerce", "trade"],
        ("thousand square metres", "тыс. кв. метров"),
        (20, 200),
    ),
    project(
        "water treatment plant",
        "станция водоочистки",
        "станцию водоочистки",
        &["ecology"],
        ("thousand cubic metres a day", "тыс. куб. метров в сутки"),
        (20, 300),
    ),
    project(
        "battery factory",
        "завод аккумуляторов",
        "завод аккумуляторов",
        &["technology", "energy"],
        ("GWh a year", "ГВт·ч в год"),
        (2, 20),
    ),
    project(
        "meat processing plant",
        "мясоперерабатывающий комбинат",
        "мясоперерабатывающий комбинат",
        &["agriculture"],
        KT,
        (10, 90),
    ),
    project(
        "tungsten mine",
        "вольфрамовый рудник",
        "вольфрамовый рудник",
        &["mining"],
        KT,
        (100, 1000),
    ),
    project(
        "gas pipeline section",
        "участок газопровода",
        "участок газопровода",
        &["oil-gas", "energy"],
        ("billion cubic metres a year", "млрд куб. метров в год"),
        (5, 30),
    ),
    project(
        "combined heat and power plant",
        "теплоэлектроцентраль",
        "теплоэлектроцентраль",
        &["energy"],
        MW,
        (100, 1300),
    ),
];

pub struct Doc {
    en: &'static str,
    en_short: &'static str,
    ru: &'static str,
    ru_acc: &'static str,
}

const fn doc(
    en: &'static str,
    en_short: &'static str,
    ru: &'static str,
    ru_acc: &'static str,
) -> Doc {
    Doc {
        en,
        en_short,
        ru,
        ru_acc,
    }
}

/// Document kinds; their Russian takes a topic in the genitive.
static DOCS: &[Doc] = &[
    doc(
        "Memorandum on cooperation in",
        "memorandum on cooperation in",
        "Меморандум о сотрудничестве в сфере",
        "меморандум о сотрудничестве в сфере",
    ),
    doc(
        "Agreement on the development of",
        "agreement on the development of",
        "Соглашение о развитии",
        "соглашение о развитии",
    ),
    doc(
        "Roadmap for",
        "roadmap for",
        "Дорожная карта развития",
        "дорожную карту развития",
    ),
    doc(
        "Action plan on",
        "plan of action on",
        "План действий в области",
        "план действий в области",
    ),
    doc(
        "Protocol on expanding",
        "protocol on expanding",
        "Протокол о расширении",
        "протокол о расширении",
    ),
    doc(
        "Joint research programme on",
        "joint research programme on",
        "Программа совместных исследований в области",
        "программу совместных исследований в области",
    ),
    doc(
        "Framework agreement on",
        "framework agreement on",
        "Рамочное соглашение в сфере",
        "рамочное соглашение в сфере",
    ),
];

pub struct Topic {
    en: &'static str,
    ru_gen: &'static str,
    sectors: &'static [&'static str],
}

const fn topic(en: &'static str, ru_gen: &'static str, sectors: &'static [&'static str]) -> Topic {
    Topic {
        en,
        ru_gen,
        sectors,
    }
}

static TOPICS: &[Topic] = &[
    topic(
        "green energy",
        "зелёной энергетики",
        &["renewables", "energy"],
    ),
    topic("oil and gas", "нефтегазовой отрасли", &["oil-gas"]),
    topic("grain exports", "экспорта зерна", &["agriculture", "trade"]),
    topic(
        "artificial intelligence",
        "искусственного интеллекта",
        &["ai", "technology"],
    ),
    topic(
        "digital payments",
        "цифровых платежей",
        &["payments", "finance"],
    ),
    topic(
        "e-commerce",
        "электронной коммерции",
        &["ecommerce", "trade"],
    ),
    topic("water resources", "водных ресурсов", &["ecology"]),
    topic("tourism", "туризма", &["tourism"]),
    topic(
        "transit and logistics",
        "транзита и логистики",
        &["transport"],
    ),
    topic(
        "mining and metallurgy",
        "горно-металлургической отрасли",
        &["mining", "metallurgy"],
    ),
    topic(
        "smart cities",
        "умных городов",
        &["smart-cities", "technology"],
    ),
    topic(
        "culture and education",
        "культуры и образования",
        &["culture"],
    ),
    topic(
        "industrial cooperation",
        "промышленной кооперации",
        &["industrial-parks", "trade"],
    ),
    topic("investment protection", "защиты инвестиций", &["finance"]),
];

/// Who signs agreements, as a sentence's subject.
static PARTIES: &[(&str, &str)] = &[
    (
        "the Ministry of Energy of Kazakhstan",
        "Министерство энергетики Казахстана",
    ),
    (
        "China's National Energy Administration",
        "Национальное управление энергетики КНР",
    ),
    (
        "the Ministry of Agriculture of Kazakhstan",
        "Министерство сельского хозяйства Казахстана",
    ),
    ("China's Ministry of Commerce", "Министерство коммерции КНР"),
    ("Samruk-Kazyna", "«Самрук-Казына»"),
    ("KazMunayGas", "«КазМунайГаз»"),
    ("Kazakhstan Temir Zholy", "«Қазақстан темір жолы»"),
    (
        "the Astana International Financial Centre",
        "Международный финансовый центр «Астана»",
    ),
    ("the Silk Road Fund", "Фонд Шёлкового пути"),
    (
        "the Export-Import Bank of China",
        "Экспортно-импортный банк Китая",
    ),
    ("China Railway", "Китайские железные дороги"),
];

/// What a document covers; the Russian in the accusative.
static ASPECTS: &[(&str, &str)] = &[
    ("joint ventures", "совместные предприятия"),
    ("technology transfer", "передачу технологий"),
    ("staff training", "подготовку кадров"),
    ("pilot projects", "пилотные проекты"),
    ("project finance", "финансирование проектов"),
    ("data exchange", "обмен данными"),
    ("customs procedures", "таможенные процедуры"),
    ("export quotas", "экспортные квоты"),
];

static HORIZONS: &[(&str, &str)] = &[
    ("in 2026", "в 2026 году"),
    ("by 2027", "к 2027 году"),
    ("in the coming years", "в ближайшие годы"),
    ("by the end of 2028", "к концу 2028 года"),
    ("next year", "в следующем году"),
    ("by 2030", "к 2030 году"),
];

static MODES: &[(&str, &str)] = &[
    ("rail", "Железнодорожный"),
    ("road", "Автомобильный"),
    ("multimodal", "Мультимодальный"),
    ("container", "Контейнерный"),
];

/// Border crossings and ports; the Russian in the accusative (after "через").
static CROSSINGS: &[(&str, &str)] = &[
    ("Dostyk–Alashankou", "Достык — Алашанькоу"),
    ("Khorgos", "Хоргос"),
    ("the port of Aktau", "порт Актау"),
    ("Bakhty", "Бахты"),
    ("Nur Zholy", "Нур Жолы"),
];

static ROUTE_NAMES: &[(&str, &str)] = &[
    ("Middle Corridor", "Средний коридор"),
    ("TITR", "ТМТМ"),
    ("New Silk Road", "Новый шёлковый путь"),
    (
        "Western Europe–Western China",
        "Западная Европа — Западный Китай",
    ),
];
