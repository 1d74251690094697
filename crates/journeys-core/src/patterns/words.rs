//! The national patterns in plain words: one sentence a chart, generated from its figures,
//! for the page, its embeds, its chart downloads and the council pages that link to it.

use super::aligned::AlignedJourney;
use super::recovery::Curve;
use super::transitions::Transitions;
use crate::model::{Framework, Grade};
use crate::text::{count, plural};

/// A share as a whole percentage: "45%".
pub fn percent(share: f64) -> String {
    // Halves round up, as a reader rounds (formatting alone rounds them to even).
    format!("{}%", (share * 100.0).round() as i64)
}

/// `part` of `whole` as a whole percentage, "0%" of nothing.
pub fn percent_of(part: usize, whole: usize) -> String {
    percent(if whole == 0 { 0.0 } else { part as f64 / whole as f64 })
}

/// Years to one decimal: "3.4 years", "1.0 year".
pub fn years(y: f64) -> String {
    let text = format!("{y:.1}");
    let one = text == "1.0";
    format!("{text} {}", if one { "year" } else { "years" })
}

const BETTER: [Grade; 2] = [Grade::Outstanding, Grade::Good];
const MIDDLE: [Grade; 2] = [Grade::RequiresImprovement, Grade::Adequate];

/// "Of 140 Inadequate judgements followed by another inspection, 40 (29%) were Good or
/// better at the next inspection, 85 (61%) Requires improvement or Adequate, and 15 (11%)
/// Inadequate again."
pub fn from_inadequate_sentence(t: &Transitions) -> String {
    let n = t.from_total(Grade::Inadequate);
    if n == 0 {
        return "No council judged Inadequate has been inspected again yet.".to_string();
    }
    let part = |to: &[Grade]| {
        let m = t.between(&[Grade::Inadequate], to);
        format!("{m} ({})", percent_of(m, n))
    };
    format!(
        "Of {} followed by another inspection, {} {} Good or better at the next inspection, {} Requires improvement or Adequate, and {} Inadequate again.",
        count(n, "Inadequate judgement", "Inadequate judgements"),
        part(&BETTER),
        plural(t.between(&[Grade::Inadequate], &BETTER), "was", "were"),
        part(&MIDDLE),
        part(&[Grade::Inadequate]),
    )
}

/// "Of 310 Good or Outstanding judgements followed by another inspection, 240 (77%) were Good
/// or Outstanding again; 60 (19%) fell to Requires improvement or Adequate and 10 (3%) to
/// Inadequate."
pub fn staying_good_sentence(t: &Transitions) -> String {
    let n = t.between(&BETTER, &crate::patterns::transitions::GRADES);
    if n == 0 {
        return "No council judged Good or Outstanding has been inspected again yet.".to_string();
    }
    let part = |to: &[Grade]| {
        let m = t.between(&BETTER, to);
        format!("{m} ({})", percent_of(m, n))
    };
    format!(
        "Of {} followed by another inspection, {} {} Good or Outstanding again; {} fell to Requires improvement or Adequate and {} to Inadequate.",
        count(n, "Good or Outstanding judgement", "Good or Outstanding judgements"),
        part(&BETTER),
        plural(t.between(&BETTER, &BETTER), "was", "were"),
        part(&MIDDLE),
        part(&[Grade::Inadequate]),
    )
}

/// The median, or how far the curve gets without reaching half: "Half were Good or better
/// within 4.2 years." / "More than half had not been judged Good after 6.0 years."
pub fn median_sentence(c: &Curve) -> String {
    match c.median_years() {
        Some(m) => format!("Half were judged Good or better within {}.", years(m)),
        None => format!(
            "More than half had not been judged Good or better after {}, the longest the data follows them.",
            years(c.longest_years())
        ),
    }
}

/// The recovery curve in words: how many episodes, the share at 2, 4 and 6 years, the
/// median, and how many are still running.
pub fn recovery_sentence(c: &Curve) -> String {
    if c.episodes() == 0 {
        return "No council has been judged Inadequate since 2014.".to_string();
    }
    let at = |y: f64| format!("{} within {y:.0} years", percent(c.share_recovered_at(y)));
    let running = c.episodes() - c.recovered();
    format!(
        "{} of Inadequate since 2014: {}, {} and {} were judged Good or better. {} {} not yet recovered at the data's date.",
        count(c.episodes(), "spell", "spells"),
        at(2.0),
        at(4.0),
        at(6.0),
        median_sentence(c),
        count(running, "spell has", "spells have"),
    )
}

/// One era's figures in words, with the interval that says how sure they are.
pub fn era_sentence(framework: Framework, c: &Curve) -> String {
    let name = match framework {
        Framework::Sif => "the single inspection framework (2013-18)",
        _ => "ILACS (since 2018)",
    };
    if c.episodes() == 0 {
        return format!("No council was judged Inadequate under {name}.");
    }
    let (lo, hi) = c.interval_at(4.0);
    format!(
        "Judged Inadequate under {name}: {}, {} Good or better within 4 years (95% interval {} to {}). {}",
        count(c.episodes(), "spell", "spells"),
        percent(c.share_recovered_at(4.0)),
        percent(lo),
        percent(hi),
        median_sentence(c)
    )
}

/// Whether two eras' curves have enough spells each to be set side by side.
pub fn eras_comparable(eras: &[(Framework, Curve); 2]) -> bool {
    eras.iter().all(|(_, c)| c.episodes() >= super::recovery::ERA_MINIMUM)
}

/// The aligned chart in words.
pub fn aligned_sentence(journeys: &[AlignedJourney]) -> String {
    let n = journeys.len();
    let good: Vec<f64> = journeys.iter().filter_map(|j| j.years_to_good()).collect();
    let still = journeys.iter().filter(|j| j.latest() == Grade::Inadequate && j.council.current).count();
    let typical = if good.is_empty() {
        String::new()
    } else {
        let mut sorted = good.clone();
        crate::sort::sort_by(&mut sorted, |a, b| a.total_cmp(b));
        format!(", a median of {} after their first Inadequate judgement", years(sorted[sorted.len() / 2]))
    };
    format!(
        "{} judged Inadequate overall since 2009. {} {} since been judged Good or Outstanding{typical}; {} still Inadequate at the latest inspection.",
        count(n, "council has been", "councils have been"),
        good.len(),
        plural(good.len(), "has", "have"),
        count(still, "council is", "councils are"),
    )
}

/// One council's journey among the aligned ones: "Leeds was first judged Inadequate in 2009
/// and Good or better 5.0 years later."
pub fn council_aligned_sentence(j: &AlignedJourney) -> String {
    use chrono::Datelike;
    // The year it was inspected, as the journey's own story gives it (the clock runs from
    // publication).
    let first = format!("{} was first judged Inadequate in {}", j.council.name, j.inadequate.when().year());
    match j.years_to_good() {
        Some(y) => format!("{first} and Good or better {} later.", years(y)),
        None => format!("{first} and has not been judged Good or better since."),
    }
}

/// The national pattern beside one council's journey, for its page: its own spell through
/// Inadequate if it had one, and how long councils usually take.
pub fn council_context_sentence(c: &Curve, own: Option<&AlignedJourney>) -> String {
    let usual = match c.median_years() {
        Some(m) => format!(
            "Councils judged Inadequate since 2014 usually take years to recover: half were judged Good or better within {}.",
            years(m)
        ),
        None => format!(
            "Councils judged Inadequate since 2014 usually take years to recover: more than half had not been judged Good or better after {}.",
            years(c.longest_years())
        ),
    };
    match own {
        Some(j) => format!("{} {usual}", council_aligned_sentence(j)),
        None => usual,
    }
}
