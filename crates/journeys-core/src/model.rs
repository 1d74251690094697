//! The dataset model shared by the dataset builder and the web app: councils, inspections,
//! judgement areas, grades and ungraded events, exactly as the bundled JSON stores them.
//! `docs/DATASET.md` documents the JSON format; keep the two in step.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
// Dates are read with `crate::date` (`deserialize_with`), which keeps chrono's general parser
// out of the wasm; they are written as chrono writes them, `YYYY-MM-DD`.

/// The whole bundled dataset: one release of every council's inspections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Format version of this JSON, bumped on any incompatible change.
    pub format: u32,
    /// The data release: the date of the newest source snapshot (`YYYY-MM-DD` in the JSON).
    #[serde(deserialize_with = "crate::date::de")]
    pub release: NaiveDate,
    /// Plain-language notes on what the data does and does not cover.
    pub coverage: Vec<String>,
    /// Where each source file came from (repository, commit, path), for the About page.
    pub sources: Vec<SourceRef>,
    /// Current councils and the predecessors of councils created since 2009, sorted by code.
    pub councils: Vec<Council>,
    /// Graded inspections, sorted by council code then start date.
    pub inspections: Vec<Inspection>,
    /// Ungraded events (focused visits, unannounced inspections, notices, news), sorted by
    /// council code then date.
    pub events: Vec<Event>,
    /// Councils abolished since 2009 that are not councils of their own in this dataset
    /// (because it holds no inspection or event of them), kept so that a successor's
    /// `predecessors` can still be named. Sorted by code.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_councils: Vec<FormerCouncil>,
}

/// An abolished council the dataset holds no inspection of: only its name, its end and its
/// successors, with the citation for the reorganisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormerCouncil {
    /// ONS code, e.g. `E10000021` (Northamptonshire).
    pub code: String,
    pub name: String,
    /// The day the council ceased to exist.
    #[serde(deserialize_with = "crate::date::de")]
    pub abolished: NaiveDate,
    /// ONS codes of the councils that took over its children's services.
    pub successors: Vec<String>,
    /// The order that abolished it, e.g. "The Northamptonshire (Structural Changes) Order 2020".
    pub citation: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// The project's own copy, relative to the repository root (e.g. `data/sources/...`).
    pub file: String,
    /// Origin: `owner/repo` on GitHub, or a publication for seed articles.
    pub origin: String,
    /// Commit of the origin repository the copy was taken from, where there is one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub commit: String,
    /// Path of the file inside the origin repository, where there is one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub licence: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Council {
    /// ONS code, e.g. `E08000035` (Leeds). The key used everywhere else in the dataset.
    pub code: String,
    /// Display name, e.g. `Leeds`, `Bournemouth, Christchurch and Poole`.
    pub name: String,
    /// URL slug, lower-case ASCII words joined by `-`, e.g. `leeds`, `kingston-upon-hull`.
    pub slug: String,
    /// Old 3-digit DfE LA number as a string (`"383"`), empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub la_number: String,
    /// Ofsted URN, empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub urn: String,
    /// Region name, e.g. `Yorkshire and The Humber`.
    pub region: String,
    /// Region code as in the lookup, e.g. `YH`.
    pub region_code: String,
    /// False for abolished councils kept as predecessors.
    pub current: bool,
    /// Other names readers may search for (former names, `also_known_as`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<String>,
    /// ONS codes of the statistical neighbours, in the lookup's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub neighbours: Vec<String>,
    /// ONS codes of councils this one replaced (whole or in part).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub predecessors: Vec<String>,
    /// ONS codes of councils that replaced this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<String>,
    /// ISO date the council ceased to exist, for predecessors.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::date::de_option")]
    pub abolished: Option<NaiveDate>,
    /// The council's cell on the hex map of England; every current council has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hex: Option<Hex>,
}

/// A cell of the hex map, in the offset coordinates of the Open Innovations layout
/// (`"layout": "odd-r"`): `q` counts columns from the west, `r` rows from the south, and odd
/// rows sit half a cell further east. Hexagons are pointy-topped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Hex {
    pub q: i32,
    pub r: i32,
}

/// The inspection framework a judgement was made under. Scales differ between frameworks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Framework {
    /// 2009-2012 inspections of safeguarding and looked after children services (4-point scale
    /// with Adequate).
    #[serde(rename = "SLAC")]
    Slac,
    /// 2012-13 inspections of child protection services (4-point scale with Adequate): one
    /// overall judgement of child protection only, not of the whole service.
    #[serde(rename = "CPI")]
    Cpi,
    /// 2012-13 targeted inspections of looked after children services (4-point scale with
    /// Adequate): looked after children only.
    #[serde(rename = "LAC")]
    Lac,
    /// 2013-2018 single inspection framework.
    #[serde(rename = "SIF")]
    Sif,
    /// A standalone review of a Local Safeguarding Children Board.
    #[serde(rename = "LSCB")]
    LscbReview,
    /// Inspecting local authority children's services, 2018 onward.
    #[serde(rename = "ILACS")]
    Ilacs,
}

impl Framework {
    /// The name used in the published CSV and on the site.
    pub fn label(self) -> &'static str {
        match self {
            Framework::Slac => "Safeguarding and looked after children (2009-12)",
            Framework::Cpi => "Child protection (2012-13)",
            Framework::Lac => "Looked after children (2012-13)",
            Framework::Sif => "Single inspection framework (2013-18)",
            Framework::LscbReview => "Safeguarding children board review",
            Framework::Ilacs => "ILACS (2018 onward)",
        }
    }

    /// The short code used in the CSV `framework` column.
    pub fn code(self) -> &'static str {
        match self {
            Framework::Slac => "SLAC",
            Framework::Cpi => "CPI",
            Framework::Lac => "LAC",
            Framework::Sif => "SIF",
            Framework::LscbReview => "LSCB",
            Framework::Ilacs => "ILACS",
        }
    }

    /// True for the 2009-13 frameworks, whose four-point scale had Adequate and no
    /// "requires improvement".
    pub fn four_point_scale(self) -> bool {
        matches!(self, Framework::Slac | Framework::Cpi | Framework::Lac)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InspectionType {
    Standard,
    Short,
    Reinspection,
}

impl InspectionType {
    pub fn code(self) -> &'static str {
        match self {
            InspectionType::Standard => "standard",
            InspectionType::Short => "short",
            InspectionType::Reinspection => "reinspection",
        }
    }
}

/// A judgement area. Keys are the snake_case names used in the JSON and the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Overall effectiveness (SIF, ILACS; for SLAC the safeguarding overall effectiveness).
    OverallEffectiveness,
    /// SLAC: capacity for improvement of safeguarding services.
    CapacityForImprovement,
    /// SLAC: overall effectiveness of services for looked after children.
    LookedAfterOverall,
    /// SLAC and LAC: capacity for improvement of looked after children services.
    LookedAfterCapacity,
    /// SIF and ILACS: children who need help and protection.
    HelpAndProtection,
    /// SIF: children looked after and achieving permanence.
    LookedAfterAndPermanence,
    /// SIF: adoption performance.
    Adoption,
    /// SIF, and ILACS from 2023: experiences and progress of care leavers.
    CareLeavers,
    /// SIF: leadership, management and governance (LAC: leadership and management).
    Leadership,
    /// SIF: review of the Local Safeguarding Children Board.
    Lscb,
    /// ILACS: impact of leaders on social work practice with children and families.
    ImpactOfLeaders,
    /// ILACS: experiences and progress of children in care (before 2023: and care leavers).
    ChildrenInCare,
}

impl Area {
    /// Every judgement area, in the order of the enum.
    pub const ALL: [Area; 12] = [
        Area::OverallEffectiveness,
        Area::CapacityForImprovement,
        Area::LookedAfterOverall,
        Area::LookedAfterCapacity,
        Area::HelpAndProtection,
        Area::LookedAfterAndPermanence,
        Area::Adoption,
        Area::CareLeavers,
        Area::Leadership,
        Area::Lscb,
        Area::ImpactOfLeaders,
        Area::ChildrenInCare,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Area::OverallEffectiveness => "overall_effectiveness",
            Area::CapacityForImprovement => "capacity_for_improvement",
            Area::LookedAfterOverall => "looked_after_overall",
            Area::LookedAfterCapacity => "looked_after_capacity",
            Area::HelpAndProtection => "help_and_protection",
            Area::LookedAfterAndPermanence => "looked_after_and_permanence",
            Area::Adoption => "adoption",
            Area::CareLeavers => "care_leavers",
            Area::Leadership => "leadership",
            Area::Lscb => "lscb",
            Area::ImpactOfLeaders => "impact_of_leaders",
            Area::ChildrenInCare => "children_in_care",
        }
    }
}

/// A grade on one of Ofsted's scales, or a recorded absence of a grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    Outstanding,
    Good,
    /// SIF and ILACS: "Requires improvement (to be good)".
    RequiresImprovement,
    /// 2009-2013 frameworks only.
    Adequate,
    Inadequate,
    /// The report states the area was not judged (e.g. City of London adoption).
    NotJudged,
    /// ILACS from April 2026: no overall effectiveness grade is given by design.
    NotGraded2026,
}

impl Grade {
    /// The overall grades a council can stand at, best first: what the all-councils filter
    /// offers and what a `grade=` link may name (an area "not judged" is never a standing).
    pub const OVERALL: [Grade; 6] = [
        Grade::Outstanding,
        Grade::Good,
        Grade::RequiresImprovement,
        Grade::Adequate,
        Grade::Inadequate,
        Grade::NotGraded2026,
    ];

    /// Exactly the words used in the published CSV.
    pub fn csv_word(self) -> &'static str {
        match self {
            Grade::Outstanding => "Outstanding",
            Grade::Good => "Good",
            Grade::RequiresImprovement => "Requires improvement",
            Grade::Adequate => "Adequate",
            Grade::Inadequate => "Inadequate",
            Grade::NotJudged | Grade::NotGraded2026 => "Not judged",
        }
    }

    /// Position on a shared ordered scale, Inadequate = 1 to Outstanding = 4. Adequate and
    /// Requires improvement share rank 2 but must never be labelled as the same thing.
    pub fn rank(self) -> Option<u8> {
        match self {
            Grade::Outstanding => Some(4),
            Grade::Good => Some(3),
            Grade::RequiresImprovement | Grade::Adequate => Some(2),
            Grade::Inadequate => Some(1),
            Grade::NotJudged | Grade::NotGraded2026 => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgement {
    pub area: Area,
    pub grade: Grade,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inspection {
    /// ONS code of the council inspected (a predecessor's own code where it was inspected).
    pub council: String,
    pub framework: Framework,
    #[serde(rename = "type")]
    pub kind: InspectionType,
    /// First and last day of the inspection, where the source gives them. Ofsted's official
    /// statistics give only the publication date of 2009-2018 inspections (and only the first
    /// day of ILACS inspections), so either may be unknown.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::date::de_option")]
    pub start: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::date::de_option")]
    pub end: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::date::de")]
    pub published: NaiveDate,
    /// In the framework's own order; the overall effectiveness first where there is one.
    pub judgements: Vec<Judgement>,
    /// The report on files.ofsted.gov.uk (or reports.ofsted.gov.uk for older reports). Empty
    /// where the source holds no link to the report itself (Ofsted's official statistics):
    /// `Dataset::report_link` then gives the council's page of reports on Ofsted's site.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub report_url: String,
    /// Lead inspector(s), as printed in the report, where known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub inspector: String,
    /// Main findings quoted from the report, where the project holds its text (Leeds 2009).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<String>,
    /// Where the record comes from when it is not one of the scraped source files, e.g. the
    /// project's copy of a report with no known URL (Leeds 2009). Empty for scraped records.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub citation: String,
}

/// What part of children's services an inspection judged. The 2012-13 child protection
/// and looked-after-children inspections, and SLAC re-inspections of looked after children
/// only, judged one part; a journey must not read them as a verdict on the whole service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    WholeService,
    ChildProtection,
    LookedAfter,
}

impl Inspection {
    pub fn scope(&self) -> Scope {
        match self.framework {
            Framework::Cpi => Scope::ChildProtection,
            Framework::Lac => Scope::LookedAfter,
            Framework::Slac
                if self.grade(Area::OverallEffectiveness).is_none()
                    && self.grade(Area::LookedAfterOverall).is_some() =>
            {
                Scope::LookedAfter
            }
            _ => Scope::WholeService,
        }
    }

    /// The day a journey places this inspection at: its first day where known, else the day
    /// its report was published.
    pub fn when(&self) -> NaiveDate {
        self.start.unwrap_or(self.published)
    }

    /// True when the inspection's own dates are known (not only its publication date).
    pub fn dated(&self) -> bool {
        self.start.is_some()
    }

    pub fn grade(&self, area: Area) -> Option<Grade> {
        self.judgements.iter().find(|j| j.area == area).map(|j| j.grade)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// ILACS focused visit (ungraded letter).
    FocusedVisit,
    /// ILACS monitoring visit to a council judged inadequate.
    MonitoringVisit,
    /// 2009-12 annual unannounced inspection of contact, referral and assessment.
    UnannouncedInspection,
    /// A Department for Education improvement notice.
    ImprovementNotice,
    /// A statutory direction or commissioner appointment.
    StatutoryDirection,
    /// A letter from Ofsted that is not an inspection report.
    Letter,
    /// A news report of a leadership change or other event, from the seeds.
    News,
}

impl EventKind {
    /// Every kind of event, in the order of the enum.
    pub const ALL: [EventKind; 7] = [
        EventKind::FocusedVisit,
        EventKind::MonitoringVisit,
        EventKind::UnannouncedInspection,
        EventKind::ImprovementNotice,
        EventKind::StatutoryDirection,
        EventKind::Letter,
        EventKind::News,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::FocusedVisit => "focused_visit",
            EventKind::MonitoringVisit => "monitoring_visit",
            EventKind::UnannouncedInspection => "unannounced_inspection",
            EventKind::ImprovementNotice => "improvement_notice",
            EventKind::StatutoryDirection => "statutory_direction",
            EventKind::Letter => "letter",
            EventKind::News => "news",
        }
    }
}

/// How precisely a date is known. A date known only to the month is stored as the first day
/// of that month and must be shown as a month ("July 2009").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    #[default]
    Day,
    Month,
}

impl DatePrecision {
    pub fn is_day(&self) -> bool {
        *self == DatePrecision::Day
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub council: String,
    pub kind: EventKind,
    /// The day the event happened (first day of a visit; publication date where that is all
    /// the source gives).
    #[serde(deserialize_with = "crate::date::de")]
    pub date: NaiveDate,
    /// How precisely `date` and `end` are known; `month` means "some time that month".
    #[serde(default, skip_serializing_if = "DatePrecision::is_day")]
    pub precision: DatePrecision,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::date::de_option")]
    pub end: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::date::de_option")]
    pub published: Option<NaiveDate>,
    /// One line, plain words, e.g. "Focused visit".
    pub title: String,
    /// Focused and monitoring visits: the theme Ofsted's official statistics give, e.g.
    /// "Front door" or "Children in care".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub theme: String,
    /// Optional longer plain-language description; quotations are marked as such.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Focused visits: the letter sets areas for priority action, or says earlier ones remain.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub priority_action: bool,
    /// Link to the source (report, letter or article) where one exists.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Human-readable citation, e.g. "BBC News, 7 January 2010" or the source PDF path.
    pub citation: String,
}

/// Where a reader can read about an inspection on Ofsted's site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportLink {
    /// The report itself.
    Report(String),
    /// The council's page listing its reports, where the source links no report.
    CouncilPage(String),
    /// Neither is known (a council without a URN).
    Missing,
}

impl ReportLink {
    /// The address, empty when missing.
    pub fn url(&self) -> &str {
        match self {
            ReportLink::Report(u) | ReportLink::CouncilPage(u) => u,
            ReportLink::Missing => "",
        }
    }

    /// The address as printed on paper, where a link cannot be followed: without the scheme,
    /// a leading `www.` or a trailing slash, e.g. `files.ofsted.gov.uk/v1/file/50004256`.
    pub fn printed_address(&self) -> String {
        let url = self.url();
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).unwrap_or(url);
        let rest = rest.strip_prefix("www.").unwrap_or(rest);
        rest.strip_suffix('/').unwrap_or(rest).to_string()
    }

    /// Printed before the address where it is not the report itself.
    pub fn printed_note(&self) -> Option<&'static str> {
        match self {
            ReportLink::Report(_) => None,
            ReportLink::CouncilPage(_) => Some("Council's reports:"),
            ReportLink::Missing => Some("No report address known"),
        }
    }
}

/// The page of a council's reports on Ofsted's site, formed from its URN.
pub fn council_page(urn: &str) -> String {
    format!("https://reports.ofsted.gov.uk/provider/44/{urn}")
}

impl Dataset {
    /// The report of an inspection, or the page of its council's reports.
    pub fn report_link(&self, i: &Inspection) -> ReportLink {
        self.council_link(&i.report_url, &i.council)
    }

    /// `url` where there is one, else the page of the reports of council `code`.
    pub fn council_link(&self, url: &str, code: &str) -> ReportLink {
        if !url.is_empty() {
            return ReportLink::Report(url.to_string());
        }
        match self.council(code) {
            Some(c) if !c.urn.is_empty() => ReportLink::CouncilPage(council_page(&c.urn)),
            _ => ReportLink::Missing,
        }
    }

    pub fn council(&self, code: &str) -> Option<&Council> {
        self.councils.iter().find(|c| c.code == code)
    }

    /// The councils that run children's services today (not those abolished), in the
    /// dataset's order: the councils the table, the map and the counts are of.
    pub fn current_councils(&self) -> impl Iterator<Item = &Council> {
        self.councils.iter().filter(|c| c.current)
    }

    /// An abolished council kept only by name (see `former_councils`).
    pub fn former_council(&self, code: &str) -> Option<&FormerCouncil> {
        self.former_councils.iter().find(|c| c.code == code)
    }

    /// Finds a council by ONS code or slug, in any case (people type `LEEDS` too).
    pub fn find_council(&self, key: &str) -> Option<&Council> {
        self.councils
            .iter()
            .find(|c| c.code.eq_ignore_ascii_case(key))
            .or_else(|| self.councils.iter().find(|c| c.slug.eq_ignore_ascii_case(key)))
    }
}
