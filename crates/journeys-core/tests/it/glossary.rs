//! Host tests for the glossary data: unique slugs, complete entries, working cross-references.

use journeys_core::glossary::{find, lookup, TERMS};
use std::collections::HashSet;

/// The terms the site links to: every one must have an entry.
const REQUIRED: [&str; 21] = [
    "looked-after-child",
    "care-leaver",
    "child-protection-plan",
    "section-47-enquiry",
    "common-assessment-framework",
    "local-safeguarding-children-board",
    "statutory-direction",
    "improvement-notice",
    "commissioner",
    "focused-visit",
    "monitoring-visit",
    "statistical-neighbours",
    "judgement-area",
    "overall-effectiveness",
    "ilacs",
    "single-inspection-framework",
    "requires-improvement",
    "adequate",
    "ofsted",
    "re-inspection",
    "serious-case-review",
];

#[test]
fn slugs_are_unique_and_well_formed() {
    let mut seen = HashSet::new();
    for t in TERMS {
        assert!(seen.insert(t.slug), "duplicate slug {}", t.slug);
        assert!(
            !t.slug.is_empty()
                && !t.slug.starts_with('-')
                && !t.slug.ends_with('-')
                && !t.slug.contains("--")
                && t.slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "bad slug {:?}",
            t.slug
        );
    }
}

#[test]
fn every_entry_is_complete() {
    for t in TERMS {
        assert!(!t.term.trim().is_empty(), "{}: empty term", t.slug);
        assert!(t.definition.trim().len() > 40, "{}: definition too short", t.slug);
        assert!(t.definition.trim_end().ends_with('.'), "{}: definition is not a sentence", t.slug);
        assert!(!t.definition.contains('<'), "{}: markup in a definition", t.slug);
        assert!(t.also.iter().all(|a| !a.trim().is_empty()), "{}: empty other name", t.slug);
    }
}

#[test]
fn terms_are_in_alphabetical_order() {
    let names: Vec<String> = TERMS.iter().map(|t| t.term.to_lowercase()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn see_also_points_at_other_entries() {
    for t in TERMS {
        for s in t.see_also {
            assert!(lookup(s).is_some(), "{} points at unknown {s}", t.slug);
            assert_ne!(*s, t.slug, "{} points at itself", t.slug);
        }
    }
}

#[test]
fn every_required_term_has_an_entry() {
    for slug in REQUIRED {
        assert!(lookup(slug).is_some(), "no entry for {slug}");
    }
    assert_eq!(lookup("focused-visit").unwrap().term, "Focused visit");
    assert!(lookup("nope").is_none());
    assert!(lookup("").is_none());
}

#[test]
fn phrases_find_their_entry_by_any_name() {
    let check = |phrase: &str, slug: Option<&str>| assert_eq!(find(phrase).map(|t| t.slug), slug, "{phrase}");
    check("Focused visit", Some("focused-visit"));
    check("focused VISIT ", Some("focused-visit"));
    check("children in care", Some("looked-after-child"));
    check("LSCB", Some("local-safeguarding-children-board"));
    check("SIF", Some("single-inspection-framework"));
    check("Requires improvement to be good", Some("requires-improvement"));
    check("In the news", None);
}
