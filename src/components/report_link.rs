//! The link under an inspection: its Ofsted report, or, where the source holds no link to
//! the report (Ofsted's official statistics, the 2009 Leeds report's text), the council's
//! page of reports on Ofsted's site with the source the record comes from.

use journeys_core::model::ReportLink;
use yew::prelude::*;

pub struct Props {
    pub link: ReportLink,
    pub citation: String,
    /// The link's words for a report, e.g. "Ofsted report".
    pub report_text: AttrValue,
}

pub fn report_link_view(props: &Props) -> Html {
    let source = (!props.citation.is_empty())
        .then(|| html! { <span class="insp-citation">{ format!("Source: {}", props.citation) }</span> });
    match &props.link {
        ReportLink::Report(url) => html! {
            <><a href={url.clone()} rel="noopener noreferrer">{ props.report_text.clone() }</a>{ for source }</>
        },
        ReportLink::CouncilPage(url) => html! {
            <>{ for source }<a href={url.clone()} rel="noopener noreferrer">{ "The council's reports on Ofsted's site" }</a></>
        },
        ReportLink::Missing => html! { <>{ for source }</> },
    }
}
