//! Ofsted's official statistics against the report-derived sources. Every inspection both
//! hold is cross-checked: same council, publication date and every grade. Where they agree
//! nothing changes; where they disagree the report-derived record stands, and the difference
//! must be one of the reviewed ones in `data/official-statistics/known-disagreements.csv`, or
//! the build fails naming the sheet and row. What only the statistics hold (2009-2013
//! inspections, the abolished councils' inspections, monitoring visits) is added, linked to
//! cited to the publication (the site links them to the council's page of reports, from its
//! URN); focused visits gain their theme.

use crate::councils::Councils;
use crate::official_stats::{OfficialStats, StatsInspection, VisitKind};
use crate::problem::{Origin, Problem};
use crate::record::{SourcedEvent, SourcedInspection};
use crate::table::Table;
use journeys_core::model::{Area, DatePrecision, Event, EventKind, Framework, Grade, Inspection};
use std::collections::BTreeMap;

pub const KNOWN_COLUMNS: [&str; 7] =
    ["council_code", "framework", "published", "field", "official", "ours", "reason"];

/// What the cross-check found, for the build report and the tests.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inspections in both, agreeing on every field compared.
    pub agreed: usize,
    /// Differences listed in the reviewed file, printed with their reason.
    pub known: Vec<String>,
    /// Inspections added from the statistics, by framework code.
    pub added: BTreeMap<&'static str, usize>,
    pub monitoring_visits: usize,
    pub themes: usize,
    /// Focused visits of the sheets that match no focused-visit letter.
    pub unmatched_visits: Vec<String>,
}

impl Summary {
    pub fn lines(&self) -> Vec<String> {
        let added: Vec<String> = self.added.iter().map(|(f, n)| format!("{n} {f}")).collect();
        let mut out = vec![format!(
            "official statistics: {} inspections agree with the report-derived sources, {} known disagreements, \
             0 new disagreements; added {} inspections ({}), {} monitoring visits; themes for {} focused visits",
            self.agreed,
            self.known.len(),
            self.added.values().sum::<usize>(),
            added.join(", "),
            self.monitoring_visits,
            self.themes
        )];
        out.extend(self.known.iter().map(|k| format!("  known: {k}")));
        out.extend(
            self.unmatched_visits
                .iter()
                .map(|v| format!("  focused visit in the statistics with no letter: {v}")),
        );
        out
    }
}

struct Known<'a> {
    rows: Vec<(crate::table::Record<'a>, std::cell::Cell<bool>)>,
}

impl Known<'_> {
    /// The reason for this difference, if it was reviewed (and marks the entry used).
    fn reason(
        &self,
        council: &str,
        framework: Framework,
        published: &str,
        field: &str,
        official: &str,
        ours: &str,
    ) -> Option<String> {
        let (r, used) = self.rows.iter().find(|(r, _)| {
            r.get("council_code") == council
                && r.get("framework") == framework.code()
                && r.get("published") == published
                && r.get("field") == field
                && r.get("official") == official
                && r.get("ours") == ours
        })?;
        used.set(true);
        Some(r.get("reason").to_string())
    }
}

fn grade_word(g: Option<Grade>) -> &'static str {
    g.map_or("", Grade::csv_word)
}

/// The differences between the statistics' record and ours: (field, official, ours).
fn differences(s: &StatsInspection, ours: &Inspection) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    if s.published != ours.published {
        out.push(("published".to_string(), s.published.to_string(), ours.published.to_string()));
    }
    if let (Some(a), Some(b)) = (s.start, ours.start) {
        if a != b {
            out.push(("start".to_string(), a.to_string(), b.to_string()));
        }
    }
    let mut areas: Vec<Area> = s
        .judgements
        .iter()
        .map(|j| j.area)
        .chain(ours.judgements.iter().map(|j| j.area).filter(|a| s.covers.contains(a)))
        .collect();
    areas.sort();
    areas.dedup();
    for area in areas {
        let (a, b) = (s_grade(s, area), ours.grade(area));
        if a != b {
            out.push((area.key().to_string(), grade_word(a).to_string(), grade_word(b).to_string()));
        }
    }
    out
}

fn s_grade(s: &StatsInspection, area: Area) -> Option<Grade> {
    s.judgements.iter().find(|j| j.area == area).map(|j| j.grade)
}

/// How far apart two records of one inspection's publication can be and still be one
/// inspection listed on two dates (Slough's SIF: 11 and 14 February 2014).
const SAME_INSPECTION_DAYS: i64 = 45;

pub fn reconcile(
    stats: OfficialStats,
    known: &Table,
    councils: &Councils,
    inspections: &mut Vec<SourcedInspection>,
    events: &mut Vec<SourcedEvent>,
) -> (Summary, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut summary = Summary::default();
    let known = Known { rows: known.records().map(|r| (r, std::cell::Cell::new(false))).collect() };

    let mut added = Vec::new();
    for s in &stats.inspections {
        let council = match councils.attribute(&s.council, s.published) {
            Ok(c) => c,
            Err(e) => {
                problems.push(s.origin.problem(e));
                continue;
            }
        };
        let same = |i: &Inspection| i.council == council && i.framework == s.framework && i.kind == s.kind;
        let exact = inspections.iter().find(|o| same(&o.inspection) && o.inspection.published == s.published);
        let near = exact.or_else(|| {
            inspections.iter().find(|o| {
                same(&o.inspection)
                    && (o.inspection.published - s.published).num_days().abs() <= SAME_INSPECTION_DAYS
            })
        });
        match near {
            Some(ours) => {
                let diffs = differences(s, &ours.inspection);
                if diffs.is_empty() {
                    summary.agreed += 1;
                }
                for (field, official, theirs) in diffs {
                    let published = s.published.to_string();
                    match known.reason(&council, s.framework, &published, &field, &official, &theirs) {
                        Some(reason) => summary.known.push(format!(
                            "{council} {} published {published}: {field} is {official:?} in the statistics, {theirs:?} at {} ({reason})",
                            s.framework.code(),
                            ours.origin
                        )),
                        None => problems.push(s.origin.problem(format!(
                            "disagrees with {}: {field} is {official:?} here and {theirs:?} there; \
                             the report-derived record is kept, but a new disagreement must be reviewed \
                             (data/official-statistics/known-disagreements.csv)",
                            ours.origin
                        ))),
                    }
                }
            }
            None => {
                *summary.added.entry(s.framework.code()).or_default() += 1;
                added.push(SourcedInspection {
                    inspection: Inspection {
                        council: council.clone(),
                        framework: s.framework,
                        kind: s.kind,
                        start: s.start,
                        end: None,
                        published: s.published,
                        judgements: s.judgements.clone(),
                        // No report link in the sheets: the site links the council's page of reports.
                        report_url: String::new(),
                        inspector: String::new(),
                        findings: Vec::new(),
                        citation: s.citation.clone(),
                    },
                    origin: s.origin.clone(),
                });
            }
        }
    }
    // Two rows of the statistics for one inspection are caught with every other duplicate by
    // `validate::inspections`, which runs on the merged records.
    inspections.extend(added);

    // Visits: monitoring visits are new; focused visits match the letters and gain a theme.
    let mut monitoring: BTreeMap<(String, chrono::NaiveDate), (Event, Origin)> = BTreeMap::new();
    for v in &stats.visits {
        let council = match councils.attribute(&v.council, v.date) {
            Ok(c) => c,
            Err(e) => {
                problems.push(v.origin.problem(e));
                continue;
            }
        };
        match v.kind {
            VisitKind::Monitoring => {
                let key = (council.clone(), v.date);
                if let Some((e, first)) = monitoring.get_mut(&key) {
                    // The same visit in two years' sheets (one lists it by visit, one by letter).
                    if e.theme != v.theme {
                        problems.push(
                            v.origin.problem(format!(
                                "theme {:?} differs from {:?} at {first}",
                                v.theme, e.theme
                            )),
                        );
                    }
                    e.published = e.published.or(v.published);
                    continue;
                }
                monitoring.insert(
                    key,
                    (
                        Event {
                            council: council.clone(),
                            kind: EventKind::MonitoringVisit,
                            date: v.date,
                            precision: DatePrecision::Day,
                            end: None,
                            published: v.published,
                            title: "Monitoring visit".to_string(),
                            theme: v.theme.clone(),
                            summary: String::new(),
                            priority_action: false,
                            url: String::new(),
                            citation: v.citation.clone(),
                        },
                        v.origin.clone(),
                    ),
                );
            }
            VisitKind::Focused => {
                let letter = events.iter_mut().find(|e| {
                    e.event.council == council
                        && e.event.kind == EventKind::FocusedVisit
                        && (e.event.date == v.date
                            || (e.event.date <= v.date && e.event.end.is_some_and(|end| v.date <= end)))
                });
                match letter {
                    Some(e) if e.event.theme.is_empty() => {
                        e.event.theme = v.theme.clone();
                        summary.themes += 1;
                    }
                    Some(e) if e.event.theme == v.theme => {}
                    Some(e) => problems.push(v.origin.problem(format!(
                        "theme {:?} differs from {:?}, given to the visit at {} by another sheet",
                        v.theme, e.event.theme, e.origin
                    ))),
                    None => summary
                        .unmatched_visits
                        .push(format!("{} ({council}, {}, {})", v.origin, v.date, v.theme)),
                }
            }
        }
    }
    summary.monitoring_visits = monitoring.len();
    events.extend(monitoring.into_values().map(|(event, origin)| SourcedEvent { event, origin }));

    for (r, used) in &known.rows {
        if r.get("reason").is_empty() {
            problems.push(r.problem("a known disagreement needs a reason"));
        } else if !used.get() {
            problems.push(r.problem("known disagreement matches no difference found"));
        }
    }
    (summary, problems)
}
