//! Shared by the host tests: the dataset the site ships, read and loaded once for every test
//! (the one loader of the tests), and small datasets made for a test (`Fixture`), which the
//! logic tests run on so that a new data release changes none of them.

use chrono::NaiveDate;
use journeys_core::load::{check, parse_dataset, FORMAT};
use journeys_core::model::{
    Area, Council, Dataset, DatePrecision, Event, EventKind, Framework, Grade, Hex, Inspection,
    InspectionType, Judgement,
};
use journeys_core::text::slug;
use std::sync::OnceLock;

/// The text of the dataset the site ships (`assets/data/dataset.json`).
pub fn shipped_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/data/dataset.json");
        std::fs::read_to_string(path).expect("the shipped dataset exists")
    })
}

/// The shipped dataset, loaded through the loader the app uses.
pub fn dataset() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        parse_dataset(shipped_json()).unwrap_or_else(|e| panic!("the shipped dataset loads: {e}"))
    })
}

/// The records of one council code, for tests that look a council's own records up.
pub trait RecordsOf {
    fn inspections_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Inspection> + 'a;
    fn events_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Event> + 'a;
}

impl RecordsOf for Dataset {
    fn inspections_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Inspection> + 'a {
        self.inspections.iter().filter(move |i| i.council == code)
    }

    fn events_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |e| e.council == code)
    }
}

/// A `YYYY-MM-DD` date.
pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|_| panic!("{s} is a date"))
}

/// The strings of a list of `&str`: council keys and codes as the core takes them.
pub fn strings(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|s| s.to_string()).collect()
}

/// A small dataset made for a test, built council by council: each inspection or event goes to
/// the council added last. `build` sorts it as the builder does and checks it with the
/// loader's own consistency check, so a fixture is always a dataset the site could ship.
pub struct Fixture {
    data: Dataset,
}

/// An empty fixture, released on 22 August 2026 (the day the logic tests take as today).
pub fn fixture() -> Fixture {
    Fixture {
        data: Dataset {
            format: FORMAT,
            release: day("2026-08-22"),
            coverage: Vec::new(),
            sources: Vec::new(),
            councils: Vec::new(),
            inspections: Vec::new(),
            events: Vec::new(),
            former_councils: Vec::new(),
        },
    }
}

impl Fixture {
    /// A current council in `region` (`(name, code)`), its slug made from its name, with an
    /// Ofsted URN made from its code so that its page of reports can be linked, and a hexagon
    /// of its own on the map (eight to a row, in the order the councils are added).
    pub fn council(mut self, code: &str, name: &str, (region, region_code): (&str, &str)) -> Self {
        let n = self.data.councils.len() as i32;
        self.data.councils.push(Council {
            hex: Some(Hex { q: n % 8, r: n / 8 }),
            code: code.into(),
            name: name.into(),
            slug: slug(name),
            urn: code[code.len() - 5..].into(),
            la_number: code[code.len() - 3..].into(),
            region: region.into(),
            region_code: region_code.into(),
            current: true,
            ..Council::default()
        });
        self
    }

    /// Changes the council added last (its neighbours, other names…).
    pub fn with(mut self, change: impl FnOnce(&mut Council)) -> Self {
        change(self.data.councils.last_mut().expect("a council to change"));
        self
    }

    /// Gives council `code`, added already, its statistical neighbours, in the lookup's order.
    pub fn neighbours(mut self, code: &str, neighbours: &[&str]) -> Self {
        let c = self.data.councils.iter_mut().find(|c| c.code == code).expect("a council of the fixture");
        c.neighbours = strings(neighbours);
        self
    }

    /// The council added last was abolished on `on`; `successors` (added already or later)
    /// took over its children's services.
    pub fn abolished(self, on: &str, successors: &[&str]) -> Self {
        self.with(|c| {
            c.current = false;
            c.hex = None;
            c.abolished = Some(day(on));
            c.successors = strings(successors);
        })
    }

    /// A standard inspection of the council added last, begun on `start` (`None` where the
    /// source gives only the publication) and published on `published`, with its report on
    /// Ofsted's site.
    pub fn inspected(
        mut self,
        framework: Framework,
        start: Option<&str>,
        published: &str,
        grades: &[(Area, Grade)],
    ) -> Self {
        let council = self.data.councils.last().expect("a council to inspect").code.clone();
        let n = self.data.inspections.len();
        self.data.inspections.push(Inspection {
            council,
            framework,
            kind: InspectionType::Standard,
            start: start.map(day),
            end: None,
            published: day(published),
            judgements: grades.iter().map(|&(area, grade)| Judgement { area, grade }).collect(),
            report_url: format!("https://files.ofsted.gov.uk/v1/file/{}", 50_000_000 + n),
            inspector: String::new(),
            findings: Vec::new(),
            citation: String::new(),
        });
        self
    }

    /// An inspection with only an overall effectiveness grade, begun and published on `on`.
    pub fn graded(self, framework: Framework, on: &str, grade: Grade) -> Self {
        self.inspected(framework, Some(on), on, &[(Area::OverallEffectiveness, grade)])
    }

    /// Changes the inspection added last (its end, type, citation…).
    pub fn and(mut self, change: impl FnOnce(&mut Inspection)) -> Self {
        change(self.data.inspections.last_mut().expect("an inspection to change"));
        self
    }

    /// An event of the council added last, on `on`.
    pub fn event(mut self, kind: EventKind, on: &str, title: &str) -> Self {
        let council = self.data.councils.last().expect("a council").code.clone();
        self.data.events.push(Event {
            council,
            kind,
            date: day(on),
            precision: DatePrecision::Day,
            end: None,
            published: None,
            title: title.into(),
            theme: String::new(),
            summary: String::new(),
            priority_action: false,
            url: String::new(),
            citation: "Ofsted".into(),
        });
        self
    }

    /// Changes the event added last.
    pub fn and_event(mut self, change: impl FnOnce(&mut Event)) -> Self {
        change(self.data.events.last_mut().expect("an event to change"));
        self
    }

    /// The dataset, sorted as the builder writes it (successors given their predecessors)
    /// and consistent as the loader checks it.
    pub fn build(self) -> Dataset {
        let mut d = self.data;
        let links: Vec<(String, String)> = d
            .councils
            .iter()
            .flat_map(|c| c.successors.iter().map(|s| (s.clone(), c.code.clone())))
            .collect();
        for (successor, predecessor) in links {
            let c = d.councils.iter_mut().find(|c| c.code == successor).expect("a successor in the fixture");
            c.predecessors.push(predecessor);
        }
        d.councils.sort_by(|a, b| a.code.cmp(&b.code));
        d.inspections.sort_by(|a, b| (&a.council, a.when()).cmp(&(&b.council, b.when())));
        d.events.sort_by(|a, b| (&a.council, a.date).cmp(&(&b.council, b.date)));
        let problems = check(&d);
        assert!(problems.is_empty(), "the fixture is a consistent dataset: {problems:?}");
        d
    }
}

/// Regions of the fixtures, as `(name, code)`.
pub const YORKSHIRE: (&str, &str) = ("Yorkshire and the Humber", "YH");
pub const EAST_MIDLANDS: (&str, &str) = ("East Midlands", "EM");
pub const LONDON: (&str, &str) = ("London", "GL");
pub const SOUTH_WEST: (&str, &str) = ("South West", "SW");
pub const SOUTH_EAST: (&str, &str) = ("South East", "SE");
pub const NORTH_EAST: (&str, &str) = ("North East", "NE");
pub const NORTH_WEST: (&str, &str) = ("North West", "NW");
pub const WEST_MIDLANDS: (&str, &str) = ("West Midlands", "WM");
