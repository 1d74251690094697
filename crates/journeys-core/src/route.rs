//! URL state: every view of the site as a `Route` value, parsed from a path and query and
//! printed back. Paths are relative to the site's base path (the app strips it first), so the
//! site works from a sub-path. Parsing never fails: anything unrecognised becomes `NotFound`,
//! and only non-default state is printed into the query.

use crate::model::Grade;
use std::fmt::Write as _;

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
    /// `YH`). Route parsing knows no dataset, so `league::resolve_region` resolves it and
    /// `league::canonical_state` drops one that names no region.
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
    Council { key: String },
    Compare { councils: Vec<String> },
    Map,
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
}

impl Route {
    /// Parses a path (already stripped of the base path) and a query string (with or
    /// without its leading `?`).
    pub fn parse(path: &str, query: &str) -> Route {
        let not_found = || Route::NotFound { path: path.to_string() };
        let Some(segments) = segments(path) else {
            return not_found();
        };
        let query = Query::parse(query);
        let segs: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segs.as_slice() {
            [] => Route::Home,
            ["council", key] if is_key(key) => {
                Route::Council { key: key.to_string(), present: query.flag("present") }
            }
            ["council", key, "worksheet"] if is_key(key) => Route::Worksheet { key: key.to_string() },
            ["compare"] => Route::Compare { councils: query.list("la"), present: query.flag("present") },
            ["councils"] => Route::Councils(query.councils_state()),
            ["glossary"] => Route::Glossary,
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
                    _ => return not_found(),
                };
                Route::Embed { widget, options: query.embed_options() }
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
                };
                if options.theme != Theme::Auto {
                    q.pair("theme", options.theme.as_str());
                }
                q.flag("static", options.is_static);
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
            },
            other => other.clone(),
        }
    }
}

/// The query parameters of a link that its route reads but cannot use: a known key whose
/// first value is not one it understands (`sort=banana`, `present=maybe`, `region=<b>`), as
/// decoded `(key, value)` pairs in the order given, for a note saying what was left out.
/// Unknown keys are not reported: shared links pick up tracking parameters (`utm_source`,
/// `fbclid`) that are none of the reader's concern. Council lists are not checked here: the
/// comparison names every entry it could not use itself.
pub fn rejected_params(path: &str, query: &str) -> Vec<(String, String)> {
    let route = Route::parse(path, query);
    let q = Query::parse(query);
    let flag = |v: &str| matches!(v, "" | "1" | "true" | "yes" | "0" | "false" | "no");
    // Each key the route reads, with what a value of it must satisfy.
    type Check<'a> = (&'a str, &'a dyn Fn(&str) -> bool);
    let checks: Vec<Check> = match &route {
        Route::Council { .. } | Route::Compare { .. } => vec![("present", &flag)],
        Route::Councils(_) => vec![
            ("sort", &|v: &str| SortColumn::parse(v).is_some()),
            ("dir", &|v: &str| SortDir::parse(v).is_some()),
            ("region", &|v: &str| is_region(&v.split_whitespace().collect::<Vec<_>>().join(" "))),
            ("grade", &|v: &str| parse_grade(v).is_some()),
        ],
        Route::Embed { .. } => vec![
            ("theme", &|v: &str| Theme::parse(v).is_some()),
            ("static", &flag),
            ("data", &is_release),
            ("childId", &is_key),
        ],
        Route::Home => vec![("year", &|v: &str| parse_year(v).is_some())],
        Route::About(_) | Route::Glossary | Route::Worksheet { .. } | Route::NotFound { .. } => Vec::new(),
    };
    let mut out: Vec<(usize, String, String)> = Vec::new();
    for (key, ok) in checks {
        if let Some(at) = q.0.iter().position(|(k, _)| k.eq_ignore_ascii_case(key)) {
            let (k, v) = &q.0[at];
            if !ok(v) {
                out.push((at, k.clone(), v.clone()));
            }
        }
    }
    crate::sort::sort_by_key(&mut out, |(at, ..)| *at);
    out.into_iter().map(|(_, k, v)| (k, v)).collect()
}

/// Paths (relative to the site root, no leading slash) that need their own `index.html` in
/// the built site so that a deep link or a refresh works on a plain static file server.
/// `council_keys` are every council's code and slug.
pub fn static_entries<'a>(council_keys: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = ["compare", "councils", "glossary", "about", "embed/compare", "embed/map"]
        .iter()
        .map(|s| s.to_string())
        .collect();
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

/// Percent-decodes `s` into bytes; with `plus_is_space`, `+` decodes to a space as in form
/// queries. Only `%` followed by two hex digits is an escape: `%+1`, `%zz` and a `%` at the
/// end stay as they are, as browsers leave them.
fn decode(s: &str, plus_is_space: bool) -> Vec<u8> {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', hi, lo]) => hex(*hi).zip(hex(*lo)).map(|(hi, lo)| hi << 4 | lo),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(b), _) => {
                out.push(b);
                i += 3;
            }
            (None, b'+') if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// Decodes a query key or value. Bytes that are not UTF-8 become U+FFFD rather than dropping
/// the pair, so that `?la=%FF` reaches the page as an entry it can name as unknown.
fn decode_text(s: &str) -> String {
    String::from_utf8_lossy(&decode(s, true)).into_owned()
}

/// Percent-encodes everything but unreserved characters; `~` stays as it is because it joins
/// council lists and survives link mangling.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A parsed query string: decoded pairs in order. Repeated keys keep every value.
struct Query(Vec<(String, String)>);

impl Query {
    fn parse(q: &str) -> Query {
        let q = q.strip_prefix('?').unwrap_or(q);
        let q = q.split('#').next().unwrap_or("");
        Query(
            q.split('&')
                .filter(|p| !p.is_empty())
                .map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    (decode_text(k), decode_text(v))
                })
                .collect(),
        )
    }

    /// The first value of `key`; keys match ignoring ASCII case (`?LA=leeds`, `?childid=`).
    fn first(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v.as_str())
    }

    /// A flag is on when present with no value or a truthy one (`?present`, `?static=1`).
    fn flag(&self, key: &str) -> bool {
        matches!(self.first(key), Some("" | "1" | "true" | "yes"))
    }

    /// Every value of `key` split on `~` (and `,`, which some editors substitute), trimmed,
    /// empties dropped, in order. Repeated keys are concatenated.
    fn list(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(key))
            .flat_map(|(_, v)| v.split(['~', ',']))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The all-councils table's state; unknown or malformed values fall back to the default.
    fn councils_state(&self) -> CouncilsState {
        let region = self.first("region").map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "));
        CouncilsState {
            sort: self.first("sort").and_then(SortColumn::parse).unwrap_or_default(),
            dir: self.first("dir").and_then(SortDir::parse).unwrap_or_default(),
            region: region.filter(|r| is_region(r)),
            grade: self.first("grade").and_then(parse_grade),
        }
    }

    fn embed_options(&self) -> EmbedOptions {
        EmbedOptions {
            theme: self.first("theme").and_then(Theme::parse).unwrap_or_default(),
            is_static: self.flag("static"),
            data: self.first("data").filter(|d| is_release(d)).map(str::to_string),
            child_id: self.first("childId").filter(|c| is_key(c)).map(str::to_string),
        }
    }
}

/// A year as the home page's `year=` gives it: four digits, 2000 to 2099. Whether the data
/// covers it is the page's business (it clamps to the years it has).
pub fn parse_year(v: &str) -> Option<i32> {
    let v = v.trim();
    (v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
        .then(|| v.parse::<i32>().ok())
        .flatten()
        .filter(|y| (2000..=2099).contains(y))
}

/// The year the home page's national picture shows, from its query string (`?year=2018`);
/// `None` for the default, the latest year.
pub fn home_year(query: &str) -> Option<i32> {
    Query::parse(query).first("year").and_then(parse_year)
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

#[derive(Default)]
struct QueryWriter(Vec<String>);

impl QueryWriter {
    fn pair(&mut self, k: &str, v: &str) {
        self.0.push(format!("{k}={}", encode(v)));
    }

    fn flag(&mut self, k: &str, on: bool) {
        if on {
            self.0.push(k.to_string());
        }
    }

    fn list(&mut self, k: &str, items: &[String]) {
        if !items.is_empty() {
            let joined: Vec<String> = items.iter().map(|s| encode(s)).collect();
            self.0.push(format!("{k}={}", joined.join("~")));
        }
    }

    fn finish(self) -> String {
        if self.0.is_empty() {
            String::new()
        } else {
            format!("?{}", self.0.join("&"))
        }
    }
}
