//! URL state: every view of the site as a `Route` value, parsed from a path and query and
//! printed back. Paths are relative to the site's base path (the app strips it first), so the
//! site works from a sub-path. Parsing never fails: anything unrecognised becomes `NotFound`,
//! and only non-default state is printed into the query. The query codec (percent-encoding,
//! reading and writing pairs) is `query`.

pub mod query;

use crate::model::Grade;
use query::{decode, encode, Query, QueryWriter, Reader};

/// Most councils a comparison shows at once.
pub const MAX_COMPARE: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// A council's journey. `key` is an ONS code or slug as typed; it is resolved against the
    /// dataset by the page, which shows the not-found view for an unknown council.
    Council {
        key: String,
        present: bool,
    },
    /// A council's printable one-page worksheet for a lesson.
    Worksheet {
        key: String,
    },
    /// Councils side by side, in the order given.
    Compare {
        councils: Vec<String>,
        present: bool,
    },
    /// Every council in a sortable, filterable table.
    Councils(CouncilsState),
    About(AboutPage),
    Glossary,
    /// The national patterns of improvement; `council` (`?la=`) is marked on the aligned
    /// journeys.
    Patterns {
        council: Option<String>,
    },
    /// The councils whose latest report names a theme (`theme=`, a theme key) or a phrase
    /// (`q=`) among what it said must improve.
    Findings {
        theme: Option<String>,
        phrase: Option<String>,
    },
    Embed {
        widget: EmbedWidget,
        options: EmbedOptions,
    },
    /// Anything else; keeps the path (without the base) for the not-found message.
    NotFound {
        path: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AboutPage {
    Index,
    Data,
    Grades,
    Frameworks,
}

impl AboutPage {
    pub const ALL: [AboutPage; 4] =
        [AboutPage::Index, AboutPage::Data, AboutPage::Grades, AboutPage::Frameworks];

    fn segment(self) -> Option<&'static str> {
        match self {
            AboutPage::Index => None,
            AboutPage::Data => Some("data"),
            AboutPage::Grades => Some("grades"),
            AboutPage::Frameworks => Some("frameworks"),
        }
    }
}

/// The state of the all-councils table that its URL carries, e.g.
/// `/councils?sort=last&dir=desc&region=london&grade=inadequate`. Only non-default values are
/// printed, so the plain `/councils` is the default view (by name, A to Z, no filter).
/// Parsing is tolerant: a value it does not recognise falls back to the default rather than
/// turning a shared link into an error page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CouncilsState {
    pub sort: SortColumn,
    pub dir: SortDir,
    /// The region filter as given (a name, slug or region code, e.g. `London`, `north-east`,
    /// `YH`). Route parsing knows no dataset, so `councils_table::resolve_region` resolves it and
    /// `councils_table::canonical_state` drops one that names no region.
    pub region: Option<String>,
    /// Only councils whose current overall grade is this one.
    pub grade: Option<Grade>,
}

/// A column of the all-councils table the rows can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortColumn {
    #[default]
    Name,
    Region,
    /// The current overall grade.
    Grade,
    /// The overall grade before the current one.
    Previous,
    /// The direction of change between the two.
    Change,
    /// The date of the last inspection.
    Last,
    /// Years since the last inspection.
    Years,
}

impl SortColumn {
    pub const ALL: [SortColumn; 7] = [
        SortColumn::Name,
        SortColumn::Region,
        SortColumn::Grade,
        SortColumn::Previous,
        SortColumn::Change,
        SortColumn::Last,
        SortColumn::Years,
    ];

    /// The value of `sort=` in the URL.
    pub fn key(self) -> &'static str {
        match self {
            SortColumn::Name => "name",
            SortColumn::Region => "region",
            SortColumn::Grade => "grade",
            SortColumn::Previous => "previous",
            SortColumn::Change => "change",
            SortColumn::Last => "last",
            SortColumn::Years => "years",
        }
    }

    /// Reads a `sort=` value, ignoring case.
    pub fn parse(s: &str) -> Option<SortColumn> {
        SortColumn::ALL.into_iter().find(|c| c.key().eq_ignore_ascii_case(s.trim()))
    }
}

/// Sort direction; ascending is the default and is not printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortDir {
    #[default]
    Asc,
    Desc,
}

impl SortDir {
    /// The value of `dir=` in the URL.
    pub fn key(self) -> &'static str {
        match self {
            SortDir::Asc => "asc",
            SortDir::Desc => "desc",
        }
    }

    /// Reads a `dir=` value, ignoring case; `ascending` and `descending` are accepted too.
    pub fn parse(s: &str) -> Option<SortDir> {
        match s.trim().to_ascii_lowercase().as_str() {
            "asc" | "ascending" | "up" => Some(SortDir::Asc),
            "desc" | "descending" | "down" => Some(SortDir::Desc),
            _ => None,
        }
    }

    /// The other direction, for a column header clicked twice.
    pub fn flip(self) -> SortDir {
        match self {
            SortDir::Asc => SortDir::Desc,
            SortDir::Desc => SortDir::Asc,
        }
    }
}

/// Reads a grade filter value: the grade's URL key (`requires-improvement`, `not-graded`),
/// ignoring case and accepting `_`, `+` or spaces for `-`, and `ri` for short. "Not judged" is
/// never an overall grade, so it is not a filter.
pub fn parse_grade(s: &str) -> Option<Grade> {
    let s: String =
        s.trim().chars().map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() }).collect();
    match s.as_str() {
        "ri" | "requires-improvement-to-be-good" => Some(Grade::RequiresImprovement),
        _ => Grade::OVERALL.into_iter().find(|g| g.url_key() == s),
    }
}

/// A region filter as it may appear in the URL: letters, digits, spaces, `-`, `'`, `&` and
/// `,`, at most 60 long. Anything else cannot name a region and is ignored.
fn is_region(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '&' | ','))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedWidget {
    Council {
        key: String,
    },
    Compare {
        councils: Vec<String>,
    },
    Map,
    /// One chart of the national patterns, with a council marked where the chart can.
    Patterns {
        chart: PatternChart,
        council: Option<String>,
    },
}

/// The charts of `/patterns`, each with its own embed (`/embed/patterns/<segment>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternChart {
    Transitions,
    Recovery,
    Aligned,
    StayingGood,
    /// What councils are told to improve: the themes of recent reports against SIF's.
    Themes,
}

impl PatternChart {
    pub const ALL: [PatternChart; 5] = [
        PatternChart::Transitions,
        PatternChart::Recovery,
        PatternChart::Aligned,
        PatternChart::StayingGood,
        PatternChart::Themes,
    ];

    /// The chart's path segment, also the id of its section on `/patterns`.
    pub fn segment(self) -> &'static str {
        match self {
            PatternChart::Transitions => "transitions",
            PatternChart::Recovery => "recovery",
            PatternChart::Aligned => "aligned",
            PatternChart::StayingGood => "staying-good",
            PatternChart::Themes => "themes",
        }
    }

    fn parse(s: &str) -> Option<PatternChart> {
        PatternChart::ALL.into_iter().find(|c| c.segment() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// Reads a `theme=` value, ignoring case.
    fn parse(s: &str) -> Option<Theme> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Options an embed takes from its query string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    pub theme: Theme,
    /// No interaction: for print and newsletters.
    pub is_static: bool,
    /// The data release the article was written against (`YYYY-MM-DD`).
    pub data: Option<String>,
    /// Pym.js child id, added by Pym's parent script.
    pub child_id: Option<String>,
    /// A council's widget also lists what its latest report said must improve.
    pub points: bool,
}

impl Route {
    /// Parses a path (already stripped of the base path) and a query string (with or
    /// without its leading `?`).
    pub fn parse(path: &str, query: &str) -> Route {
        Route::parse_reporting(path, query).0
    }

    /// `parse`, and the query parameters the route reads but could not use
    /// (`rejected_params`).
    fn parse_reporting(path: &str, query: &str) -> (Route, Vec<(String, String)>) {
        let query = Query::parse(query);
        let mut q = query.reader();
        let route = Route::read(path, &mut q);
        (route, q.rejected())
    }

    fn read(path: &str, query: &mut Reader) -> Route {
        let not_found = || Route::NotFound { path: path.to_string() };
        let Some(segments) = segments(path) else {
            return not_found();
        };
        let segs: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segs.as_slice() {
            [] => {
                // The home page reads its year itself (`home_year`); it is read here too so
                // that a year it cannot use is named.
                let _ = query.read("year", parse_year);
                Route::Home
            }
            ["council", key] if is_key(key) => {
                Route::Council { key: key.to_string(), present: query.flag("present") }
            }
            ["council", key, "worksheet"] if is_key(key) => Route::Worksheet { key: key.to_string() },
            ["compare"] => Route::Compare { councils: query.list("la"), present: query.flag("present") },
            ["councils"] => Route::Councils(councils_state(query)),
            ["glossary"] => Route::Glossary,
            ["patterns"] => Route::Patterns { council: query.read("la", text(is_key)) },
            ["findings"] => Route::Findings {
                theme: query.read("theme", text(is_theme)),
                phrase: query.read("q", |v: &str| {
                    let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
                    (!v.is_empty() && v.chars().count() <= 80 && !v.chars().any(char::is_control))
                        .then_some(v)
                }),
            },
            ["about"] => Route::About(AboutPage::Index),
            ["about", page] => AboutPage::ALL
                .into_iter()
                .find(|p| p.segment() == Some(page))
                .map(Route::About)
                .unwrap_or_else(not_found),
            ["embed", rest @ ..] => {
                let widget = match rest {
                    ["council", key] if is_key(key) => EmbedWidget::Council { key: key.to_string() },
                    ["compare"] => EmbedWidget::Compare { councils: query.list("la") },
                    ["map"] => EmbedWidget::Map,
                    ["patterns", chart] => match PatternChart::parse(chart) {
                        Some(chart) => {
                            EmbedWidget::Patterns { chart, council: query.read("la", text(is_key)) }
                        }
                        None => return not_found(),
                    },
                    _ => return not_found(),
                };
                Route::Embed { widget, options: embed_options(query) }
            }
            _ => not_found(),
        }
    }

    /// Prints the route as a path and query relative to the base path, e.g.
    /// `/compare?la=E08000035~leicester`. The inverse of `parse` for every route it returns
    /// (apart from `NotFound`, which prints its path).
    pub fn to_url(&self) -> String {
        let mut q = QueryWriter::default();
        let path = match self {
            Route::Home => "/".to_string(),
            Route::Worksheet { key } => format!("/council/{}/worksheet", encode(key)),
            Route::Council { key, present } => {
                q.flag("present", *present);
                format!("/council/{}", encode(key))
            }
            Route::Compare { councils, present } => {
                q.list("la", councils);
                q.flag("present", *present);
                "/compare".to_string()
            }
            Route::Councils(state) => {
                if state.sort != SortColumn::default() {
                    q.pair("sort", state.sort.key());
                }
                if state.dir != SortDir::default() {
                    q.pair("dir", state.dir.key());
                }
                if let Some(region) = &state.region {
                    q.pair("region", region);
                }
                if let Some(grade) = state.grade {
                    q.pair("grade", grade.url_key());
                }
                "/councils".to_string()
            }
            Route::Glossary => "/glossary".to_string(),
            Route::Findings { theme, phrase } => {
                if let Some(t) = theme {
                    q.pair("theme", t);
                }
                if let Some(p) = phrase {
                    q.pair("q", p);
                }
                "/findings".to_string()
            }
            Route::Patterns { council } => {
                if let Some(c) = council {
                    q.pair("la", c);
                }
                "/patterns".to_string()
            }
            Route::About(page) => match page.segment() {
                None => "/about".to_string(),
                Some(s) => format!("/about/{s}"),
            },
            Route::Embed { widget, options } => {
                let path = match widget {
                    EmbedWidget::Council { key } => format!("/embed/council/{}", encode(key)),
                    EmbedWidget::Compare { councils } => {
                        q.list("la", councils);
                        "/embed/compare".to_string()
                    }
                    EmbedWidget::Map => "/embed/map".to_string(),
                    EmbedWidget::Patterns { chart, council } => {
                        if let Some(c) = council {
                            q.pair("la", c);
                        }
                        format!("/embed/patterns/{}", chart.segment())
                    }
                };
                if options.theme != Theme::Auto {
                    q.pair("theme", options.theme.as_str());
                }
                q.flag("static", options.is_static);
                q.flag("points", options.points);
                if let Some(d) = &options.data {
                    q.pair("data", d);
                }
                if let Some(c) = &options.child_id {
                    q.pair("childId", c);
                }
                path
            }
            Route::NotFound { path } => path.clone(),
        };
        path + &q.finish()
    }

    /// The same view without presentation mode, embed options and the like: what the
    /// "open the full view" link of an embed points at.
    pub fn full_view(&self) -> Route {
        match self {
            Route::Embed { widget, .. } => match widget {
                EmbedWidget::Council { key } => Route::Council { key: key.clone(), present: false },
                EmbedWidget::Compare { councils } => {
                    Route::Compare { councils: councils.clone(), present: false }
                }
                EmbedWidget::Map => Route::Home,
                EmbedWidget::Patterns { council, .. } => Route::Patterns { council: council.clone() },
            },
            other => other.clone(),
        }
    }
}

/// The page of a council's journey, by the council's slug. Every link to a council goes
/// through here, so a council's page has one address wherever the reader came from (the
/// slug, which reads well when shared; an ONS code typed into the address still opens it).
pub fn council_link(slug: &str) -> Route {
    Route::Council { key: slug.to_string(), present: false }
}

/// A path and query under the site's base path (`/journeys`, or empty when the site is served
/// from the root): `with_base("/journeys/", "/compare?la=leeds")` is
/// `/journeys/compare?la=leeds`. The inverse of `strip_base`.
pub fn with_base(base: &str, url: &str) -> String {
    format!("{}{url}", base.trim_end_matches('/'))
}

/// A location's path without the site's base path: `/journeys/compare` under `/journeys` is
/// `/compare`. A path outside the base is returned as it is.
pub fn strip_base<'a>(path: &'a str, base: &str) -> &'a str {
    let base = base.trim_end_matches('/');
    if base.is_empty() {
        return path;
    }
    match path.strip_prefix(base) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => path,
    }
}

/// The query parameters of a link that its route reads but cannot use: a known key whose
/// first value is not one it understands (`sort=banana`, `present=maybe`, `region=<b>`), as
/// decoded `(key, value)` pairs in the order given, for a note saying what was left out.
/// Unknown keys are not reported: shared links pick up tracking parameters (`utm_source`,
/// `fbclid`) that are none of the reader's concern. Council lists are not checked here: the
/// comparison names every entry it could not use itself. The parser records these as it
/// reads, so the keys and the values each accepts are listed once, in `Route::parse`.
pub fn rejected_params(path: &str, query: &str) -> Vec<(String, String)> {
    Route::parse_reporting(path, query).1
}

/// The all-councils table's state; unknown or malformed values fall back to the default.
fn councils_state(q: &mut Reader) -> CouncilsState {
    CouncilsState {
        sort: q.read("sort", SortColumn::parse).unwrap_or_default(),
        dir: q.read("dir", SortDir::parse).unwrap_or_default(),
        region: q.read("region", |r| {
            let r = r.split_whitespace().collect::<Vec<_>>().join(" ");
            is_region(&r).then_some(r)
        }),
        grade: q.read("grade", parse_grade),
    }
}

/// A reader of a text value that `ok` accepts.
fn text(ok: fn(&str) -> bool) -> impl Fn(&str) -> Option<String> {
    move |v: &str| ok(v).then(|| v.to_string())
}

fn embed_options(q: &mut Reader) -> EmbedOptions {
    EmbedOptions {
        theme: q.read("theme", Theme::parse).unwrap_or_default(),
        is_static: q.flag("static"),
        points: q.flag("points"),
        data: q.read("data", text(is_release)),
        child_id: q.read("childId", text(is_key)),
    }
}

/// Paths (relative to the site root, no leading slash) that need their own `index.html` in
/// the built site so that a deep link or a refresh works on a plain static file server.
/// `council_keys` are every council's code and slug.
pub fn static_entries<'a>(council_keys: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> =
        ["compare", "councils", "glossary", "about", "patterns", "findings", "embed/compare", "embed/map"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    out.extend(PatternChart::ALL.iter().map(|c| format!("embed/patterns/{}", c.segment())));
    out.extend(AboutPage::ALL.iter().filter_map(|p| p.segment()).map(|s| format!("about/{s}")));
    for key in council_keys {
        if is_key(key) {
            out.push(format!("council/{key}"));
            out.push(format!("council/{key}/worksheet"));
            out.push(format!("embed/council/{key}"));
        }
    }
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// A theme key as `improvements` writes them: lower-case words joined by `-`.
fn is_theme(s: &str) -> bool {
    !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// A council key as it may appear in a path: ASCII letters, digits and `-`, at most 60 long.
/// Anything else (markup, traversal, unicode) cannot name a council and is not found.
fn is_key(s: &str) -> bool {
    !s.is_empty() && s.len() <= 60 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Splits a path into decoded segments, ignoring empty ones (so a trailing slash, which a
/// static server adds when it redirects to a folder, changes nothing). `None` when a segment
/// does not decode to valid UTF-8 or is a dot segment.
fn segments(path: &str) -> Option<Vec<String>> {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = path.strip_suffix("/index.html").unwrap_or(path);
    let mut out = Vec::new();
    for raw in path.split('/').filter(|s| !s.is_empty()) {
        let seg = String::from_utf8(decode(raw, false)).ok()?;
        if seg == "." || seg == ".." || seg.contains('/') || seg.contains('\0') {
            return None;
        }
        out.push(seg);
    }
    Some(out)
}

/// A year as the home page's `year=` gives it: four digits, 2000 to 2099. Whether the data
/// covers it is the page's business (it clamps to the years it has).
fn parse_year(v: &str) -> Option<i32> {
    let v = v.trim();
    (v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
        .then(|| v.parse::<i32>().ok())
        .flatten()
        .filter(|y| (2000..=2099).contains(y))
}

/// The year the home page's national picture shows, from its query string (`?year=2018`);
/// `None` for the default, the latest year.
pub fn home_year(query: &str) -> Option<i32> {
    Query::parse(query).reader().read("year", parse_year)
}

/// The home page's URL for a chosen year: `/` for the latest (the default, left out), else
/// `/?year=2018`.
pub fn home_url(year: i32, latest: i32) -> String {
    if year == latest {
        "/".to_string()
    } else {
        format!("/?year={year}")
    }
}

/// A release date as it appears in `data=`: `YYYY-MM-DD` digits.
fn is_release(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}
