//! The explanations behind the charts: what each grade means (quoting the inspectorate where
//! the project's sources give its words) and how the inspection frameworks changed, so that a
//! reader knows why an "Adequate" of 2009 is not a "Requires improvement" of 2016.

use crate::components::glossary_term::GlossaryTerm;
use crate::components::grade_badge::grade_badge;
use crate::components::link::AppLink;
use crate::hooks::title::use_title;
use journeys_core::glossary::lookup;
use journeys_core::model::Grade;
use journeys_core::route::{AboutPage, Route};
use journeys_core::text::page_title;
use yew::prelude::*;

#[component(AboutGrades)]
pub fn about_grades() -> Html {
    use_title(page_title("What the grades mean"));
    html! {
        <article class="explain" aria-labelledby="grades-title">
            <h1 id="grades-title">{ "What the grades mean" }</h1>
            <p class="lede">{ "Ofsted grades each council's children's services on a four-point scale, for the service as a whole \
                (“overall effectiveness”) and for each area it judges. The words of the scale changed in 2013, and from April 2026 \
                there is no overall grade at all." }</p>

            <h2>{ "From 2013: the single inspection framework and ILACS" }</h2>
            <p>{ "These are the grades most councils on this site have. In plain words:" }</p>
            <dl class="grade-defs">
                <div><dt>{ grade_badge(Grade::Outstanding) }</dt>
                    <dd>{ "Services are better than good: children are helped and protected well and the council is doing things others can learn from." }</dd></div>
                <div><dt>{ grade_badge(Grade::Good) }</dt>
                    <dd>{ "The standard Ofsted expects every council to reach: children get the help, protection and care they need." }</dd></div>
                <div><dt>{ grade_badge(Grade::RequiresImprovement) }</dt>
                    <dd>{ "In full, “requires improvement to be good”: not yet good, though children are not found to be harmed or left at risk by widespread or serious failures." }</dd></div>
                <div><dt>{ grade_badge(Grade::Inadequate) }</dt>
                    <dd>{ "Serious or widespread failures leave children harmed or at risk of harm. The government usually intervenes: an improvement notice, a commissioner, or a statutory direction." }</dd></div>
            </dl>
            <p class="note">{ "These are this site's plain-language summaries, not Ofsted's wording; each inspection report sets out what its grade meant for that council." }</p>
            <p>
                { "What usually follows each grade, and how long councils take to get from Inadequate to Good: " }
                <AppLink to={Route::Patterns { council: None }}>{ "the national patterns of improvement" }</AppLink>{ "." }
            </p>

            <h2>{ "2009 to 2013: the earlier scale" }</h2>
            <p>{ "Inspections of safeguarding and looked after children used a different four-point scale. The 2009 report on Leeds defines it:" }</p>
            <figure class="quote">
                <table class="scale-2009">
                    <caption>{ "“All inspection judgements are made using the following four point scale.”" }</caption>
                    <tbody>
                        <tr><th scope="row">{ "Outstanding (Grade 1)" }</th><td>{ "“A service that significantly exceeds minimum requirements”" }</td></tr>
                        <tr><th scope="row">{ "Good (Grade 2)" }</th><td>{ "“A service that exceeds minimum requirements”" }</td></tr>
                        <tr><th scope="row">{ "Adequate (Grade 3)" }</th><td>{ "“A service that only meets minimum requirements”" }</td></tr>
                        <tr><th scope="row">{ "Inadequate (Grade 4)" }</th><td>{ "“A service that does not meet minimum requirements”" }</td></tr>
                    </tbody>
                </table>
                <figcaption>{ "Ofsted, Inspection of safeguarding and looked after children services, Leeds City Council, published 7 January 2010, paragraph 3." }</figcaption>
            </figure>
            <p>{ "Under that scale Good meant exceeding the minimum; from 2013 Good became the minimum Ofsted expects. \
                So “Adequate” (meeting the minimum) and “Requires improvement” (not yet good) are drawn at the same level on the \
                charts, but they are not the same judgement, and the charts mark where the scale changed." }</p>

            <h2>{ "From April 2026: no overall grade" }</h2>
            <p>{ "Inspections from April 2026 judge the areas of a council's work but give no overall effectiveness grade. \
                This site shows them as “not graded under the 2026 framework”, on the lane below a journey chart, and keeps the \
                council's last overall grade as its latest one." }</p>
            <p>
                <AppLink to={Route::About(AboutPage::Frameworks)}>{ "How inspection changed over the years" }</AppLink>
                { " · " }
                <AppLink to={Route::About(AboutPage::Data)}>{ "About the data" }</AppLink>
            </p>
        </article>
    }
}

/// One era of inspection, for the timeline.
struct Era {
    years: &'static str,
    name: &'static str,
    scale: &'static str,
    text: &'static str,
    /// Glossary slugs of the terms the era brought in.
    terms: &'static [&'static str],
}

const ERAS: [Era; 5] = [
    Era {
        years: "2009–2013",
        name: "Inspections of safeguarding and looked after children",
        scale: "Outstanding, Good, Adequate, Inadequate",
        text: "Separate judgements for safeguarding and for looked after children, each with the council's capacity to improve, alongside yearly unannounced inspections of contact, referral and assessment.",
        terms: &["adequate", "local-safeguarding-children-board"],
    },
    Era {
        years: "November 2013 – 2018",
        name: "The single inspection framework (SIF)",
        scale: "Outstanding, Good, Requires improvement, Inadequate",
        text: "One inspection of about four weeks: an overall grade and grades for help and protection, children looked after and achieving permanence (with adoption and care leavers), and leadership; the Local Safeguarding Children Board was reviewed alongside.",
        terms: &["single-inspection-framework", "overall-effectiveness", "judgement-area", "requires-improvement", "local-safeguarding-children-board"],
    },
    Era {
        years: "January 2018 – March 2026",
        name: "Inspecting local authority children's services (ILACS)",
        scale: "Outstanding, Good, Requires improvement, Inadequate",
        text: "Standard or short inspections every few years, depending on the last grade, with focused visits and, for councils judged Inadequate, monitoring visits in between. Children in care and care leavers were one judgement until 2023.",
        terms: &["ilacs", "focused-visit", "monitoring-visit", "re-inspection"],
    },
    Era {
        years: "2023",
        name: "A separate care leavers judgement",
        scale: "as ILACS",
        text: "From 2023, ILACS judges the experiences and progress of care leavers on their own.",
        terms: &["care-leaver"],
    },
    Era {
        years: "From April 2026",
        name: "Inspections without an overall grade",
        scale: "No overall effectiveness grade",
        text: "Areas are still judged, but the single overall grade is gone, so a journey's line of overall grades ends there.",
        terms: &["overall-effectiveness"],
    },
];

#[component(AboutFrameworks)]
pub fn about_frameworks() -> Html {
    use_title(page_title("How inspection changed"));
    html! {
        <article class="explain" aria-labelledby="frameworks-title">
            <h1 id="frameworks-title">{ "How inspection changed" }</h1>
            <p class="lede">{ "Since 2009 Ofsted has inspected councils' children's services under three frameworks, each with its own \
                judgements and, until 2013, its own scale. A grade is a judgement under its framework at its time." }</p>
            <ol class="timeline">
                { for ERAS.iter().map(|e| html! {
                    <li>
                        <span class="timeline-years">{ e.years }</span>
                        <h2 class="timeline-name">{ e.name }</h2>
                        <p class="timeline-scale"><strong>{ "Scale: " }</strong>{ e.scale }</p>
                        <p>{ e.text }</p>
                        <p class="timeline-terms">{ "Words to know: " }
                            { for e.terms.iter().filter_map(|s| lookup(s)).enumerate().map(|(i, t)| html! {
                                <>{ if i > 0 { ", " } else { "" } }<GlossaryTerm slug={t.slug} /></>
                            }) }
                        </p>
                    </li>
                }) }
            </ol>
            <h2>{ "Why grades from different frameworks are not directly comparable" }</h2>
            <ul>
                <li>{ "The words changed: before 2013 the third grade was " }<GlossaryTerm slug="adequate">{ "Adequate" }</GlossaryTerm>
                    { ", “a service that only meets minimum requirements”; from 2013 it is " }
                    <GlossaryTerm slug="requires-improvement">{ "Requires improvement to be good" }</GlossaryTerm>{ "." }</li>
                <li>{ "The bar moved: from 2013 Good is the standard expected of every council, not a grade above the minimum." }</li>
                <li>{ "What is judged changed: the judgement areas of 2009, 2013 and 2018 are not the same, so an area's grade cannot always be followed from one framework to the next." }</li>
                <li>{ "From April 2026 there is no overall grade to compare at all." }</li>
            </ul>
            <p>{ "So the journey charts draw every framework on one ordered scale, shade each framework's years, dash the line where the framework changes, and comparisons warn when they span scales." }</p>
            <p>
                <AppLink to={Route::About(AboutPage::Grades)}>{ "What the grades mean" }</AppLink>
                { " · " }
                <AppLink to={Route::Glossary}>{ "Glossary" }</AppLink>
            </p>
        </article>
    }
}
