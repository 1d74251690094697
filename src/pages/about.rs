//! About pages: the site, the data (sources, coverage, release, licence), and the grades and
//! frameworks explained (`explain.rs`).

use crate::components::link::{use_href, AppLink};
use crate::data::dataset;
use crate::hooks::title::use_title;
use crate::pages::about_explained::{AboutFrameworks, AboutGrades};
use journeys_core::export::LICENCE;
use journeys_core::route::with_base;
use journeys_core::route::{AboutPage, Route};
use journeys_core::text::page_title;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub page: AboutPage,
}

#[component(AboutPageView)]
pub fn about_page_view(props: &AboutProps) -> Html {
    match props.page {
        AboutPage::Index => html! { <AboutIndex /> },
        AboutPage::Data => html! { <AboutData /> },
        AboutPage::Grades => html! { <AboutGrades /> },
        AboutPage::Frameworks => html! { <AboutFrameworks /> },
    }
}

#[component(AboutIndex)]
fn about_index() -> Html {
    use_title(page_title("About"));
    html! {
        <section aria-labelledby="about-title">
            <h1 id="about-title">{ "About Council Journeys" }</h1>
            <p>{ "Council Journeys shows how the children's services of England's councils have been judged by Ofsted over time, \
                  with a link to every inspection report. It is a static website: it sets no cookies, makes no requests to other sites and does no tracking." }</p>
            <ul>
                <li><AppLink to={Route::About(AboutPage::Data)}>{ "About the data: sources, coverage and licence" }</AppLink></li>
                <li><AppLink to={Route::About(AboutPage::Grades)}>{ "What the grades mean" }</AppLink></li>
                <li><AppLink to={Route::About(AboutPage::Frameworks)}>{ "How inspection changed" }</AppLink></li>
                <li><AppLink to={Route::Glossary}>{ "Glossary" }</AppLink></li>
            </ul>
        </section>
    }
}

#[component(AboutData)]
fn about_data() -> Html {
    use_title(page_title("About the data"));
    let data = dataset();
    let home = use_href(&Route::Home);
    let csv_href = with_base(&home, "/data/inspections.csv");
    let json_href = with_base(&home, "/data/dataset.json");
    let current = data.current_councils().count();
    html! {
        <section aria-labelledby="data-title" class="about-data">
            <h1 id="data-title">{ "About the data" }</h1>
            <p>{ format!("This release of the data is dated {}. It holds {} graded inspections and {} other events for the {} councils in England that run children's services.",
                journeys_core::text::long_date(data.release), data.inspections.len(), data.events.len(), current) }</p>
            <h2>{ "Licence" }</h2>
            <p>{ format!("The inspection judgements are Ofsted's, published under the {LICENCE}. \
                  Every judgement on this site links to its Ofsted report, or, where the source gives no link to the report \
                  (Ofsted's official statistics, for the inspections of 2009 to 2013, the abolished councils' inspections and \
                  monitoring visits), to the council's page of reports on Ofsted's site.") }</p>
            <p>{ format!("Ofsted's official statistics (Children's social care data in England 2023; Local authority inspection \
                  outcomes as at 31 March 2024 and 2025) are Crown copyright, published under the {LICENCE}. \
                  Where they overlap the judgements read from the reports, the two are checked against each other; the \
                  reports win, and each known difference is listed with its reason.") }</p>
            <h2>{ "Download" }</h2>
            <ul>
                <li><a href={csv_href} download="">{ "Every inspection and judgement as CSV" }</a>{ " (UTF-8, one row per inspection and judgement area)" }</li>
                <li><a href={json_href} download="">{ "The whole dataset as JSON" }</a></li>
            </ul>
            <h2>{ "What is covered, and what is not" }</h2>
            <ul>{ for data.coverage.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            <h2>{ "Sources" }</h2>
            <p>{ "The site's dataset is built from these files by a reproducible command; corrections are kept as data, each with evidence from the report." }</p>
            <ul class="sources">
                { for data.sources.iter().map(|s| html! {
                    <li>
                        <code>{ &s.file }</code>{ " from " }{ &s.origin }
                        if !s.path.is_empty() { { format!(", {}", s.path) } }
                        if !s.commit.is_empty() { { format!(" at commit {}", &s.commit[..s.commit.len().min(12)]) } }
                        if !s.licence.is_empty() { { format!(" ({})", s.licence) } }
                    </li>
                }) }
            </ul>
            <p>{ "With thanks to data-to-insight and JT-39 (ofsted-ilacs-scrape-tool), the Department for Education's \
                  analysts (CSC_outcomes_and_enablers, which keeps Ofsted's official statistics), and Open Innovations (hexmaps)." }</p>
        </section>
    }
}
