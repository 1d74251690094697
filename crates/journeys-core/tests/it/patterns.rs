//! The national patterns on a small hand-made dataset whose answers are worked out here: the
//! headline series (what is left out of it), the transitions, the recovery episodes (a
//! censored one, a tie of two recoveries, a recovery and a censoring on the same day, an
//! abolished council), the Kaplan–Meier curve and the two published files.

use chrono::NaiveDate;
use journeys_core::model::{Area, Council, Dataset, Framework, Grade, Inspection, InspectionType, Judgement};
use journeys_core::patterns::aligned::{aligned, still_inadequate};
use journeys_core::patterns::csv::{recovery_csv, transitions_csv};
use journeys_core::patterns::recovery::{curve, episodes, eras};
use journeys_core::patterns::transitions::transitions;
use journeys_core::patterns::{headline_serieses, words};
use Grade::*;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn council(code: &str, abolished: Option<&str>) -> Council {
    Council {
        code: code.into(),
        name: format!("Council {code}"),
        slug: code.to_lowercase(),
        current: abolished.is_none(),
        abolished: abolished.map(day),
        ..Council::default()
    }
}

fn inspection(code: &str, framework: Framework, published: &str, area: Area, grade: Grade) -> Inspection {
    Inspection {
        council: code.into(),
        framework,
        kind: InspectionType::Standard,
        start: Some(day(published) - chrono::Duration::days(40)),
        end: None,
        published: day(published),
        judgements: vec![Judgement { area, grade }],
        report_url: String::new(),
        inspector: String::new(),
        findings: vec![],
        citation: String::new(),
    }
}

fn overall(code: &str, framework: Framework, published: &str, grade: Grade) -> Inspection {
    inspection(code, framework, published, Area::OverallEffectiveness, grade)
}

/// Release 1 January 2024. Episodes (days): A 1461 recovered; B and F 731 recovered (a tie);
/// C 1461 censored at the release (the same day as A's recovery); D 1917 censored at its
/// abolition on 1 April 2020. E's Inadequate (inspected 2009, published 2010) is before episodes start.
fn fixture() -> Dataset {
    use Framework::*;
    let councils = ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"]
        .iter()
        .map(|c| council(c, (*c == "E4").then_some("2020-04-01")))
        .collect();
    let mut inspections = vec![
        overall("E1", Sif, "2014-06-01", Inadequate),
        // Looked after children only: not in the headline series, so A goes I → RI → G.
        inspection("E1", Lac, "2015-03-01", Area::LookedAfterOverall, Inadequate),
        overall("E1", Sif, "2016-06-01", RequiresImprovement),
        overall("E1", Ilacs, "2018-06-01", Good),
        overall("E2", Ilacs, "2019-01-01", Inadequate),
        overall("E2", Ilacs, "2021-01-01", Good),
        overall("E6", Ilacs, "2019-01-01", Inadequate),
        overall("E6", Ilacs, "2021-01-01", Good),
        overall("E3", Ilacs, "2020-01-01", Inadequate),
        // Inadequate again: the same episode goes on, no new one starts.
        overall("E3", Ilacs, "2022-01-01", Inadequate),
        overall("E4", Sif, "2015-01-01", Inadequate),
        overall("E4", Sif, "2017-01-01", RequiresImprovement),
        overall("E5", Slac, "2010-01-01", Inadequate),
        overall("E5", Sif, "2015-01-01", Good),
        overall("E7", Sif, "2015-01-01", Good),
        // A board review: never in a headline series.
        inspection("E7", LscbReview, "2016-01-01", Area::Lscb, Inadequate),
        overall("E7", Ilacs, "2019-01-01", Good),
        overall("E7", Ilacs, "2023-01-01", Outstanding),
        // Ungraded (2026 framework): left out.
        overall("E7", Ilacs, "2023-12-01", NotGraded2026),
        overall("E8", Slac, "2011-01-01", Adequate),
        overall("E8", Sif, "2015-01-01", RequiresImprovement),
    ];
    inspections.sort_by(|a, b| (&a.council, a.start).cmp(&(&b.council, b.start)));
    Dataset {
        format: 1,
        release: day("2024-01-01"),
        coverage: vec![],
        sources: vec![],
        councils,
        inspections,
        events: vec![],
        former_councils: vec![],
    }
}

#[test]
fn headline_series_leaves_out_what_the_definition_does() {
    let data = fixture();
    let serieses = headline_serieses(&data);
    let grades = |code: &str| -> Vec<Grade> {
        serieses
            .iter()
            .find(|s| s.council.code == code)
            .unwrap()
            .inspections
            .iter()
            .map(|(_, g)| *g)
            .collect()
    };
    assert_eq!(grades("E1"), [Inadequate, RequiresImprovement, Good]);
    assert_eq!(grades("E7"), [Good, Good, Outstanding]);
}

#[test]
fn transitions_count_consecutive_pairs() {
    let t = transitions(&headline_serieses(&fixture()));
    assert_eq!(t.count(Inadequate, RequiresImprovement), 2); // A, D
    assert_eq!(t.count(Inadequate, Good), 3); // B, F, E (2010 → 2015 counts: pairs are not limited to 2014 on)
    assert_eq!(t.count(Inadequate, Inadequate), 1); // C
    assert_eq!(t.count(RequiresImprovement, Good), 1);
    assert_eq!(t.count(Adequate, RequiresImprovement), 1);
    assert_eq!(t.count(Good, Good), 1);
    assert_eq!(t.count(Good, Outstanding), 1);
    assert_eq!(t.total(), 10);
    assert_eq!(
        transitions_csv(&t),
        "from_grade,to_grade,count\r\n\
         Good,Outstanding,1\r\n\
         Good,Good,1\r\n\
         Requires improvement,Good,1\r\n\
         Adequate,Requires improvement,1\r\n\
         Inadequate,Good,3\r\n\
         Inadequate,Requires improvement,2\r\n\
         Inadequate,Inadequate,1\r\n"
    );
    assert_eq!(
        words::from_inadequate_sentence(&t),
        "Of 6 Inadequate judgements followed by another inspection, 3 (50%) were Good or better at the next inspection, 2 (33%) Requires improvement or Adequate, and 1 (17%) Inadequate again."
    );
}

#[test]
fn episodes_start_end_and_censor_as_defined() {
    let data = fixture();
    let serieses = headline_serieses(&data);
    let list = episodes(&serieses, data.release);
    let got: Vec<(&str, i64, bool)> =
        list.iter().map(|e| (e.council.code.as_str(), e.days(), e.recovered())).collect();
    assert_eq!(
        got,
        [("E1", 1461, true), ("E2", 731, true), ("E3", 1461, false), ("E4", 1917, false), ("E6", 731, true)]
    );
    // D is censored at its abolition, not at the release.
    assert_eq!(list[3].end, day("2020-04-01"));
}

#[test]
fn kaplan_meier_by_hand() {
    let data = fixture();
    let list = episodes(&headline_serieses(&data), data.release);
    let c = curve(&list);
    // Day 731: 5 at risk, 2 recover: S = 3/5. Day 1461: A, C and D at risk (C censored that
    // same day still counts), A recovers: S = 3/5 × 2/3 = 2/5.
    let steps: Vec<(i64, usize, usize)> = c.steps.iter().map(|s| (s.days, s.at_risk, s.recovered)).collect();
    assert_eq!(steps, [(731, 5, 2), (1461, 3, 1)]);
    // 731 days is 2.001 years, so at exactly 2 years no one has recovered yet; 1461 days is
    // exactly 4 years.
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(close(c.share_recovered_at(2.0), 0.0));
    assert!(close(c.share_recovered_at(3.0), 0.4));
    assert!(close(c.share_recovered_at(4.0), 0.6));
    assert_eq!(c.median_years(), Some(4.0));
    assert_eq!(
        recovery_csv(&c),
        "years,share_recovered,at_risk\r\n\
         1,0.000,5\r\n2,0.000,5\r\n3,0.400,3\r\n4,0.600,3\r\n5,0.600,1\r\n\
         6,0.600,0\r\n7,0.600,0\r\n8,0.600,0\r\n9,0.600,0\r\n10,0.600,0\r\n"
    );
    // Greenwood at 3 years: S² · 2/(5·3) = 0.36 · 0.1333 → half-width 1.96 · 0.6 · √0.1333.
    let (lo, hi) = c.interval_at(3.0);
    let half = 1.96 * 0.6 * (2.0f64 / 15.0).sqrt();
    assert!(close(lo, (0.4 - half).max(0.0)) && close(hi, (0.4 + half).min(1.0)), "{lo} {hi}");
}

#[test]
fn eras_split_by_the_framework_of_the_inadequate_judgement() {
    let data = fixture();
    let list = episodes(&headline_serieses(&data), data.release);
    let [(sif, s), (ilacs, i)] = eras(&list);
    assert_eq!((sif, s.episodes(), s.recovered()), (Framework::Sif, 2, 1));
    assert_eq!((ilacs, i.episodes(), i.recovered()), (Framework::Ilacs, 3, 2));
    assert!(!words::eras_comparable(&eras(&list)), "too few spells to compare");
}

#[test]
fn aligned_journeys_start_at_the_first_inadequate() {
    let data = fixture();
    let serieses = headline_serieses(&data);
    let journeys = aligned(&serieses);
    let codes: Vec<&str> = journeys.iter().map(|j| j.council.code.as_str()).collect();
    assert_eq!(codes, ["E1", "E2", "E3", "E4", "E5", "E6"]);
    let e5 = &journeys[4];
    assert_eq!(e5.points.len(), 2);
    assert!((e5.years_to_good().unwrap() - 1826.0 / 365.25).abs() < 1e-9);
    assert_eq!(
        words::council_aligned_sentence(e5),
        "Council E5 was first judged Inadequate in 2009 and Good or better 5.0 years later."
    );
    // E3 is current and still Inadequate; E4 was abolished while Requires improvement.
    let still: Vec<&str> = still_inadequate(&serieses).iter().map(|c| c.code.as_str()).collect();
    assert_eq!(still, ["E3"]);
}

#[test]
fn staying_good_counts_what_follows_good_or_outstanding() {
    let t = transitions(&headline_serieses(&fixture()));
    assert_eq!(
        words::staying_good_sentence(&t),
        "Of 2 Good or Outstanding judgements followed by another inspection, 2 (100%) were Good or Outstanding again; 0 (0%) fell to Requires improvement or Adequate and 0 (0%) to Inadequate."
    );
}
