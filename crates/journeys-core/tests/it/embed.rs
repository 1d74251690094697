//! Host tests for embeds: the height messages newsrooms' scripts read, the builder's snippets
//! (escaped, pinned to the release, never carrying a Pym child id), and pinning a release, on
//! the hand-made journeys of `fixtures`.

use crate::common::day;
use crate::fixtures::{journeys, LEEDS};

use journeys_core::embed::{
    as_of, escape_html, newer_for_widget, newer_inspections, pinned_day, SnippetRequest,
};
use journeys_core::journey::inspections;
use journeys_core::route::{EmbedOptions, EmbedWidget, Route, Theme};

fn leeds_request(options: EmbedOptions) -> SnippetRequest {
    SnippetRequest {
        widget: EmbedWidget::Council { key: "E08000035".into() },
        options,
        title: "Leeds: children's services inspections".into(),
    }
}

#[test]
fn escape_html_leaves_no_markup_or_quote() {
    let s = escape_html(r#"<script>alert("x")</script> & 'y'"#);
    assert_eq!(s, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'y'");
    assert_eq!(escape_html("Leeds"), "Leeds");
}

#[test]
fn iframe_snippet_pins_the_release_and_carries_the_options() {
    let options = EmbedOptions {
        theme: Theme::Dark,
        is_static: true,
        data: Some("2026-08-22".into()),
        child_id: Some("pym-child".into()),
    };
    let r = leeds_request(options);
    let url = r.url("https://example.org/journeys/");
    assert_eq!(url, "https://example.org/journeys/embed/council/E08000035?theme=dark&static&data=2026-08-22");
    let snippet = r.iframe("https://example.org/journeys/");
    assert!(
        snippet.starts_with("<iframe data-council-journeys title=\"Leeds: children's services inspections\""),
        "{snippet}"
    );
    assert!(snippet.contains(&format!("src=\"{}\"", url.replace('&', "&amp;"))), "{snippet}");
    assert!(snippet.contains("loading=\"lazy\""));
    assert!(snippet.contains("style=\"width:100%;border:0\""));
    assert!(snippet.contains(&format!("height=\"{}\"", r.initial_height())));
    // The site's own resizer follows the iframe, from the site's base URL.
    assert!(
        snippet.ends_with(
            "></iframe><script async src=\"https://example.org/journeys/embed-resize.js\"></script>"
        ),
        "{snippet}"
    );
    assert!(!snippet.contains("childId"));
    let pym = r.pym("https://example.org/journeys/");
    assert!(
        pym.starts_with("<div data-pym-src=\"https://example.org/journeys/embed/council/E08000035?"),
        "{pym}"
    );
    assert!(pym.ends_with("<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>"));
}

#[test]
fn default_options_make_the_shortest_url() {
    let r = leeds_request(EmbedOptions::default());
    assert_eq!(r.url("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/embed/council/E08000035");
    // The URL reopens the same widget.
    let path = r.url("").to_string();
    let (p, q) = path.split_once('?').unwrap_or((&path, ""));
    assert_eq!(
        Route::parse(p, q),
        Route::Embed { widget: r.widget.clone(), options: EmbedOptions::default() }
    );
}

#[test]
fn markup_in_a_title_or_key_stays_text_in_both_snippets() {
    let r = SnippetRequest {
        widget: EmbedWidget::Compare { councils: vec!["\"><script>x</script>".into(), "leeds".into()] },
        options: EmbedOptions::default(),
        title: "<img src=x onerror=alert(1)> \"quoted\"".into(),
    };
    for s in [r.iframe("https://e.org/"), r.pym("https://e.org/")] {
        assert!(!s.contains("<img"), "{s}");
        assert!(!s.contains("<script>x"), "{s}");
        assert_eq!(s.matches("<script").count(), 1, "only the resizer or Pym: {s}");
        assert_eq!(s.matches('"').count() % 2, 0, "{s}");
        assert!(s.contains("&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;"), "{s}");
    }
}

#[test]
fn initial_heights_grow_with_the_number_of_councils() {
    let compare = |n: usize| SnippetRequest {
        widget: EmbedWidget::Compare { councils: vec!["leeds".into(); n] },
        options: EmbedOptions::default(),
        title: String::new(),
    };
    assert!(compare(2).initial_height() > compare(1).initial_height());
    // Safe on a phone: what each widget measures at 375 px (Bradford's journey about 800 px,
    // checked on screen by tests/e2e/embeds.spec.ts).
    let council = SnippetRequest { widget: EmbedWidget::Council { key: "leeds".into() }, ..compare(1) };
    assert!(council.initial_height() >= 800);
    assert_eq!(compare(8).initial_height(), compare(20).initial_height());
}

#[test]
fn a_pinned_release_shows_what_was_published_by_then() {
    let d = journeys();
    let leeds = d.council(LEEDS).unwrap();
    // Leeds's 2025 report was published on 12 August 2025.
    let before = as_of(d, day("2025-08-11"));
    let after = as_of(d, day("2025-08-12"));
    assert_eq!(before.release.to_string(), "2025-08-11");
    assert_eq!(inspections(&before, leeds).len() + 1, inspections(&after, leeds).len());
    assert_eq!(inspections(&after, leeds).len(), inspections(d, leeds).len());
    assert_eq!(newer_inspections(d, &[leeds], day("2025-08-11")), 1);
    assert_eq!(newer_inspections(d, &[leeds], day("2025-08-12")), 0);
    assert_eq!(newer_inspections(d, &[leeds], day("2015-01-01")), 4);
    assert!(before.events.iter().all(|e| e.published.unwrap_or(e.date) <= day("2025-08-11")));
    assert_eq!(before.councils, d.councils);
}

#[test]
fn only_a_valid_earlier_release_pins() {
    let d = journeys();
    let with = |s: Option<&str>| EmbedOptions { data: s.map(str::to_string), ..Default::default() };
    assert_eq!(pinned_day(d, &with(Some("2024-01-31"))), Some(day("2024-01-31")));
    assert_eq!(pinned_day(d, &with(None)), None);
    assert_eq!(pinned_day(d, &with(Some(&d.release.to_string()))), None);
    assert_eq!(pinned_day(d, &with(Some("2099-01-01"))), None);
    assert_eq!(pinned_day(d, &with(Some("2024-02-31"))), None);
}

#[test]
fn a_pinned_widget_counts_what_it_leaves_out() {
    let d = journeys();
    let leeds = d.find_council("leeds").unwrap();
    let leicester = d.find_council("leicester").unwrap();
    let on = day("2015-01-01");
    let council = EmbedWidget::Council { key: "leeds".into() };
    assert_eq!(newer_for_widget(d, &council, on), newer_inspections(d, &[leeds], on));
    assert_eq!(newer_for_widget(d, &EmbedWidget::Council { key: "nowhere".into() }, on), 0);
    // A comparison counts the councils it shows: a repeat and an unknown key add nothing.
    let compare = EmbedWidget::Compare {
        councils: vec!["leeds".into(), "leicester".into(), "leeds".into(), "x".into()],
    };
    assert_eq!(newer_for_widget(d, &compare, on), newer_inspections(d, &[leeds, leicester], on));
    // The map counts every inspection published after the day, each once.
    let all = d.inspections.iter().filter(|i| i.published > on).count();
    assert_eq!(newer_for_widget(d, &EmbedWidget::Map, on), all);
    assert_eq!(newer_for_widget(d, &EmbedWidget::Map, d.release), 0);
}
