//! Glossary of the terms readers meet in reports and on the site.

use crate::pages::{use_title, ComingSoon};
use yew::prelude::*;

#[component(GlossaryPage)]
pub fn glossary_page() -> Html {
    use_title("Glossary – Council Journeys".to_string());
    html! {
        <section aria-labelledby="glossary-title">
            <h1 id="glossary-title">{ "Glossary" }</h1>
            <ComingSoon what="plain-language explanations of the terms used in inspection reports." />
        </section>
    }
}
