//! Councils side by side: which councils a `/compare` URL names (and which of its entries were
//! left out, and why), adding and removing councils, the preset groups (statistical
//! neighbours, a region, councils judged Inadequate at their first SIF inspection), the caveat
//! shown when a comparison spans grading scales, and the shared time axis that lines the
//! small multiples up. Pure functions of the dataset; the page only prints what they return.

use crate::chart::{council_chart_from, domain, earliest, headline_grade, JourneyChart};
use crate::journey::{
    event_rows, events, inspection_rows, inspections, release_date, EventRow, InspectionRow,
};
use crate::league::resolve_region;
use crate::model::{Area, Council, Dataset, FormerCouncil, Framework, Grade, Inspection};
use crate::route::{Route, MAX_COMPARE};
use crate::search::normalise;
use crate::standing::standing_in;
use crate::story::{measures, story};
use crate::text::month_year;
use chrono::{Datelike, NaiveDate};

/// Why an entry of the URL's council list was left out of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// No council, and no former council, has this code, slug or name.
    Unknown,
    /// The council is already in the comparison (perhaps named once by code and once by slug).
    Duplicate,
    /// The comparison already holds `MAX_COMPARE` councils.
    TooMany,
}

/// One entry of the URL's council list that the comparison does not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// The entry exactly as it was in the URL.
    pub key: String,
    pub reason: DropReason,
    /// The ONS code of the council it named, for `Duplicate` and `TooMany`, so the note can
    /// name the council rather than repeat a code the reader may not recognise.
    pub council: Option<String>,
}

/// An entry naming an abolished council, which the comparison shows as its successors: a
/// reader asking for Northamptonshire most likely wants the two councils that now run its
/// children's services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replaced {
    pub key: String,
    /// The former council's name.
    pub former: String,
    pub abolished: NaiveDate,
    /// ONS codes of its successors, in the dataset's order.
    pub successors: Vec<String>,
}

/// The councils a comparison shows, in the order given, and what was left out of or changed
/// in the list it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    /// ONS codes, at most `MAX_COMPARE`, no repeats, in the order the URL gave them.
    pub codes: Vec<String>,
    pub dropped: Vec<Dropped>,
    pub replaced: Vec<Replaced>,
}

/// What a key in a `/compare` list names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Resolved<'a> {
    Council(&'a Council),
    Former(&'a FormerCouncil),
    Unknown,
}

/// A URL slug made from a name: lower-case words joined by `-`, as the dataset's slugs are.
fn slug_of(name: &str) -> String {
    normalise(name).replace(' ', "-")
}

/// Resolves one key: an ONS code or slug in any case, else a council's name or other name
/// written loosely ("Kingston upon Hull", "kingston+upon+hull"), else a former council's code
/// or name. Codes and slugs are tried first, across every council, so that a loose name can
/// never shadow an exact key.
pub fn resolve_key<'a>(data: &'a Dataset, key: &str) -> Resolved<'a> {
    let key = key.trim();
    if key.is_empty() {
        return Resolved::Unknown;
    }
    if let Some(c) =
        data.councils.iter().find(|c| c.code.eq_ignore_ascii_case(key) || c.slug.eq_ignore_ascii_case(key))
    {
        return Resolved::Council(c);
    }
    if let Some(f) = data.former_councils.iter().find(|f| f.code.eq_ignore_ascii_case(key)) {
        return Resolved::Former(f);
    }
    let loose = slug_of(key);
    if loose.is_empty() {
        return Resolved::Unknown;
    }
    if let Some(c) = data.councils.iter().find(|c| {
        c.slug == loose || slug_of(&c.name) == loose || c.other_names.iter().any(|n| slug_of(n) == loose)
    }) {
        return Resolved::Council(c);
    }
    match data.former_councils.iter().find(|f| slug_of(&f.name) == loose) {
        Some(f) => Resolved::Former(f),
        None => Resolved::Unknown,
    }
}

impl Selection {
    /// Cleans a council list from the URL: unknown entries, repeats and anything past
    /// `MAX_COMPARE` are dropped (each recorded with its reason); a former council is replaced
    /// by its successors. Repeats are checked before the limit, so a repeated council is
    /// reported as a repeat even when the comparison is full.
    pub fn resolve(data: &Dataset, keys: &[String]) -> Selection {
        let mut sel = Selection::default();
        // Every council named so far, including those dropped for being too many, so that
        // naming one of them again is reported as a repeat.
        let mut seen: Vec<String> = Vec::new();
        for key in keys {
            let drop = |reason, council: Option<&str>| Dropped {
                key: key.clone(),
                reason,
                council: council.map(str::to_string),
            };
            match resolve_key(data, key) {
                Resolved::Unknown => sel.dropped.push(drop(DropReason::Unknown, None)),
                Resolved::Council(c) => {
                    if seen.contains(&c.code) {
                        sel.dropped.push(drop(DropReason::Duplicate, Some(&c.code)));
                    } else if sel.codes.len() >= MAX_COMPARE {
                        seen.push(c.code.clone());
                        sel.dropped.push(drop(DropReason::TooMany, Some(&c.code)));
                    } else {
                        seen.push(c.code.clone());
                        sel.codes.push(c.code.clone());
                    }
                }
                Resolved::Former(f) if sel.replaced.iter().any(|r| r.former == f.name) => {
                    sel.dropped.push(drop(DropReason::Duplicate, None));
                }
                Resolved::Former(f) => {
                    let successors: Vec<&str> = f
                        .successors
                        .iter()
                        .filter_map(|s| data.council(s))
                        .map(|c| c.code.as_str())
                        .collect();
                    if successors.is_empty() {
                        sel.dropped.push(drop(DropReason::Unknown, None));
                        continue;
                    }
                    sel.replaced.push(Replaced {
                        key: key.clone(),
                        former: f.name.clone(),
                        abolished: f.abolished,
                        successors: successors.iter().map(|s| s.to_string()).collect(),
                    });
                    // A successor already in the list is not a repeat the reader typed, so
                    // it is merged silently; the replacement note names the successors.
                    for code in successors {
                        if seen.iter().any(|s| s == code) {
                            continue;
                        }
                        seen.push(code.to_string());
                        if sel.codes.len() >= MAX_COMPARE {
                            sel.dropped.push(drop(DropReason::TooMany, Some(code)));
                        } else {
                            sel.codes.push(code.to_string());
                        }
                    }
                }
            }
        }
        sel
    }

    /// The selection named by a `/compare` route or a comparison embed; `None` for any other
    /// route.
    pub fn from_route(data: &Dataset, route: &Route) -> Option<Selection> {
        match route {
            Route::Compare { councils, .. } => Some(Selection::resolve(data, councils)),
            Route::Embed { widget: crate::route::EmbedWidget::Compare { councils }, .. } => {
                Some(Selection::resolve(data, councils))
            }
            _ => None,
        }
    }

    /// The canonical URL of the cleaned selection, by ONS code: what the app puts in the
    /// address bar (with `history.replaceState`) so that a copied link reopens exactly what is
    /// shown, without the notes.
    pub fn route(&self, present: bool) -> Route {
        Route::Compare { councils: self.codes.clone(), present }
    }

    /// True when the URL's list was used as it stood: nothing dropped, nothing replaced.
    pub fn is_clean(&self) -> bool {
        self.dropped.is_empty() && self.replaced.is_empty()
    }
}

/// A key as quoted back to the reader: trimmed and cut short, because it came from a URL and
/// may be long.
fn quoted(key: &str) -> String {
    let key = key.trim();
    let short: String = key.chars().take(40).collect();
    let ellipsis = if short.len() < key.len() { "…" } else { "" };
    format!("“{short}{ellipsis}”")
}

fn name_of(data: &Dataset, code: &str) -> String {
    data.council(code).map(|c| c.name.clone()).unwrap_or_else(|| code.to_string())
}

/// Joins names into an English list. Council names can contain commas ("Bournemouth,
/// Christchurch and Poole"), so a list holding one is separated by semicolons instead.
pub fn join_names(names: &[String]) -> String {
    let (sep, last) = if names.iter().any(|n| n.contains(',')) { ("; ", "; and ") } else { (", ", " and ") };
    match names.split_last() {
        None => String::new(),
        Some((only, [])) => only.clone(),
        Some((end, rest)) => format!("{}{last}{end}", rest.join(sep)),
    }
}

/// The polite note for one dropped entry, e.g. "“xyz” is not a council we know, so it was
/// left out."
pub fn dropped_note(data: &Dataset, d: &Dropped) -> String {
    let name = d.council.as_deref().map(|c| name_of(data, c));
    match d.reason {
        DropReason::Unknown => format!("{} is not a council we know, so it was left out.", quoted(&d.key)),
        DropReason::Duplicate => format!(
            "{} was listed more than once, so the repeat was left out.",
            name.unwrap_or_else(|| quoted(&d.key))
        ),
        DropReason::TooMany => format!(
            "A comparison shows at most {MAX_COMPARE} councils, so {} was left out.",
            name.unwrap_or_else(|| quoted(&d.key))
        ),
    }
}

/// Every note a selection needs, in reading order: unknown entries one by one, repeats once
/// per council, the councils left out for being too many in one sentence, then former
/// councils shown as their successors. A repeat of a council left out for being too many is
/// not noted twice: the sentence about the limit already names it.
pub fn selection_notes(data: &Dataset, sel: &Selection) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in sel.dropped.iter().filter(|d| d.reason == DropReason::Unknown) {
        out.push(dropped_note(data, d));
    }
    let mut repeated: Vec<&str> = Vec::new();
    for d in sel.dropped.iter().filter(|d| d.reason == DropReason::Duplicate) {
        let code = d.council.as_deref().unwrap_or(&d.key);
        let left_out = d.council.as_ref().is_some_and(|c| !sel.codes.contains(c));
        if !left_out && !repeated.contains(&code) {
            repeated.push(code);
            out.push(dropped_note(data, d));
        }
    }
    let too_many: Vec<String> = sel
        .dropped
        .iter()
        .filter(|d| d.reason == DropReason::TooMany)
        .map(|d| d.council.as_deref().map(|c| name_of(data, c)).unwrap_or_else(|| quoted(&d.key)))
        .collect();
    match too_many.len() {
        0 => {}
        1 => out.push(format!(
            "A comparison shows at most {MAX_COMPARE} councils, so {} was left out.",
            too_many[0]
        )),
        _ => out.push(format!(
            "A comparison shows at most {MAX_COMPARE} councils, so {} were left out.",
            join_names(&too_many)
        )),
    }
    for r in &sel.replaced {
        let names: Vec<String> = r.successors.iter().map(|c| name_of(data, c)).collect();
        let (them, are) = if names.len() == 1 { ("the council", "is") } else { ("the councils", "are") };
        out.push(format!(
            "{} was abolished in {}; {them} that took over its children's services {are} shown instead: {}.",
            r.former,
            r.abolished.year(),
            join_names(&names)
        ));
    }
    out
}

/// Why a council could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The key names no council.
    Unknown,
    /// The comparison already holds `MAX_COMPARE` councils (or adding a former council's
    /// successors would take it past that).
    Full,
}

impl Refused {
    /// What the page says, e.g. after a search result is chosen.
    pub fn message(self, key: &str) -> String {
        match self {
            Refused::Unknown => format!("{} is not a council we know.", quoted(key)),
            Refused::Full => {
                format!("A comparison shows at most {MAX_COMPARE} councils. Remove one to add another.")
            }
        }
    }
}

/// The comparison's codes with the council named by `key` added at the end. Adding a council
/// already there changes nothing; a former council adds its successors that are not there yet,
/// all or none.
pub fn add(data: &Dataset, codes: &[String], key: &str) -> Result<Vec<String>, Refused> {
    let new: Vec<String> = match resolve_key(data, key) {
        Resolved::Unknown => return Err(Refused::Unknown),
        Resolved::Council(c) => vec![c.code.clone()],
        Resolved::Former(f) => f.successors.iter().filter(|s| data.council(s).is_some()).cloned().collect(),
    };
    if new.is_empty() {
        return Err(Refused::Unknown);
    }
    let mut out = codes.to_vec();
    let missing: Vec<String> =
        new.into_iter().filter(|c| !out.iter().any(|o| o.eq_ignore_ascii_case(c))).collect();
    if out.len() + missing.len() > MAX_COMPARE {
        return Err(Refused::Full);
    }
    out.extend(missing);
    Ok(out)
}

/// The comparison's codes without `code` (compared ignoring case); unchanged when it is not
/// there.
pub fn remove(codes: &[String], code: &str) -> Vec<String> {
    codes.iter().filter(|c| !c.eq_ignore_ascii_case(code.trim())).cloned().collect()
}

/// A ready-made group of councils to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preset {
    /// A heading for the group, e.g. "Leeds and its statistical neighbours".
    pub title: String,
    /// Every council of the group, in the preset's order.
    pub all: Vec<String>,
    /// The first `MAX_COMPARE` of them: what the comparison shows.
    pub codes: Vec<String>,
    /// Says what was left out and why, whenever anything was.
    pub note: Option<String>,
}

impl Preset {
    /// The comparison of this group's first `MAX_COMPARE` councils.
    pub fn route(&self) -> Route {
        Route::Compare { councils: self.codes.clone(), present: false }
    }

    /// True when the group is larger than a comparison can show.
    pub fn is_capped(&self) -> bool {
        self.all.len() > self.codes.len()
    }

    fn new(
        title: String,
        all: Vec<String>,
        note: impl FnOnce(&[String], &[String]) -> Option<String>,
    ) -> Preset {
        let codes: Vec<String> = all.iter().take(MAX_COMPARE).cloned().collect();
        let note = note(&all, &codes);
        Preset { title, all, codes, note }
    }
}

/// The council named by `key` followed by its statistical neighbours (councils the DfE judges
/// most similar to it), in the lookup's order, capped at `MAX_COMPARE`. A neighbour code that
/// names no council of the dataset is left out and the note says so. `None` when `key` names
/// no council.
pub fn statistical_neighbours(data: &Dataset, key: &str) -> Option<Preset> {
    let Resolved::Council(council) = resolve_key(data, key) else {
        return None;
    };
    let mut all = vec![council.code.clone()];
    let mut unknown: Vec<String> = Vec::new();
    for n in &council.neighbours {
        match data.council(n) {
            Some(c) if !all.contains(&c.code) => all.push(c.code.clone()),
            Some(_) => {}
            None => unknown.push(n.clone()),
        }
    }
    let title = format!("{} and its statistical neighbours", council.name);
    Some(Preset::new(title, all, |all, codes| {
        let mut notes: Vec<String> = Vec::new();
        if all.len() > codes.len() {
            let left: Vec<String> = all[codes.len()..].iter().map(|c| name_of(data, c)).collect();
            notes.push(format!(
                "{} has {} statistical neighbours; a comparison shows at most {MAX_COMPARE} councils, so it shows {} with the first {} in its list. Left out: {}.",
                council.name,
                all.len() - 1,
                council.name,
                codes.len() - 1,
                join_names(&left)
            ));
        }
        if !unknown.is_empty() {
            notes.push(format!(
                "The statistical neighbour list also names {}, which {} not a council in this data.",
                join_names(&unknown),
                if unknown.len() == 1 { "is" } else { "are" }
            ));
        }
        (!notes.is_empty()).then(|| notes.join(" "))
    }))
}

/// The current councils of a region (by name, slug or region code), A to Z, capped at the
/// first `MAX_COMPARE` with a note saying how many there are in all. `None` for an unknown
/// region.
pub fn region(data: &Dataset, region: &str) -> Option<Preset> {
    let name = resolve_region(data, region)?;
    let mut councils: Vec<&Council> =
        data.councils.iter().filter(|c| c.current && c.region == name).collect();
    councils.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.code.cmp(&b.code)));
    let all: Vec<String> = councils.iter().map(|c| c.code.clone()).collect();
    let title = format!("Councils in {name}");
    Some(Preset::new(title, all, |all, codes| {
        (all.len() > codes.len()).then(|| {
            format!(
                "{name} has {} councils; a comparison shows at most {MAX_COMPARE}, so these are the first {} in alphabetical order. Remove some to add others.",
                all.len(),
                codes.len()
            )
        })
    }))
}

/// A council's first inspection under the single inspection framework, if it had one. Only
/// the council's own inspections count, not its predecessors': a council created after 2018
/// never had a SIF inspection, and counting a predecessor's would count one judgement once for
/// each of its successors.
pub fn first_sif<'a>(data: &'a Dataset, council: &Council) -> Option<&'a Inspection> {
    data.inspections
        .iter()
        .filter(|i| i.council == council.code && i.framework == Framework::Sif)
        .min_by_key(|i| (i.when(), i.published))
}

/// Current councils whose first SIF inspection judged overall effectiveness Inadequate, in
/// order of that inspection's start (ties by name), capped at the `MAX_COMPARE` inspected
/// earliest with a note saying how many there are in all.
pub fn inadequate_at_first_sif(data: &Dataset) -> Preset {
    // Each council's `first_sif`, from one pass over the inspections rather than one a council.
    let mut firsts: std::collections::HashMap<&str, &Inspection> = std::collections::HashMap::new();
    for i in data.inspections.iter().filter(|i| i.framework == Framework::Sif) {
        let first = firsts.entry(i.council.as_str()).or_insert(i);
        if (i.when(), i.published) < (first.when(), first.published) {
            *first = i;
        }
    }
    let mut found: Vec<(NaiveDate, &str, &str)> = data
        .councils
        .iter()
        .filter(|c| c.current)
        .filter_map(|c| {
            let i = *firsts.get(c.code.as_str())?;
            (i.grade(Area::OverallEffectiveness) == Some(Grade::Inadequate)).then_some((
                i.when(),
                c.name.as_str(),
                c.code.as_str(),
            ))
        })
        .collect();
    found.sort();
    let all: Vec<String> = found.iter().map(|(_, _, code)| code.to_string()).collect();
    let title = "Councils judged Inadequate at their first SIF inspection".to_string();
    Preset::new(title, all, |all, codes| {
        (all.len() > codes.len()).then(|| {
            format!(
                "{} councils were judged Inadequate at their first inspection under the single inspection framework (2013 to 2018); a comparison shows at most {MAX_COMPARE}, so these are the {} inspected earliest.",
                all.len(),
                codes.len()
            )
        })
    })
}

/// The grading scale an inspection's headline sits on, for the caveat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Scale {
    /// 2009-13: Outstanding, Good, Adequate, Inadequate.
    WithAdequate,
    /// SIF and ILACS: Outstanding, Good, Requires improvement, Inadequate.
    WithRequiresImprovement,
    /// ILACS from April 2026: no overall effectiveness grade.
    NoOverallGrade,
}

fn scale(i: &Inspection) -> Option<Scale> {
    if i.grade(Area::OverallEffectiveness) == Some(Grade::NotGraded2026) {
        return Some(Scale::NoOverallGrade);
    }
    // Only inspections drawn on the journey line count: a standalone review of a
    // safeguarding board has no headline grade and is not compared.
    headline_grade(i)?;
    Some(match i.framework {
        Framework::Slac | Framework::Cpi | Framework::Lac => Scale::WithAdequate,
        Framework::Sif | Framework::Ilacs | Framework::LscbReview => Scale::WithRequiresImprovement,
    })
}

/// The caveat shown whenever the graded inspections of the councils shown (with their
/// predecessors') span frameworks with different scales: 2009-13 inspections used Adequate
/// where SIF and ILACS use Requires improvement, and inspections from April 2026 give no
/// overall grade. `None` when every inspection shown sits on the same scale. Works for one
/// council too (its judgement-area matrix spans frameworks as well).
pub fn framework_caveat(data: &Dataset, codes: &[String]) -> Option<String> {
    let mut scales: Vec<Scale> = codes
        .iter()
        .filter_map(|code| data.council(code))
        .flat_map(|c| inspections(data, c))
        .filter_map(scale)
        .collect();
    scales.sort();
    scales.dedup();
    if scales.len() < 2 {
        return None;
    }
    let mut out = String::from("These inspections were made under frameworks with different grading scales.");
    if scales.contains(&Scale::WithAdequate) && scales.contains(&Scale::WithRequiresImprovement) {
        out.push_str(
            " Inspections from 2009 to 2013 graded Outstanding, Good, Adequate or Inadequate; \
             from late 2013 Requires improvement to be good took the place of Adequate. The two \
             are drawn at the same level but are not the same judgement.",
        );
    }
    if scales.contains(&Scale::NoOverallGrade) {
        out.push_str(
            " Inspections from April 2026 give no overall effectiveness grade, so they are shown \
             without one rather than placed on the scale.",
        );
    }
    Some(out)
}

/// The last day the comparison's time axis must reach: the data release, or a later dated
/// inspection or event of one of the councils (so nothing is clipped at the right edge).
pub fn shared_until(data: &Dataset, codes: &[String]) -> NaiveDate {
    let release = release_date(data);
    codes
        .iter()
        .filter_map(|code| data.council(code))
        .flat_map(|c| {
            let i = inspections(data, c).into_iter().map(|i| i.when());
            let e = events(data, c).into_iter().map(|e| e.date);
            i.chain(e).collect::<Vec<_>>()
        })
        .fold(release, NaiveDate::max)
}

/// The earliest inspection or event of any of the councils (with their predecessors'): the
/// comparison's charts all start in its year.
pub fn shared_from(data: &Dataset, codes: &[String]) -> NaiveDate {
    codes
        .iter()
        .filter_map(|code| data.council(code))
        .map(|c| earliest(&inspections(data, c), &events(data, c)))
        .min()
        .unwrap_or_else(|| earliest(&[], &[]))
}

/// The date domain every small multiple of the comparison shares, so that the same date sits
/// at the same x in each chart: `chart::domain` of `shared_from` and `shared_until`.
pub fn shared_domain(data: &Dataset, codes: &[String]) -> (NaiveDate, NaiveDate) {
    domain(shared_from(data, codes), shared_until(data, codes))
}

/// One council's chart in the comparison, labelled directly.
#[derive(Debug, Clone, PartialEq)]
pub struct SmallMultiple {
    pub code: String,
    pub name: String,
    pub slug: String,
    /// The latest overall grade on a scale and the month of that inspection, for the label
    /// beside the name.
    pub current: Option<(Grade, String)>,
    /// The month of a later inspection under the 2026 framework, which gives no overall
    /// grade, so the label can say that `current` is not the whole story.
    pub inspected_since: Option<String>,
    /// The journey in a sentence, the chart's text summary.
    pub summary: String,
    pub chart: JourneyChart,
    /// The chart's table alternative: the rows the journey chart component already prints.
    pub inspections: Vec<InspectionRow>,
    pub events: Vec<EventRow>,
}

/// The time span every small multiple of a comparison shares: from `shared_from` to
/// `shared_until`.
pub fn shared_span(data: &Dataset, codes: &[String]) -> (NaiveDate, NaiveDate) {
    (shared_from(data, codes), shared_until(data, codes))
}

/// The small multiples of a comparison, in the selection's order, all laid out on the shared
/// time axis at `width` user units. Unknown codes are skipped.
pub fn small_multiples(data: &Dataset, codes: &[String], width: f64) -> Vec<SmallMultiple> {
    let span = shared_span(data, codes);
    codes.iter().filter_map(|code| small_multiple(data, code, span, width)).collect()
}

/// One council's small multiple on the time axis `span` (`shared_span` of its comparison), at
/// `width` user units; `None` for an unknown code. A comparison that gains or loses a council
/// without changing its span leaves the others' small multiples as they were, so a view can
/// keep them.
pub fn small_multiple(
    data: &Dataset,
    code: &str,
    span: (NaiveDate, NaiveDate),
    width: f64,
) -> Option<SmallMultiple> {
    let c = data.council(code)?;
    let list = inspections(data, c);
    let inspected_since = standing_in(&list, None).inspected_since_2026.map(|i| month_year(i.when()));
    Some(SmallMultiple {
        code: c.code.clone(),
        name: c.name.clone(),
        slug: c.slug.clone(),
        current: measures(&list).current,
        inspected_since,
        summary: story(&c.name, &list),
        chart: council_chart_from(data, c, span, width),
        inspections: inspection_rows(data, c),
        events: event_rows(data, c),
    })
}

/// The preset group a comparison shows exactly (the same councils, in any order), if any: a
/// council's statistical neighbours (tried for each council of the comparison, the first
/// council first), the region of the first council, or the councils judged Inadequate at their
/// first SIF inspection. A group of one council is no group.
pub fn matching_preset(data: &Dataset, codes: &[String]) -> Option<Preset> {
    if codes.len() < 2 {
        return None;
    }
    let sorted = |list: &[String]| {
        let mut v: Vec<String> = list.iter().map(|c| c.to_ascii_uppercase()).collect();
        v.sort();
        v
    };
    let wanted = sorted(codes);
    let mut candidates: Vec<Preset> = codes.iter().filter_map(|c| statistical_neighbours(data, c)).collect();
    if let Some(first) = codes.first().and_then(|c| data.council(c)) {
        candidates.extend(region(data, &first.region));
    }
    candidates.push(inadequate_at_first_sif(data));
    candidates.into_iter().find(|p| p.codes.len() >= 2 && sorted(&p.codes) == wanted)
}

/// The heading naming a comparison's group: the preset's title when the comparison shows
/// exactly a preset's councils ("Bradford and its statistical neighbours", "Councils in
/// Yorkshire and the Humber"), else its councils' names, all of them up to three ("Leeds and
/// Leicester") and the first two with a count beyond ("Leeds, Leicester and 3 others");
/// "Compare councils" when there are none.
pub fn group_heading(data: &Dataset, codes: &[String]) -> String {
    if let Some(p) = matching_preset(data, codes) {
        return p.title;
    }
    let names: Vec<String> = codes.iter().filter_map(|c| data.council(c)).map(|c| c.name.clone()).collect();
    match names.len() {
        0 => "Compare councils".to_string(),
        1..=3 => join_names(&names),
        n => join_names(&[names[0].clone(), names[1].clone(), format!("{} others", n - 2)]),
    }
}

/// One council's latest grade, for the comparison's summary row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LatestGrade {
    pub code: String,
    pub name: String,
    pub slug: String,
    /// The current standing's grade; `None` before any overall grade on a scale.
    pub grade: Option<Grade>,
    /// The grade in words: "Good", or "No overall grade yet".
    pub words: String,
    /// The year of the inspection that gave it.
    pub year: Option<i32>,
    /// The short note of a newer 2026 inspection, e.g. "+ May 2026 inspection, no overall
    /// grade".
    pub note: Option<String>,
}

/// Each council's current standing (`standing::current_standing`), in the comparison's order;
/// unknown codes are skipped.
pub fn latest_grades(data: &Dataset, codes: &[String]) -> Vec<LatestGrade> {
    codes
        .iter()
        .filter_map(|code| data.council(code))
        .map(|c| {
            let s = crate::standing::current_standing(data, c);
            LatestGrade {
                code: c.code.clone(),
                name: c.name.clone(),
                slug: c.slug.clone(),
                grade: s.grade,
                words: s.grade.map_or("No overall grade yet", Grade::label).to_string(),
                year: s.inspection.map(|i| i.when().year()),
                note: s.short_note(),
            }
        })
        .collect()
}
