//! Host tests for the curated stories: every quotation is word for word in the seed it cites
//! and short; every step is about a year in which the council has a graded inspection on its
//! journey (on the hand-made journeys here, on the shipped data in `properties`); every story
//! has questions for a lesson.

use journeys_core::chart::headline_grade;
use journeys_core::journey::inspections;
use journeys_core::lessons::{questions_for, story_for, STORIES};
use journeys_core::model::Dataset;
use std::path::Path;

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_quote_is_word_for_word_in_its_seed_and_short() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sources/seeds");
    let mut n = 0;
    for story in &STORIES {
        for step in story.steps {
            for q in step.quotes {
                let text =
                    std::fs::read_to_string(seeds.join(q.file)).unwrap_or_else(|e| panic!("{}: {e}", q.file));
                assert!(squash(&text).contains(&squash(q.text)), "{:?} is not in {}", q.text, q.file);
                assert!(q.text.chars().count() <= 200, "{:?} is not short", q.text);
                assert!(!q.who.is_empty() && !q.source.is_empty());
                n += 1;
            }
        }
    }
    assert!(n >= 9, "{n} quotations");
}

/// Every step of every story is about a year in which its council has a graded inspection in
/// `d`, the steps in order, each with questions for a lesson.
#[track_caller]
pub fn check_stories(d: &Dataset) {
    for story in &STORIES {
        let council = d.council(story.council).unwrap();
        let years: Vec<i32> = inspections(d, council)
            .iter()
            .filter(|i| headline_grade(i).is_some())
            .map(|i| chrono::Datelike::year(&i.when()))
            .collect();
        let mut last = 0;
        for step in story.steps {
            assert!(years.contains(&step.year), "{}: no graded inspection in {}", council.name, step.year);
            assert!(step.year > last, "{}: steps out of order", council.name);
            assert!(step.heading.starts_with(&step.year.to_string()));
            last = step.year;
        }
        assert!(story.questions.len() >= 3);
    }
}

#[test]
fn every_step_is_a_year_with_a_graded_inspection_and_in_order() {
    // On the hand-made journeys of the three councils; `properties` checks the shipped data.
    check_stories(crate::fixtures::journeys());
}

#[test]
fn the_three_seed_councils_have_stories_and_others_get_general_questions() {
    for code in ["E08000035", "E06000016", "E08000033"] {
        assert!(story_for(code).is_some(), "{code}");
    }
    assert!(story_for("E09000005").is_none());
    assert_eq!(questions_for("E09000005").len(), 3);
    assert!(questions_for("E08000035")[0].contains("threshold"));
}
