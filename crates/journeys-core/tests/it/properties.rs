//! Properties: first, property tests (proptest) for the two parsers that read input from
//! outside: the URL-state parser (`Route::parse`, which reads whatever link a reader followed)
//! and the dataset loader (`parse_dataset`); then rules that must hold for every council of the
//! shipped data, whatever a release holds (at the end of the file). Properties checked:
//!
//! 1. `Route::parse` never panics on arbitrary paths and queries, and neither do `to_url` and
//!    `full_view` on what it returns, nor `rejected_params`.
//! 2. Every route it parses prints (`to_url`) to a URL that parses back to the same route, and
//!    printing is then stable; a `NotFound` stays `NotFound`.
//! 3. Every valid route generated from its parts (council keys, compare lists of up to 8,
//!    embed widgets and options, the all-councils table state) round-trips print → parse.
//!    A printed URL also has no parameter `rejected_params` would report.
//! 4. Every URL a route prints is plain ASCII with no space, quote or angle bracket, so it is
//!    safe in an `href` and in a copied link.
//! 5. `parse_dataset` never panics on arbitrary strings or arbitrary JSON values.
//! 6. `parse_dataset` never panics on mutations of the shipped dataset: truncations, byte
//!    flips, inserted bytes, removed fields, values replaced by other types, emptied arrays.
//!
//! 7. Every council's chart keeps its labels inside and apart and its pointer areas off other
//!    marks; every step of its presentation says something; every row of its matrix shows
//!    something and every judgement; its CSV reads back; its rows' report addresses fit a
//!    cell; the map, the counts and the table agree; the hex map, the distribution and the
//!    regions' outlines pass the checks `national` runs on its fixtures.
//!
//! Case counts are kept modest (`CASES`) so the file runs in a few seconds in a debug build.

use crate::common::shipped_json;
use journeys_core::load::parse_dataset;
use journeys_core::model::Grade;
use journeys_core::route::{
    rejected_params, AboutPage, CouncilsState, EmbedOptions, EmbedWidget, PatternChart, Route, SortColumn,
    SortDir, Theme, MAX_COMPARE,
};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;
use std::sync::OnceLock;

const CASES: u32 = 384;

fn config(cases: u32) -> Config {
    // No regression files are written into the source tree; a failure prints its minimal case.
    Config { cases, failure_persistence: None, ..Config::default() }
}

/// Every council code and slug in the shipped dataset.
fn shipped_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let d = parse_dataset(shipped_json()).expect("the shipped dataset loads");
        d.councils.iter().flat_map(|c| [c.code.clone(), c.slug.clone()]).collect()
    })
}

/// A smaller but still valid dataset: six councils (Leeds, Leicester, the City of London and
/// the two Northamptonshire unitaries with their predecessor), their inspections and events,
/// so that each mutated case parses quickly and mutations often reach the consistency checks
/// rather than failing at the first byte.
fn small_dataset() -> &'static Value {
    static SMALL: OnceLock<Value> = OnceLock::new();
    SMALL.get_or_init(|| {
        let mut v: Value = serde_json::from_str(shipped_json()).expect("the shipped dataset is JSON");
        let keep = ["E06000016", "E06000061", "E06000062", "E08000035", "E09000001", "E10000021"];
        let kept = |x: &Value| x.as_str().is_some_and(|c| keep.contains(&c));
        for list in ["inspections", "events"] {
            if let Some(items) = v.get_mut(list).and_then(Value::as_array_mut) {
                items.retain(|i| i.get("council").is_some_and(kept));
            }
        }
        if let Some(councils) = v.get_mut("councils").and_then(Value::as_array_mut) {
            councils.retain(|c| c.get("code").is_some_and(kept));
            for c in councils.iter_mut() {
                if let Some(n) = c.get_mut("neighbours").and_then(Value::as_array_mut) {
                    n.retain(kept);
                }
            }
        }
        if let Some(former) = v.get_mut("former_councils").and_then(Value::as_array_mut) {
            former.retain(|f| f.get("code").and_then(Value::as_str) == Some("E10000021"));
        }
        let text = serde_json::to_string(&v).unwrap();
        if let Err(e) = parse_dataset(&text) {
            panic!("the reduced dataset should still load: {e}");
        }
        assert!(text.len() < 60_000, "the reduced dataset is small ({} bytes)", text.len());
        v
    })
}

/// Splits a printed URL into the path and query `Route::parse` takes.
fn split(url: &str) -> (&str, &str) {
    url.split_once('?').unwrap_or((url, ""))
}

fn reparse(route: &Route) -> Route {
    let url = route.to_url();
    let (path, query) = split(&url);
    Route::parse(path, query)
}

// ---- Strategies for URLs ----

/// Text made of the characters that matter to the parser, plus some markup.
fn url_chars(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!(
        "[-/%a-zA-Z0-9.~,?#&=+ <>\"'_;:!*()\\[\\]{{}}\\\\éŁ€\u{0}]{{0,{max}}}"
    ))
    .unwrap()
}

/// Percent-escapes, valid and not: `%41`, `%e2%82`, `%zz`, `%+1`, `%`.
fn escapes() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<u8>().prop_map(|b| format!("%{b:02X}")),
            any::<u8>().prop_map(|b| format!("%{b:02x}")),
            Just("%".to_string()),
            Just("%+1".to_string()),
            Just("%-1".to_string()),
            Just("%2e%2e".to_string()),
            Just("%00".to_string()),
            "[a-z~,]{1,4}",
        ],
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

fn any_path() -> impl Strategy<Value = String> {
    let prefix = prop::sample::select(vec![
        "",
        "/",
        "/council/",
        "/compare",
        "/compare/",
        "/councils",
        "/councils/",
        "/glossary",
        "/about/",
        "/embed/",
        "/embed/council/",
        "/embed/compare",
        "/embed/map",
        "/../",
        "/council/leeds/",
    ]);
    prop_oneof![
        any::<String>(),
        url_chars(60),
        (prefix.clone(), url_chars(30)).prop_map(|(p, s)| format!("{p}{s}")),
        (prefix, escapes()).prop_map(|(p, s)| format!("{p}{s}")),
    ]
}

fn any_query() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "la", "present", "sort", "dir", "region", "grade", "theme", "static", "data", "childId", "LA", "x",
        "",
    ]);
    let value = prop_oneof![
        url_chars(20),
        escapes(),
        any::<String>(),
        prop::sample::select(vec![
            "leeds~york",
            "~~",
            "dark",
            "light",
            "1",
            "desc",
            "last",
            "ri",
            "London",
            "2026-08-22",
            "cj-1",
        ])
        .prop_map(str::to_string),
    ];
    let pairs = prop::collection::vec((key, prop::option::of(value)), 0..6).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| match v {
                Some(v) => format!("{k}={v}"),
                None => k.to_string(),
            })
            .collect::<Vec<_>>()
            .join("&")
    });
    prop_oneof![pairs.clone(), pairs.prop_map(|q| format!("?{q}")), any::<String>(), url_chars(60)]
}

// ---- Strategies for valid routes ----

/// A council key as a path may carry it: a real code or slug, or any well-formed key.
fn council_key() -> impl Strategy<Value = String> {
    prop_oneof![prop::sample::select(shipped_keys().to_vec()), "[A-Za-z0-9-]{1,60}"]
}

/// An entry of a compare list: anything the `la` parser can return (trimmed, non-empty, no
/// `~` or `,`), including unicode, markup and spaces inside.
fn compare_entry() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => council_key(),
        1 => "\\PC{1,12}".prop_filter_map("not a list entry", |s: String| {
            let ok = !s.is_empty() && s.trim() == s && !s.contains(['~', ',']);
            ok.then_some(s)
        }),
    ]
}

fn compare_list() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(compare_entry(), 0..=MAX_COMPARE)
}

fn grade() -> impl Strategy<Value = Grade> {
    prop::sample::select(Grade::OVERALL.to_vec())
}

fn councils_state() -> impl Strategy<Value = CouncilsState> {
    let region = prop_oneof![
        prop::sample::select(vec!["London", "north-east", "YH", "Yorkshire and the Humber", "South West"])
            .prop_map(str::to_string),
        "[A-Za-z0-9,&'-]{1,20}( [A-Za-z0-9,&'-]{1,10}){0,3}",
    ];
    (
        prop::sample::select(SortColumn::ALL.to_vec()),
        prop::sample::select(vec![SortDir::Asc, SortDir::Desc]),
        prop::option::of(region),
        prop::option::of(grade()),
    )
        .prop_map(|(sort, dir, region, grade)| CouncilsState { sort, dir, region, grade })
}

fn embed_options() -> impl Strategy<Value = EmbedOptions> {
    (
        prop::sample::select(vec![Theme::Auto, Theme::Light, Theme::Dark]),
        any::<bool>(),
        prop::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        prop::option::of("[A-Za-z0-9-]{1,60}"),
    )
        .prop_map(|(theme, is_static, data, child_id)| EmbedOptions { theme, is_static, data, child_id })
}

fn valid_route() -> impl Strategy<Value = Route> {
    let widget = prop_oneof![
        council_key().prop_map(|key| EmbedWidget::Council { key }),
        compare_list().prop_map(|councils| EmbedWidget::Compare { councils }),
        Just(EmbedWidget::Map),
        (prop::sample::select(PatternChart::ALL.to_vec()), prop::option::of(council_key()))
            .prop_map(|(chart, council)| EmbedWidget::Patterns { chart, council }),
    ];
    prop_oneof![
        Just(Route::Home),
        Just(Route::Glossary),
        prop::sample::select(AboutPage::ALL.to_vec()).prop_map(Route::About),
        (council_key(), any::<bool>()).prop_map(|(key, present)| Route::Council { key, present }),
        council_key().prop_map(|key| Route::Worksheet { key }),
        (compare_list(), any::<bool>()).prop_map(|(councils, present)| Route::Compare { councils, present }),
        councils_state().prop_map(Route::Councils),
        prop::option::of(council_key()).prop_map(|council| Route::Patterns { council }),
        (
            prop::option::of("[a-z]{1,10}(-[a-z]{1,10}){0,2}"),
            prop::option::of("[A-Za-z0-9'’,.&]{1,12}( [A-Za-z0-9'’,.&]{1,12}){0,3}")
        )
            .prop_map(|(theme, phrase)| Route::Findings { theme, phrase }),
        (widget, embed_options()).prop_map(|(widget, options)| Route::Embed { widget, options }),
    ]
}

proptest! {
    #![proptest_config(config(CASES))]

    #[test]
    fn route_parse_never_panics(path in any_path(), query in any_query()) {
        let route = Route::parse(&path, &query);
        let _ = route.to_url();
        let _ = route.full_view().to_url();
        let _ = rejected_params(&path, &query);
    }

    #[test]
    fn parsed_routes_round_trip(path in any_path(), query in any_query()) {
        let route = Route::parse(&path, &query);
        let again = reparse(&route);
        if let Route::NotFound { .. } = route {
            prop_assert!(matches!(again, Route::NotFound { .. }), "{path:?} {query:?} became {again:?}");
        } else {
            prop_assert_eq!(&again, &route, "{} {} printed as {}", path, query, route.to_url());
            prop_assert_eq!(again.to_url(), route.to_url());
        }
    }

    #[test]
    fn valid_routes_round_trip(route in valid_route()) {
        let url = route.to_url();
        let again = reparse(&route);
        prop_assert_eq!(&again, &route, "printed as {}", url);
        prop_assert_eq!(&again.to_url(), &url);
        // A printed URL holds nothing a note would call not understood.
        let (path, query) = split(&url);
        prop_assert_eq!(rejected_params(path, query), Vec::<(String, String)>::new(), "{}", url);
    }

    #[test]
    fn printed_urls_are_plain_ascii(route in valid_route()) {
        let url = route.to_url();
        prop_assert!(url.starts_with('/'), "{url}");
        prop_assert!(
            url.bytes().all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'\\' | b'`')),
            "{url}"
        );
        // The full view of an embed is a page route that round-trips too.
        let full = route.full_view();
        prop_assert!(!matches!(full, Route::Embed { .. }), "full view {:?}", full);
        prop_assert_eq!(reparse(&full), full);
    }

    #[test]
    fn parse_dataset_never_panics_on_arbitrary_text(s in prop_oneof![any::<String>(), "[\\[\\]{}\":,0-9a-z \\-]{0,200}"]) {
        prop_assert!(parse_dataset(&s).is_err());
    }

    #[test]
    fn parse_dataset_never_panics_on_arbitrary_json(v in arbitrary_json()) {
        let _ = parse_dataset(&v.to_string());
    }
}

// ---- Dataset mutations ----

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(Value::from(1u32)),
        "\\PC{0,10}".prop_map(Value::String),
        Just(Value::from("2026-08-22")),
        Just(Value::from("E08000035")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let key = prop::sample::select(vec![
            "format",
            "release",
            "coverage",
            "sources",
            "councils",
            "inspections",
            "events",
            "former_councils",
            "code",
            "council",
            "x",
        ]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..8)
                .prop_map(|kv| { Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()) }),
        ]
    })
}

/// A change to one value of the dataset's tree. Indices are taken modulo the size of what
/// they index, so every mutation applies to whatever tree it meets.
#[derive(Debug, Clone)]
enum Mutation {
    /// Removes an object's field or an array's element.
    Remove,
    /// Replaces the value with another one of any type.
    Replace(Value),
    /// Empties an array or object, or a string.
    Empty,
    /// Duplicates an array element (a council or an inspection twice, for example).
    Duplicate,
    /// Swaps two elements of an array (breaks the sort order).
    Swap(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let weird = prop_oneof![
        Just(Value::Null),
        Just(Value::from(-1)),
        Just(Value::from(u64::MAX)),
        Just(Value::from(1e308)),
        Just(Value::from("")),
        Just(Value::from("0000-00-00")),
        Just(Value::from("2026-02-30")),
        Just(Value::from("9999-12-31")),
        Just(Value::from("-262144-01-01")),
        Just(Value::from("<script>alert(1)</script>")),
        Just(Value::from("inadequate")),
        Just(Value::from("ILACS")),
        Just(Value::from("E08000035")),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({})),
        "\\PC{0,12}".prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
    ];
    prop_oneof![
        3 => Just(Mutation::Remove),
        4 => weird.prop_map(Mutation::Replace),
        1 => Just(Mutation::Empty),
        1 => Just(Mutation::Duplicate),
        1 => any::<usize>().prop_map(Mutation::Swap),
    ]
}

/// Walks down the tree following `path` (each step an index modulo the number of children)
/// and applies `m` at the node reached, or at its parent for removal and duplication.
fn mutate(v: &mut Value, path: &[usize], m: &Mutation) {
    let children = match v {
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        _ => 0,
    };
    let at_parent = matches!(m, Mutation::Remove | Mutation::Duplicate | Mutation::Swap(_));
    if path.is_empty() || children == 0 || (at_parent && path.len() == 1) {
        if at_parent && children > 0 {
            let i = path.first().copied().unwrap_or(0) % children;
            match (v, m) {
                (Value::Array(a), Mutation::Remove) => {
                    a.remove(i);
                }
                (Value::Array(a), Mutation::Duplicate) => {
                    let item = a[i].clone();
                    a.insert(i, item);
                }
                (Value::Array(a), Mutation::Swap(j)) => {
                    let j = j % a.len();
                    a.swap(i, j);
                }
                (Value::Object(o), _) => {
                    let key = o.keys().nth(i).cloned().expect("index in range");
                    o.remove(&key);
                }
                _ => {}
            }
            return;
        }
        match m {
            Mutation::Replace(new) => *v = new.clone(),
            Mutation::Empty => match v {
                Value::Array(a) => a.clear(),
                Value::Object(o) => o.clear(),
                Value::String(s) => s.clear(),
                other => *other = Value::Null,
            },
            _ => {}
        }
        return;
    }
    let i = path[0] % children;
    let child = match v {
        Value::Array(a) => &mut a[i],
        Value::Object(o) => o.values_mut().nth(i).expect("index in range"),
        _ => unreachable!("has children"),
    };
    mutate(child, &path[1..], m);
}

/// A byte-level edit of the JSON text; positions are taken modulo its length.
#[derive(Debug, Clone)]
enum ByteEdit {
    Truncate(usize),
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize, usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        any::<usize>().prop_map(ByteEdit::Truncate),
        (any::<usize>(), 1u8..=255).prop_map(|(i, x)| ByteEdit::Flip(i, x)),
        (any::<usize>(), prop::sample::select(b"{}[]\",:0\\ \x00\xff".to_vec()))
            .prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| ByteEdit::Delete(i, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let len = bytes.len().max(1);
    match *edit {
        ByteEdit::Truncate(i) => bytes.truncate(i % len),
        ByteEdit::Flip(i, x) => {
            if !bytes.is_empty() {
                bytes[i % len] ^= x;
            }
        }
        ByteEdit::Insert(i, b) => bytes.insert(i % (bytes.len() + 1), b),
        ByteEdit::Delete(i, n) => {
            let start = i % len;
            let end = (start + n).min(bytes.len());
            if start < end {
                bytes.drain(start..end);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(CASES))]

    #[test]
    fn parse_dataset_never_panics_on_tree_mutations(
        edits in prop::collection::vec((prop::collection::vec(any::<usize>(), 1..6), mutation()), 1..4)
    ) {
        let mut v = small_dataset().clone();
        for (path, m) in &edits {
            mutate(&mut v, path, m);
        }
        let _ = parse_dataset(&v.to_string());
    }

    #[test]
    fn parse_dataset_never_panics_on_byte_edits(edits in prop::collection::vec(byte_edit(), 1..4)) {
        let mut bytes = serde_json::to_vec(small_dataset()).unwrap();
        for e in &edits {
            apply(&mut bytes, e);
        }
        let _ = parse_dataset(&String::from_utf8_lossy(&bytes));
    }
}

proptest! {
    // The full shipped file is 400 kB, so fewer cases: a truncation or one flipped byte.
    #![proptest_config(config(48))]

    #[test]
    fn parse_dataset_never_panics_on_the_shipped_file_edited(edit in byte_edit()) {
        let mut bytes = shipped_json().as_bytes().to_vec();
        apply(&mut bytes, &edit);
        let _ = parse_dataset(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn the_shipped_dataset_and_its_reduced_copy_load() {
    assert!(parse_dataset(shipped_json()).is_ok());
    assert!(parse_dataset(&small_dataset().to_string()).is_ok());
}

// Properties of every council in the shipped data: rules that must hold whatever a release
// holds, so they name no council and no value of one (those are in `known_facts`).

use crate::common::dataset;
use journeys_core::chart::{council_chart, earliest, journey_chart, text_width, Anchor};
use journeys_core::councils_table::{grade_options, rows};
use journeys_core::journey::{inspection_rows, inspections, latest_overall, release_date};
use journeys_core::matrix::{cell, council_matrix, is_area_of, Cell};
use journeys_core::model::Area::OverallEffectiveness;
use journeys_core::national::{distribution_by_year, hex_map, region_outlines, year_end, REGION_LABEL_SIZE};
use journeys_core::present::present_steps;

#[test]
fn labels_stay_inside_and_never_overlap() {
    let data = dataset();
    let release = data.release;
    for width in [320.0, 360.0, 720.0, 1100.0] {
        for c in data.councils.iter().filter(|c| c.current) {
            let list = inspections(data, c);
            let flags = vec![false; list.len()];
            let chart = journey_chart(&list, &flags, &[], (earliest(&list, &[]), release), width);
            let boxes: Vec<(f64, f64, f64)> = chart
                .marks
                .iter()
                .map(|m| {
                    let w = text_width(&m.text, 12.0);
                    let left = match m.anchor {
                        Anchor::Start => m.label_x,
                        Anchor::Middle => m.label_x - w / 2.0,
                        Anchor::End => m.label_x - w,
                    };
                    (left, left + w, m.label_y)
                })
                .collect();
            for (k, (l, r, y)) in boxes.iter().enumerate() {
                assert!(
                    *l >= chart.x0 - 8.0 && *r <= chart.width,
                    "{} at {width}: label {k} at {l}..{r}",
                    c.name
                );
                for (l2, r2, y2) in &boxes[..k] {
                    let overlap = (y - y2).abs() < 12.0 && l < r2 && l2 < r;
                    assert!(!overlap, "{} at {width}: label {k} overlaps an earlier one", c.name);
                }
            }
            // Every mark names its grade, or continues a run whose label does, or (on a
            // crowded phone-width chart) gives its year on the row that names the grade.
            for (k, m) in chart.marks.iter().enumerate() {
                assert!(
                    m.text.starts_with(m.grade_label)
                        || (k > 0 && chart.marks[k - 1].grade == m.grade)
                        || (width < 400.0 && m.text == m.year),
                    "{} at {width}: {:?}",
                    c.name,
                    m.text
                );
            }
        }
    }
}

/// A mark's pointer area never covers another mark's centre, so a tap on a dot opens that
/// inspection (two child protection inspections six months apart sit close together).
#[test]
fn pointer_areas_do_not_cover_other_marks() {
    let data = dataset();
    let release = data.release;
    for width in [320.0, 720.0] {
        for c in &data.councils {
            let chart = council_chart(data, c, release, width);
            for a in &chart.marks {
                assert!(a.hit_r >= 7.0 && a.hit_r <= 14.0);
                for b in &chart.marks {
                    let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                    if d >= 14.0 {
                        assert!(
                            a.hit_r <= d / 2.0 + 1e-9,
                            "{} at {width}: {} covers {}",
                            c.name,
                            a.aria,
                            b.aria
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn every_step_of_every_council_says_something() {
    let d = dataset();
    for c in &d.councils {
        let chart = council_chart(d, c, release_date(d), 720.0);
        for s in present_steps(&c.code, &chart, &inspection_rows(d, c)) {
            assert!(!s.change.is_empty() && !s.heading.is_empty(), "{}: {s:?}", c.name);
        }
    }
}

#[test]
fn every_row_of_every_matrix_has_something_to_show() {
    let d = dataset();
    for c in &d.councils {
        let m = council_matrix(d, c);
        assert!(!m.columns.is_empty(), "{}", c.name);
        assert_eq!(m.rows[0].area, OverallEffectiveness, "{}", c.name);
        for row in &m.rows {
            assert_eq!(row.cells.len(), m.columns.len());
            assert!(row.cells.iter().any(|x| *x != Cell::NotAnArea), "{}: {}", c.name, row.area.key());
        }
        // Every recorded judgement shows up as its grade (or as not judged).
        for (k, col) in m.columns.iter().enumerate() {
            let i = d
                .inspections
                .iter()
                .find(|i| {
                    i.when() == col.start
                        && i.framework == col.framework
                        && i.published == col.published
                        && journeys_core::journey::lineage(d, c).iter().any(|l| l.code == i.council)
                })
                .unwrap();
            for j in &i.judgements {
                let shown = m.row(j.area).unwrap().cells[k];
                let want = if j.grade == Grade::NotJudged { Cell::NotJudged } else { Cell::Grade(j.grade) };
                assert_eq!(shown, want, "{} {}", c.name, col.date);
                assert!(
                    is_area_of(j.area, i.framework, i.when()),
                    "{} {}: {} is an area of its framework",
                    c.name,
                    col.date,
                    j.area.key()
                );
                assert_eq!(cell(i, j.area), want);
            }
        }
    }
}

#[test]
fn every_journey_reads_back_with_the_council_or_a_predecessor_inspected() {
    let data = dataset();
    for c in &data.councils {
        let rows =
            crate::export::read(&journeys_core::export::journeys_csv(data, std::slice::from_ref(&c.code)));
        for r in &rows[1..] {
            assert_eq!((r[0].as_str(), r[1].as_str()), (c.code.as_str(), c.name.as_str()));
            assert!(r[2] == c.code || c.predecessors.contains(&r[2]), "{}: {r:?}", c.code);
            assert!(!r[3].is_empty() && !r[13].is_empty(), "{}: {r:?}", c.code);
        }
    }
}

#[test]
fn every_latest_overall_grade_is_on_a_scale() {
    let data = dataset();
    for c in data.councils.iter().filter(|c| c.current) {
        if let Some((_, g)) = latest_overall(data, c) {
            assert!(g.rank().is_some(), "{}", c.name);
        }
    }
}

#[test]
fn every_report_address_fits_a_table_cell_and_no_citation_shows_a_file_path() {
    // Every row of every council has an address that fits a table cell.
    let data = dataset();
    for c in &data.councils {
        for r in inspection_rows(data, c) {
            let a = r.link.printed_address();
            assert!(!a.is_empty() && a.len() <= 45 && !a.contains("://"), "{}: {a}", c.name);
            assert!(!r.citation.contains("data/sources"), "{}: {}", c.name, r.citation);
        }
    }
}

#[test]
fn the_map_counts_and_the_table_agree_on_the_shipped_data() {
    let d = dataset();
    let table = rows(d, year_end(d, 2026));
    let counts = distribution_by_year(d).into_iter().last().unwrap();
    let options = grade_options(&table);
    let count = |g: Grade| options.iter().find(|(h, _)| *h == g).map_or(0, |(_, n)| *n);
    assert_eq!(count(Grade::Outstanding), counts.outstanding);
    assert_eq!(count(Grade::Good), counts.good);
    assert_eq!(count(Grade::RequiresImprovement), counts.requires_improvement);
    assert_eq!(count(Grade::Inadequate), counts.inadequate);
    assert_eq!(count(Grade::NotGraded2026), counts.inspected_since_2026);
    let map = hex_map(d, year_end(d, 2026));
    for r in &table {
        let cell = map.cells.iter().find(|c| c.code == r.code).unwrap();
        assert_eq!(cell.grade, r.current.map(|g| g.grade), "{}", r.name);
        assert_eq!(cell.inspected_since_2026, r.inspected_since_2026.is_some(), "{}", r.name);
    }
}

// The shipped hex map and distribution, checked as the national tests check their fixtures.

#[test]
fn the_shipped_map_has_every_current_council_once_and_reachable() {
    let d = dataset();
    crate::national::check_hexagons(d, &hex_map(d, year_end(d, 2018)));
    crate::national::check_every_hexagon_reachable(&hex_map(d, d.release));
}

#[test]
fn the_shipped_distribution_counts_every_current_council_each_year() {
    crate::national::check_distribution(dataset(), 2018);
}

#[test]
fn the_shipped_regions_are_outlined_and_the_same_every_year() {
    let d = dataset();
    crate::national::check_region_outlines(&hex_map(d, year_end(d, 2025)));
    crate::national::check_each_years_map(d);
}

/// Each region's name is printed inside the map, whole (estimating glyphs at 0.68 em), over no
/// hexagon and no other region's name: that needs open water by every region, which the
/// shipped layout has and a small fixture's map does not.
#[test]
fn region_labels_sit_inside_the_map_and_cover_no_hexagon_and_no_other_label() {
    let d = dataset();
    let map = hex_map(d, year_end(d, 2025));
    let regions = region_outlines(&map);
    for r in &regions {
        let half = r.label.chars().count() as f64 * REGION_LABEL_SIZE * 0.68 / 2.0;
        assert!(r.label_x - half >= -0.01 && r.label_x + half <= map.width + 0.01, "{}", r.label);
        assert!(r.label_y > 0.0 && r.label_y < map.height);
    }
    let half = |l: &str| (l.chars().count() as f64 * REGION_LABEL_SIZE * 0.68 / 2.0, REGION_LABEL_SIZE * 0.6);
    for (i, r) in regions.iter().enumerate() {
        let (hw, hh) = half(&r.label);
        for c in &map.cells {
            let clear = (c.x - r.label_x).abs() >= hw + 8.6 || (c.y - r.label_y).abs() >= hh + 10.0;
            assert!(clear, "{} covers {}", r.label, c.name);
        }
        for o in &regions[i + 1..] {
            let (ow, oh) = half(&o.label);
            assert!(
                (o.label_x - r.label_x).abs() >= hw + ow || (o.label_y - r.label_y).abs() >= hh + oh,
                "{} and {}",
                r.label,
                o.label
            );
        }
    }
}

#[test]
fn every_story_step_is_a_year_with_a_graded_inspection_in_the_shipped_data() {
    crate::lessons::check_stories(dataset());
}

/// The journey chart's joined line is the council's headline series, the series the national
/// patterns count (`patterns::series`): for every council of the shipped data, the inspections
/// the line joins are exactly its own headline series, in order.
#[test]
fn every_journey_line_is_the_councils_headline_series() {
    use journeys_core::chart::council_chart;
    use journeys_core::journey::inspections;
    use journeys_core::patterns::headline_series;
    let data = crate::common::dataset();
    for c in &data.councils {
        let list = inspections(data, c);
        let chart = council_chart(data, c, data.release, 720.0);
        let own: Vec<_> = headline_series(data, &c.code).into_iter().map(|(i, _)| i).collect();
        // The marks on the line of this council's own code, left to right.
        let joined: Vec<_> = chart
            .marks
            .iter()
            .map(|m| list[m.index])
            .filter(|i| i.council == c.code && journeys_core::chart::on_headline_line(i))
            .collect();
        assert_eq!(joined, own, "{}: the line's inspections", c.name);
        let segments = own.len().saturating_sub(1);
        let predecessors_joined: usize =
            c.predecessors.iter().map(|p| headline_series(data, p).len().saturating_sub(1)).sum();
        assert_eq!(
            chart.segments.len(),
            segments + predecessors_joined,
            "{}: one segment a consecutive pair",
            c.name
        );
    }
}
