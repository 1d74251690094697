//! What an inspection's report said must improve, in the report's words, each point with a
//! link to the report at its page; or that the report lists nothing, or that its list is not
//! in the data. Shown in a council's table of inspections and in the chart's details, and
//! (its first points, and how many more) on a presentation's slide.

use journeys_core::improvements::{and_more, Listed};
use journeys_core::model::ReportLink;
use yew::prelude::*;

pub struct ImprovementListProps {
    pub listed: Listed,
    pub link: ReportLink,
    /// Only the first so many points, then "and N more" linking to the report.
    pub first: Option<usize>,
}

/// The report's address at a page: PDF viewers open `#page=N` there.
fn at_page(link: &ReportLink, page: u32) -> Option<String> {
    match link {
        ReportLink::Report(url) => Some(format!("{url}#page={page}")),
        _ => None,
    }
}

pub fn improvement_list(props: &ImprovementListProps) -> Html {
    match &props.listed {
        Listed::Points(all) => {
            let (points, more) = props.first.and_then(|n| props.listed.first(n)).unwrap_or((all, 0));
            html! {
            <>
            <ol class="improve-list">
                { for points.iter().map(|p| html! {
                    <li>
                        <q class="improve-text">{ p.printed().into_owned() }</q>{ " " }
                        if let Some(href) = at_page(&props.link, p.page) {
                            <a class="improve-page" href={href} rel="noopener noreferrer">{ format!("report, page {}", p.page) }</a>
                        } else {
                            <span class="improve-page">{ format!("report, page {}", p.page) }</span>
                        }
                    </li>
                }) }
            </ol>
            if let Some(more) = and_more(more) {
                <p class="improve-more">
                    if let ReportLink::Report(url) = &props.link {
                        <a href={url.clone()} rel="noopener noreferrer">{ format!("{more} in the report") }</a>
                    } else {
                        { format!("{more} in the report") }
                    }
                </p>
            }
            </>
            }
        }
        Listed::Nothing => html! { <p class="improve-none">{ "The report lists nothing to improve." }</p> },
        Listed::NotInData => html! {
            <p class="improve-none">{ "What this report said must improve is not in the data yet: see the report." }</p>
        },
    }
}
