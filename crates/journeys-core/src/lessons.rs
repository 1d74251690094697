//! Curated stories for teaching: Leeds, Leicester and Calderdale, built from the seed articles
//! and the 2009 Leeds report in `data/sources/seeds/`. Each step is tied to a year of the
//! council's journey; quotations are short, attributed and word for word from the cited seed
//! (a host test checks every one against its file); everything else is our own summary.

/// A quotation, exactly as the cited source prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub text: &'static str,
    /// Who said or wrote it, e.g. "Ofsted's inspection report".
    pub who: &'static str,
    /// Where it was published, in words, with its date.
    pub source: &'static str,
    /// The seed file it is checked against, under `data/sources/seeds/`.
    pub file: &'static str,
}

/// One step of a story: a year of the journey, our plain summary, and its quotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The year of the journey's mark this step tells about.
    pub year: i32,
    pub heading: &'static str,
    pub summary: &'static str,
    pub quotes: &'static [Quote],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Story {
    /// The council's ONS code.
    pub council: &'static str,
    pub title: &'static str,
    pub steps: &'static [Step],
    /// Questions for a lesson.
    pub questions: &'static [&'static str],
}

const REPORT_2009: &str = "003_4bf25ecaebf63588.txt";
const BBC_2010: &str = "000_17c0359116ffbd65.txt";
const PRESS_2009: &str = "001_5b8c969622c2a0d8.txt";
const CYPN_2015: &str = "002_16f5561700a1a09b.txt";
const CYPN_2018: &str = "004_c9db87541f4220ad.txt";

const REPORT_2009_WORDS: &str =
    "Ofsted, Inspection of safeguarding and looked after children services: Leeds City Council, published 7 January 2010";
const BBC_2010_WORDS: &str = "BBC News, \"Child services in Leeds still 'inadequate'\", 7 January 2010";
const PRESS_2009_WORDS: &str =
    "News article, \"City council still failing children at risk of abuse say inspectors\", 2009";
const CYPN_2015_WORDS: &str =
    "Children & Young People Now, \"Children's services in Leicester judged 'inadequate'\", 2015";
const CYPN_2018_WORDS: &str = "Children & Young People Now, Gabriella Jozwiak, 19 December 2018";

const SHARED_QUESTIONS: [&str; 3] = [
    "What changed between these inspections? Compare two of them judgement area by judgement area.",
    "What did inspectors say was wrong? Find the words in the report, not only the grade.",
    "What might explain the improvement, or the lack of it? What would you want to know that the grades do not tell you?",
];

pub const STORIES: [Story; 3] = [
    Story {
        council: "E08000035",
        title: "Leeds: from \"Inadequate\" to \"child-friendly Leeds\"",
        steps: &[
            Step {
                year: 2009,
                heading: "2009: Inadequate",
                summary: "An unannounced inspection in July 2009 found serious weaknesses; on the day it was carried out, \
                    a serious case review into the death of a two-year-old, Casey Mullen, was published. The full inspection in \
                    November and December 2009 judged the council's services to keep children safe Inadequate.",
                quotes: &[
                    Quote {
                        text: "The threshold for access to child protection services was until very recently set too high",
                        who: "Ofsted's inspection report",
                        source: REPORT_2009_WORDS,
                        file: REPORT_2009,
                    },
                    Quote {
                        text: "social worker caseloads are too high, front line management capacity is insufficient and the electronic recording system is not fit for purpose",
                        who: "Ofsted's inspection report",
                        source: REPORT_2009_WORDS,
                        file: REPORT_2009,
                    },
                    Quote {
                        text: "Children are not always seen, even when there are concerns about their safety.",
                        who: "Ofsted's letter after the July 2009 unannounced inspection, as reported",
                        source: PRESS_2009_WORDS,
                        file: PRESS_2009,
                    },
                    Quote {
                        text: "These early successes demonstrate the council can make improvements.",
                        who: "Ofsted's inspection report, as quoted by the BBC",
                        source: BBC_2010_WORDS,
                        file: BBC_2010,
                    },
                ],
            },
            Step {
                year: 2015,
                heading: "2015: Good",
                summary: "Under the new single inspection framework, Leeds was judged Good overall, with its leadership \
                    judged Outstanding.",
                quotes: &[],
            },
            Step {
                year: 2018,
                heading: "2018: Outstanding",
                summary: "Ofsted judged Leeds Outstanding for overall effectiveness. Its national director for social \
                    care wrote to the council about its aim of being a child-friendly city.",
                quotes: &[
                    Quote {
                        text: "You are indeed 'child-friendly Leeds'",
                        who: "Yvette Stanley, Ofsted's national director for social care",
                        source: CYPN_2018_WORDS,
                        file: CYPN_2018,
                    },
                    Quote {
                        text: "The commitment to early help is tangible, with a strong belief that solutions to many problems can be found from within the family",
                        who: "Ofsted's inspection report, as quoted",
                        source: CYPN_2018_WORDS,
                        file: CYPN_2018,
                    },
                ],
            },
        ],
        questions: &[
            "In 2009 inspectors said the threshold for child protection had been set too high. What does that mean for a child whose family needs help?",
            SHARED_QUESTIONS[0],
            SHARED_QUESTIONS[1],
            SHARED_QUESTIONS[2],
        ],
    },
    Story {
        council: "E06000016",
        title: "Leicester: a service judged Inadequate, and what the council did",
        steps: &[
            Step {
                year: 2015,
                heading: "2015: Inadequate",
                summary: "Inspectors judged Leicester's children's services Inadequate. Before the report came out, the \
                    council dismissed its former interim director and the lead member for children's services, and \
                    the city mayor took the lead for children's services himself.",
                quotes: &[
                    Quote {
                        text: "resulted in children remaining in harmful and unsafe situations",
                        who: "Ofsted's inspection report, as quoted",
                        source: CYPN_2015_WORDS,
                        file: CYPN_2015,
                    },
                    Quote {
                        text: "It is clear there is still much to do",
                        who: "Frances Craven, director of children and young people's services",
                        source: CYPN_2015_WORDS,
                        file: CYPN_2015,
                    },
                ],
            },
            Step {
                year: 2017,
                heading: "2017: Requires improvement",
                summary: "A re-inspection under the same framework found the service no longer inadequate, but not yet good.",
                quotes: &[],
            },
            Step {
                year: 2021,
                heading: "2021: Good",
                summary: "Under ILACS, Leicester was judged Good overall.",
                quotes: &[],
            },
            Step {
                year: 2024,
                heading: "2024: Requires improvement",
                summary: "A short inspection in 2024 judged it Requires improvement to be good: journeys do not only go one way.",
                quotes: &[],
            },
        ],
        questions: &[
            "The council dismissed people and the mayor took charge before the report was published. Why might a council act before a report comes out?",
            SHARED_QUESTIONS[0],
            SHARED_QUESTIONS[1],
            SHARED_QUESTIONS[2],
        ],
    },
    Story {
        council: "E08000033",
        title: "Calderdale: from improvement notices to Good",
        steps: &[
            Step {
                year: 2015,
                heading: "2015: Requires improvement",
                summary: "Child protection in Calderdale had earlier been judged inadequate, and the Education Secretary \
                    issued improvement notices three times between April 2012 and January 2014. In 2015 inspectors \
                    judged the service Requires improvement, with adoption Inadequate.",
                quotes: &[Quote {
                    text: "Although there is still room for improvement this is very welcome recognition of all the hard work and dedication of the children’s services team and our partners.",
                    who: "Colin Raistrick, Calderdale's cabinet member for children and young people's services",
                    source: CYPN_2015_WORDS,
                    file: CYPN_2015,
                }],
            },
            Step {
                year: 2018,
                heading: "2018: Good",
                summary: "Ofsted judged Calderdale Good overall, and Outstanding for children in care and care leavers, \
                    while help and protection still required improvement.",
                quotes: &[Quote {
                    text: "too much emphasis is sometimes placed on pursuing those parents reluctant to engage, rather than taking swifter authoritative action",
                    who: "Ofsted's inspection report, as quoted",
                    source: CYPN_2018_WORDS,
                    file: CYPN_2018,
                }],
            },
        ],
        questions: &[
            "What is an improvement notice, and who issues one? How is it different from an inspection grade?",
            SHARED_QUESTIONS[0],
            SHARED_QUESTIONS[1],
            SHARED_QUESTIONS[2],
        ],
    },
];

/// The curated story of a council, by ONS code.
pub fn story_for(code: &str) -> Option<&'static Story> {
    STORIES.iter().find(|s| s.council == code)
}

/// Questions for a council without a curated story.
pub fn questions_for(code: &str) -> &'static [&'static str] {
    story_for(code).map_or(&SHARED_QUESTIONS[..], |s| s.questions)
}
