//! The glossary: terms readers meet in inspection reports and on the site, in plain words.

/// One glossary entry. `slug` is its anchor on `/glossary` (`/glossary#focused-visit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The term as it is usually written, e.g. "Focused visit".
    pub term: &'static str,
    /// Lower-case ASCII words joined by `-`; unique.
    pub slug: &'static str,
    /// Other names for the same thing, e.g. "child in care".
    pub also: &'static [&'static str],
    /// What it means, in plain words.
    pub definition: &'static str,
    /// Slugs of related entries.
    pub see_also: &'static [&'static str],
}

/// Every entry, in alphabetical order of `term`.
pub const TERMS: &[Term] = &[
    Term {
        term: "Adequate",
        slug: "adequate",
        also: &["Grade 3"],
        definition: "The third of four grades in inspections from 2009 to 2013. Ofsted defined it as \
            “a service that only meets minimum requirements”. It is not the same as Requires improvement, \
            which replaced it in 2013, because from then on Good became the minimum expected.",
        see_also: &["requires-improvement", "single-inspection-framework"],
    },
    Term {
        term: "Care leaver",
        slug: "care-leaver",
        also: &[],
        definition: "A young person who was looked after by a council as a teenager and has since left care, \
            usually at 18. The council must go on supporting them into adulthood, for example with a personal \
            adviser and a plan for their future. Inspections judge how well care leavers are doing.",
        see_also: &["looked-after-child"],
    },
    Term {
        term: "Child protection plan",
        slug: "child-protection-plan",
        also: &[],
        definition: "A plan agreed at a meeting of professionals and the family (a child protection conference) \
            when a child is judged to be at risk of significant harm. It says what each person and service will \
            do to keep the child safe, and it is reviewed until the risk has passed.",
        see_also: &["section-47-enquiry"],
    },
    Term {
        term: "Commissioner",
        slug: "commissioner",
        also: &["Children's services commissioner"],
        definition: "An expert the Secretary of State for Education appoints when a council's children's \
            services are failing, usually after an Inadequate judgement. The commissioner looks at how the \
            services are run, advises the government on what should happen to them, and may oversee the \
            improvement.",
        see_also: &["statutory-direction", "improvement-notice"],
    },
    Term {
        term: "Common Assessment Framework",
        slug: "common-assessment-framework",
        also: &["CAF"],
        definition: "A shared form and process, used in England from the mid-2000s, for teachers, health visitors \
            and other professionals to assess a child's needs early and agree with the family the help they will \
            get before problems grow. The 2009 Leeds report comments on how widely it was used. Many councils \
            have since replaced it with their own early help assessments.",
        see_also: &[],
    },
    Term {
        term: "Focused visit",
        slug: "focused-visit",
        also: &[],
        definition: "A short visit by Ofsted inspectors, under ILACS, between full inspections, looking at one \
            part of a council's work, such as its front door for referrals or its care for children in care. \
            It gives no grade: inspectors write a letter, published on Ofsted's website, which may name areas \
            for priority action.",
        see_also: &["ilacs", "monitoring-visit"],
    },
    Term {
        term: "ILACS",
        slug: "ilacs",
        also: &["Inspecting local authority children's services"],
        definition: "Ofsted's framework for inspecting councils' children's services since January 2018. It \
            mixes standard or short inspections, which give grades, with ungraded focused visits and, for \
            councils judged Inadequate, monitoring visits. From April 2026 its inspections give no overall \
            effectiveness grade.",
        see_also: &["single-inspection-framework", "focused-visit", "monitoring-visit"],
    },
    Term {
        term: "Improvement notice",
        slug: "improvement-notice",
        also: &[],
        definition: "A notice from the Department for Education telling a council what it must improve in its \
            children's services and by when, usually after an Inadequate judgement. It is not itself a legal \
            order, but a council that does not improve can be given a statutory direction.",
        see_also: &["statutory-direction", "commissioner"],
    },
    Term {
        term: "Judgement area",
        slug: "judgement-area",
        also: &[],
        definition: "One part of a council's work that an inspection grades on its own, for example children \
            who need help and protection, children in care, or the impact of leaders. Each framework has its \
            own areas, so an area cannot always be followed from one framework to the next.",
        see_also: &["overall-effectiveness"],
    },
    Term {
        term: "Local Safeguarding Children Board",
        slug: "local-safeguarding-children-board",
        also: &["LSCB"],
        definition: "The board in each council area, from 2006, that brought together the council, police, \
            health services and others to agree how they would keep children safe and to check how well they \
            did it. Single inspection framework inspections reviewed it. From 2019 local safeguarding \
            partnerships replaced these boards.",
        see_also: &["serious-case-review", "single-inspection-framework"],
    },
    Term {
        term: "Looked after child",
        slug: "looked-after-child",
        also: &["Child in care", "Children in care"],
        definition: "A child in the care of a council: either the council holds a care order from a court, or \
            it provides the child's home with the parents' agreement. The council becomes the child's \
            “corporate parent”. Most looked after children live with foster carers.",
        see_also: &["care-leaver"],
    },
    Term {
        term: "Monitoring visit",
        slug: "monitoring-visit",
        also: &[],
        definition: "One of a series of visits Ofsted makes to a council judged Inadequate, between that \
            inspection and the next, to check the progress it is making. It gives no grade: inspectors write \
            a letter, published on Ofsted's website.",
        see_also: &["re-inspection", "focused-visit"],
    },
    Term {
        term: "Ofsted",
        slug: "ofsted",
        also: &["Office for Standards in Education, Children's Services and Skills"],
        definition: "The Office for Standards in Education, Children's Services and Skills: the inspectorate \
            for schools, children's services and social care in England. It is independent of ministers and \
            reports to Parliament. It publishes every inspection report this site links to.",
        see_also: &[],
    },
    Term {
        term: "Overall effectiveness",
        slug: "overall-effectiveness",
        also: &[],
        definition: "The headline grade an inspection gives a council's children's services as a whole, \
            alongside the grades for each judgement area. It is the grade the journey charts follow. \
            Inspections from April 2026 no longer give one.",
        see_also: &["judgement-area"],
    },
    Term {
        term: "Re-inspection",
        slug: "re-inspection",
        also: &["Reinspection"],
        definition: "A full inspection of a council that was judged Inadequate, carried out once it has had \
            time to improve (often after monitoring visits), to decide whether it should be given a new grade.",
        see_also: &["monitoring-visit"],
    },
    Term {
        term: "Requires improvement",
        slug: "requires-improvement",
        also: &["Requires improvement to be good"],
        definition: "In full, “requires improvement to be good”: the third of four grades since November \
            2013. Services are not yet good, though children are not found to be harmed or left at risk by \
            widespread or serious failures. It replaced Adequate, but it is not the same grade: from 2013 \
            Good is the standard every council is expected to reach.",
        see_also: &["adequate"],
    },
    Term {
        term: "Section 47 enquiry",
        slug: "section-47-enquiry",
        also: &["Child protection enquiry"],
        definition: "The enquiries a council must make under section 47 of the Children Act 1989 when it has \
            reason to suspect that a child in its area is suffering, or is likely to suffer, significant harm. \
            Social workers find out what has happened and decide what must be done to keep the child safe.",
        see_also: &["child-protection-plan"],
    },
    Term {
        term: "Serious case review",
        slug: "serious-case-review",
        also: &["SCR"],
        definition: "A review a Local Safeguarding Children Board held when a child died or was seriously \
            harmed and abuse or neglect was known or suspected, to find out what the services involved could \
            learn. From 2019 they were replaced by child safeguarding practice reviews.",
        see_also: &["local-safeguarding-children-board"],
    },
    Term {
        term: "Single inspection framework",
        slug: "single-inspection-framework",
        also: &["SIF"],
        definition: "Ofsted's framework for inspecting councils' children's services from November 2013 until \
            ILACS took over in 2018: one inspection of about four weeks giving an overall effectiveness grade \
            and grades for help and protection, children looked after, adoption, care leavers and leadership, \
            with a review of the Local Safeguarding Children Board.",
        see_also: &["ilacs", "requires-improvement"],
    },
    Term {
        term: "Statistical neighbours",
        slug: "statistical-neighbours",
        also: &[],
        definition: "The ten councils most like a given council in the make-up of their population and area, \
            as listed by the Department for Education so that councils can compare themselves with similar \
            places. This site uses them as a ready-made comparison.",
        see_also: &[],
    },
    Term {
        term: "Statutory direction",
        slug: "statutory-direction",
        also: &[],
        definition: "A legally binding order from the Secretary of State for Education to a council whose \
            children's services are failing, for example to work with a commissioner or to hand the running \
            of its services to someone else, such as a children's services trust.",
        see_also: &["commissioner", "improvement-notice"],
    },
];

/// The entry with this slug.
pub fn lookup(slug: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.slug == slug)
}

/// The entry a phrase names, by its term or another name, ignoring case: "Focused visit" and
/// "children in care" both find their entries.
pub fn find(phrase: &str) -> Option<&'static Term> {
    let phrase = phrase.trim();
    TERMS.iter().find(|t| {
        t.term.eq_ignore_ascii_case(phrase) || t.also.iter().any(|a| a.eq_ignore_ascii_case(phrase))
    })
}
