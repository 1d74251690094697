//! Host tests for URL state: parsing paths and queries into routes, printing them back, and
//! the list of static entries the build writes.

use journeys_core::model::Grade;
use journeys_core::route::{
    parse_grade, rejected_params, static_entries, AboutPage, CouncilsState, EmbedOptions, EmbedWidget,
    PatternChart, Route, SortColumn, SortDir, Theme,
};

fn council(key: &str) -> Route {
    Route::Council { key: key.into(), present: false }
}

fn compare(keys: &[&str]) -> Route {
    Route::Compare { councils: keys.iter().map(|s| s.to_string()).collect(), present: false }
}

fn not_found(path: &str) -> Route {
    Route::NotFound { path: path.into() }
}

#[track_caller]
fn check(url: &str, expected: Route) {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    assert_eq!(Route::parse(path, query), expected, "parsing {url:?}");
}

#[test]
fn parses_every_route_kind() {
    check("/", Route::Home);
    check("", Route::Home);
    check("/council/E08000035", council("E08000035"));
    check("/council/leeds", council("leeds"));
    check("/council/leeds/", council("leeds"));
    check("/council/leeds/index.html", council("leeds"));
    check("/council/leeds?present", Route::Council { key: "leeds".into(), present: true });
    check("/council/leeds/worksheet", Route::Worksheet { key: "leeds".into() });
    check("/council/E08000035/worksheet/", Route::Worksheet { key: "E08000035".into() });
    check("/compare", compare(&[]));
    check("/compare?la=E08000035~E06000016", compare(&["E08000035", "E06000016"]));
    check("/compare/?la=leeds%7Ebradford", compare(&["leeds", "bradford"]));
    check("/compare?la=leeds,bradford&la=york", compare(&["leeds", "bradford", "york"]));
    check("/compare?la=~~leeds~", compare(&["leeds"]));
    check("/councils", Route::Councils(Default::default()));
    check("/glossary", Route::Glossary);
    check("/about", Route::About(AboutPage::Index));
    check("/about/data", Route::About(AboutPage::Data));
    check("/about/grades", Route::About(AboutPage::Grades));
    check("/about/frameworks", Route::About(AboutPage::Frameworks));
    check(
        "/embed/council/leeds?theme=dark&static&data=2026-08-22&childId=cj-1",
        Route::Embed {
            widget: EmbedWidget::Council { key: "leeds".into() },
            options: EmbedOptions {
                theme: Theme::Dark,
                is_static: true,
                data: Some("2026-08-22".into()),
                child_id: Some("cj-1".into()),
            },
        },
    );
    check(
        "/embed/compare?la=leeds~york",
        Route::Embed {
            widget: EmbedWidget::Compare { councils: vec!["leeds".into(), "york".into()] },
            options: EmbedOptions::default(),
        },
    );
    check("/embed/map", Route::Embed { widget: EmbedWidget::Map, options: EmbedOptions::default() });
}

#[test]
fn parses_the_findings_search() {
    check("/findings", Route::Findings { theme: None, phrase: None });
    check(
        "/findings?theme=care-leavers&q=care%20leavers%E2%80%99%20accommodation",
        Route::Findings {
            theme: Some("care-leavers".into()),
            phrase: Some("care leavers’ accommodation".into()),
        },
    );
    // Spaces are tidied; a theme that cannot be one is dropped and named.
    check(
        "/findings?q=%20management%20%20oversight%20",
        Route::Findings { theme: None, phrase: Some("management oversight".into()) },
    );
    assert_eq!(
        rejected_params("/findings", "theme=Care%20Leavers"),
        [("theme".to_string(), "Care Leavers".to_string())]
    );
    let route = Route::Findings { theme: Some("early-help".into()), phrase: Some("a & b".into()) };
    let url = route.to_url();
    let (path, query) = url.split_once('?').unwrap();
    assert_eq!(Route::parse(path, query), route);
}

#[test]
fn parses_the_patterns_page_and_its_embeds() {
    check("/patterns", Route::Patterns { council: None });
    check("/patterns?la=leeds", Route::Patterns { council: Some("leeds".into()) });
    // A council key that cannot be one is dropped, and the page still opens.
    check("/patterns?la=%3Cscript%3E", Route::Patterns { council: None });
    assert_eq!(rejected_params("/patterns", "la=%3Cb%3E"), [("la".to_string(), "<b>".to_string())]);
    for chart in PatternChart::ALL {
        let url = format!("/embed/patterns/{}", chart.segment());
        let route = Route::Embed {
            widget: EmbedWidget::Patterns { chart, council: None },
            options: EmbedOptions::default(),
        };
        check(&url, route.clone());
        assert_eq!(route.to_url(), url);
        assert_eq!(route.full_view(), Route::Patterns { council: None });
    }
    check(
        "/embed/patterns/aligned?la=E08000035&theme=dark",
        Route::Embed {
            widget: EmbedWidget::Patterns { chart: PatternChart::Aligned, council: Some("E08000035".into()) },
            options: EmbedOptions { theme: Theme::Dark, ..EmbedOptions::default() },
        },
    );
    check("/embed/patterns/nope", Route::NotFound { path: "/embed/patterns/nope".into() });
    let entries = static_entries([]);
    assert!(entries.contains(&"patterns".to_string()));
    assert!(entries.contains(&"embed/patterns/staying-good".to_string()));
}

#[test]
fn bad_paths_are_not_found() {
    for path in [
        "/nope",
        "/council",
        "/council/",
        "/council/leeds/extra",
        "/council/<script>alert(1)</script>",
        "/council/%3Cscript%3E",
        "/council/..%2F..%2Fetc",
        "/council/%00",
        "/council/%FF",
        "/council/le%20eds",
        "/about/nothing",
        "/embed",
        "/embed/widget",
        "/embed/council",
        "/../../etc/passwd",
        "/council/Łódź",
    ] {
        check(path, not_found(path));
    }
    let long = format!("/council/{}", "a".repeat(61));
    check(&long, not_found(&long));
}

#[test]
fn bad_embed_options_fall_back_to_defaults() {
    check(
        "/embed/map?theme=purple&static=no&data=yesterday&childId=%3Cb%3E",
        Route::Embed { widget: EmbedWidget::Map, options: EmbedOptions::default() },
    );
}

#[test]
fn prints_only_non_default_state() {
    let cases: Vec<(Route, &str)> = vec![
        (Route::Home, "/"),
        (council("leeds"), "/council/leeds"),
        (Route::Council { key: "leeds".into(), present: true }, "/council/leeds?present"),
        (compare(&[]), "/compare"),
        (compare(&["E08000035", "E06000016"]), "/compare?la=E08000035~E06000016"),
        (Route::About(AboutPage::Index), "/about"),
        (Route::About(AboutPage::Grades), "/about/grades"),
        (Route::Embed { widget: EmbedWidget::Map, options: EmbedOptions::default() }, "/embed/map"),
        (
            Route::Embed {
                widget: EmbedWidget::Council { key: "E08000035".into() },
                options: EmbedOptions {
                    theme: Theme::Light,
                    is_static: false,
                    data: Some("2026-08-22".into()),
                    child_id: None,
                },
            },
            "/embed/council/E08000035?theme=light&data=2026-08-22",
        ),
    ];
    for (route, url) in cases {
        assert_eq!(route.to_url(), url);
    }
}

#[test]
fn print_then_parse_round_trips() {
    let routes = vec![
        Route::Home,
        council("E08000035"),
        Route::Council { key: "west-northamptonshire".into(), present: true },
        compare(&["leeds", "E06000016", "york"]),
        Route::Compare { councils: vec!["leeds".into()], present: true },
        Route::Councils(Default::default()),
        Route::Glossary,
        Route::About(AboutPage::Index),
        Route::About(AboutPage::Data),
        Route::About(AboutPage::Grades),
        Route::About(AboutPage::Frameworks),
        Route::Embed {
            widget: EmbedWidget::Map,
            options: EmbedOptions {
                theme: Theme::Dark,
                is_static: true,
                data: None,
                child_id: Some("x-1".into()),
            },
        },
        Route::Embed {
            widget: EmbedWidget::Compare { councils: vec!["a".into(), "b".into()] },
            options: EmbedOptions {
                theme: Theme::Auto,
                is_static: false,
                data: Some("2026-08-22".into()),
                child_id: None,
            },
        },
    ];
    for r in routes {
        let url = r.to_url();
        check(&url, r.clone());
        // Printing the parsed route again gives the same URL.
        let (p, q) = url.split_once('?').unwrap_or((&url, ""));
        assert_eq!(Route::parse(p, q).to_url(), url);
    }
}

#[test]
fn full_view_of_an_embed_is_the_page() {
    let embed = Route::parse("/embed/council/leeds", "theme=dark");
    assert_eq!(embed.full_view(), council("leeds"));
    assert_eq!(Route::parse("/embed/map", "").full_view(), Route::Home);
}

#[test]
fn static_entries_cover_every_route_kind() {
    let entries = static_entries(["E08000035", "leeds", "bad key"]);
    for expected in [
        "about",
        "about/data",
        "about/frameworks",
        "about/grades",
        "compare",
        "councils",
        "glossary",
        "council/E08000035",
        "council/leeds",
        "council/leeds/worksheet",
        "council/E08000035/worksheet",
        "embed/council/E08000035",
        "embed/council/leeds",
        "embed/compare",
        "embed/map",
    ] {
        assert!(entries.iter().any(|e| e == expected), "missing {expected}");
    }
    // Every entry parses back to a route that is not `NotFound`.
    for e in &entries {
        assert!(!matches!(Route::parse(&format!("/{e}"), ""), Route::NotFound { .. }), "{e}");
    }
    assert!(!entries.iter().any(|e| e.contains(' ')));
}

fn councils(sort: SortColumn, dir: SortDir, region: Option<&str>, grade: Option<Grade>) -> Route {
    Route::Councils(CouncilsState { sort, dir, region: region.map(str::to_string), grade })
}

#[test]
fn councils_table_state_parses_from_the_query() {
    check(
        "/councils?sort=last&dir=desc&region=London&grade=inadequate",
        councils(SortColumn::Last, SortDir::Desc, Some("London"), Some(Grade::Inadequate)),
    );
    check("/councils/?sort=years", councils(SortColumn::Years, SortDir::Asc, None, None));
    check("/councils?dir=desc", councils(SortColumn::Name, SortDir::Desc, None, None));
    // Forgiving of case, spellings and form encoding.
    check(
        "/councils?sort=GRADE&dir=Descending&region=Yorkshire+and+the+Humber&grade=Requires_Improvement",
        councils(
            SortColumn::Grade,
            SortDir::Desc,
            Some("Yorkshire and the Humber"),
            Some(Grade::RequiresImprovement),
        ),
    );
    check(
        "/councils?grade=ri",
        councils(SortColumn::Name, SortDir::Asc, None, Some(Grade::RequiresImprovement)),
    );
    check(
        "/councils?grade=not-graded",
        councils(SortColumn::Name, SortDir::Asc, None, Some(Grade::NotGraded2026)),
    );
    check(
        "/councils?region=%20north%20%20east%20",
        councils(SortColumn::Name, SortDir::Asc, Some("north east"), None),
    );
}

#[test]
fn bad_councils_table_state_falls_back_to_defaults() {
    let default = Route::Councils(CouncilsState::default());
    for query in [
        "sort=banana",
        "sort=",
        "dir=sideways",
        "grade=excellent",
        "grade=not-judged",
        "grade=",
        "region=",
        "region=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "region=..%2F..%2Fetc",
        "region=%FF",
        "region=Łódź",
        "unknown=1&sort=1&dir=1&grade=1",
    ] {
        check(&format!("/councils?{query}"), default.clone());
    }
    let long = format!("/councils?region={}", "a".repeat(61));
    check(&long, default.clone());
    // A bad value does not spoil the good ones beside it.
    check(
        "/councils?sort=nope&dir=desc&grade=good&region=%3Cb%3E",
        councils(SortColumn::Name, SortDir::Desc, None, Some(Grade::Good)),
    );
    // Only the first of a repeated key counts.
    check("/councils?sort=last&sort=name", councils(SortColumn::Last, SortDir::Asc, None, None));
}

#[test]
fn councils_table_state_prints_only_non_default_values_and_round_trips() {
    assert_eq!(Route::Councils(CouncilsState::default()).to_url(), "/councils");
    assert_eq!(
        councils(SortColumn::Last, SortDir::Desc, Some("London"), Some(Grade::Inadequate)).to_url(),
        "/councils?sort=last&dir=desc&region=London&grade=inadequate"
    );
    assert_eq!(
        councils(SortColumn::Name, SortDir::Asc, None, Some(Grade::RequiresImprovement)).to_url(),
        "/councils?grade=requires-improvement"
    );
    let mut states = Vec::new();
    for sort in SortColumn::ALL {
        for dir in [SortDir::Asc, SortDir::Desc] {
            states.push(councils(sort, dir, None, None));
        }
    }
    for grade in Grade::OVERALL {
        states.push(councils(
            SortColumn::Grade,
            SortDir::Desc,
            Some("yorkshire-and-the-humber"),
            Some(grade),
        ));
    }
    states.push(councils(SortColumn::Region, SortDir::Asc, Some("Yorkshire and the Humber"), None));
    states.push(councils(SortColumn::Change, SortDir::Desc, Some("YH"), None));
    for r in states {
        let url = r.to_url();
        check(&url, r.clone());
        let (p, q) = url.split_once('?').unwrap_or((&url, ""));
        assert_eq!(Route::parse(p, q).to_url(), url);
    }
}

#[test]
fn sort_keys_and_directions_read_back() {
    for col in SortColumn::ALL {
        assert_eq!(SortColumn::parse(col.key()), Some(col));
    }
    assert_eq!(SortColumn::parse("nope"), None);
    assert_eq!(SortDir::Asc.flip(), SortDir::Desc);
    assert_eq!(SortDir::parse("DESC"), Some(SortDir::Desc));
    assert_eq!(parse_grade("Outstanding"), Some(Grade::Outstanding));
    assert_eq!(parse_grade("requires improvement"), Some(Grade::RequiresImprovement));
    assert_eq!(parse_grade("not-judged"), None);
}

#[test]
fn only_two_hex_digits_make_an_escape() {
    // `u8::from_str_radix` would read `+1` as a number: `%+1` must stay as it is typed.
    check("/compare?la=%+1~leeds", compare(&["% 1", "leeds"]));
    check("/compare?la=%zz~%4", compare(&["%zz", "%4"]));
    check("/compare?la=%", compare(&["%"]));
    check("/compare?la=%4c%65eds", compare(&["Leeds"]));
    // In a path, `+` is not a space and a bad escape is kept, so the key is not a council key.
    check("/council/le+eds", not_found("/council/le+eds"));
    check("/council/%+1", not_found("/council/%+1"));
}

#[test]
fn query_values_that_are_not_utf8_reach_the_page_as_text() {
    // An entry the page can name as unknown, rather than a list that silently lost it.
    check("/compare?la=%FF~leeds", compare(&["\u{FFFD}", "leeds"]));
    // Where a value must be well formed, it falls back to the default as before.
    check("/councils?region=%FF&sort=%FF", Route::Councils(CouncilsState::default()));
    check(
        "/embed/map?childId=%FF",
        Route::Embed { widget: EmbedWidget::Map, options: EmbedOptions::default() },
    );
}

#[test]
fn query_keys_ignore_case() {
    check("/compare?LA=leeds&La=york", compare(&["leeds", "york"]));
    check("/council/leeds?PRESENT", Route::Council { key: "leeds".into(), present: true });
    check(
        "/embed/map?THEME=dark&childid=cj-2",
        Route::Embed {
            widget: EmbedWidget::Map,
            options: EmbedOptions { theme: Theme::Dark, child_id: Some("cj-2".into()), ..Default::default() },
        },
    );
    check("/councils?Sort=last&DIR=desc", councils(SortColumn::Last, SortDir::Desc, None, None));
    check(
        "/embed/map?theme=Light",
        Route::Embed {
            widget: EmbedWidget::Map,
            options: EmbedOptions { theme: Theme::Light, ..Default::default() },
        },
    );
}

#[track_caller]
fn check_rejected(url: &str, expected: &[(&str, &str)]) {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let expected: Vec<(String, String)> =
        expected.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    assert_eq!(rejected_params(path, query), expected, "rejected parameters of {url:?}");
}

#[test]
fn rejected_params_name_known_keys_with_values_not_understood() {
    check_rejected(
        "/councils?sort=banana&dir=desc&grade=excellent",
        &[("sort", "banana"), ("grade", "excellent")],
    );
    check_rejected("/councils?region=%3Cb%3E&SORT=last", &[("region", "<b>")]);
    check_rejected(
        "/embed/map?theme=purple&static=maybe&data=yesterday&childId=%3Cb%3E",
        &[("theme", "purple"), ("static", "maybe"), ("data", "yesterday"), ("childId", "<b>")],
    );
    check_rejected("/council/leeds?present=2", &[("present", "2")]);
    check_rejected("/compare?la=nope&present=-1", &[("present", "-1")]);
    // Only the first of a repeated key is read, so only it is judged.
    check_rejected("/councils?sort=nope&sort=name", &[("sort", "nope")]);
}

#[test]
fn rejected_params_ignore_good_values_unknown_keys_and_other_routes() {
    for url in [
        "/councils?sort=last&dir=desc&region=London&grade=ri",
        "/councils?utm_source=newsletter&fbclid=abc",
        "/embed/council/leeds?theme=dark&static&data=2026-08-22&childId=cj-1",
        "/council/leeds?present",
        "/compare?la=%3Cb%3E~nope",
        "/?year=2018&sort=banana",
        "/about?theme=purple",
        "/nope?sort=banana",
    ] {
        check_rejected(url, &[]);
    }
}

#[test]
fn the_home_pages_year_round_trips_through_its_url() {
    use journeys_core::route::{home_url, home_year, rejected_params};
    assert_eq!(home_year("year=2018"), Some(2018));
    assert_eq!(home_year("?YEAR=2018"), Some(2018));
    assert_eq!(home_year(""), None);
    assert_eq!(home_year("year=banana"), None);
    assert_eq!(home_year("year=18"), None);
    assert_eq!(home_year("year=3018"), None);
    assert_eq!(home_url(2018, 2026), "/?year=2018");
    assert_eq!(home_url(2026, 2026), "/", "the latest year is the default, left out");
    for y in [2010, 2018, 2025] {
        let url = home_url(y, 2026);
        assert_eq!(home_year(url.split_once('?').unwrap().1), Some(y));
    }
    assert_eq!(rejected_params("/", "year=banana"), vec![("year".to_string(), "banana".to_string())]);
    assert!(rejected_params("/", "year=2018").is_empty());
}

#[test]
fn a_council_has_one_link_and_the_base_path_joins_once() {
    use journeys_core::route::{council_link, strip_base, with_base};
    assert_eq!(council_link("leeds"), Route::Council { key: "leeds".into(), present: false });
    assert_eq!(council_link("leeds").to_url(), "/council/leeds");
    let check = |base: &str, url: &str, joined: &str| {
        assert_eq!(with_base(base, url), joined, "{base} + {url}");
        assert_eq!(strip_base(joined, base), url, "{joined} - {base}");
    };
    check("", "/compare?la=leeds", "/compare?la=leeds");
    check("/", "/council/leeds", "/council/leeds");
    check("/journeys", "/council/leeds", "/journeys/council/leeds");
    check("/journeys/", "/data/inspections.csv", "/journeys/data/inspections.csv");
    // A path outside the base stays as it is.
    assert_eq!(strip_base("/other/page", "/journeys"), "/other/page");
    assert_eq!(strip_base("/journeysx", "/journeys"), "/journeysx");
}

#[test]
fn percent_encoding_keeps_unreserved_characters_and_what_is_asked() {
    use journeys_core::route::query::percent_encode;
    assert_eq!(percent_encode("a b/c~d.e_f-g", &[]), "a%20b%2Fc~d.e_f-g");
    assert_eq!(percent_encode("letters/2019 report.pdf", b"/"), "letters/2019%20report.pdf");
    assert_eq!(percent_encode("é", &[]), "%C3%A9");
}
