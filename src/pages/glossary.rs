//! Glossary of the terms readers meet in reports and on the site; each entry has an anchor
//! (`/glossary#focused-visit`) that the glossary popovers link to.

use crate::components::link::{in_app_click, use_href};
use crate::hooks::title::use_title;
use journeys_core::glossary::{lookup, TERMS};
use journeys_core::route::Route;
use journeys_core::text::page_title;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[component(GlossaryPage)]
pub fn glossary_page() -> Html {
    use_title(page_title("Glossary"));
    let base = use_href(&Route::Glossary);
    let navigator = use_navigator();
    let hash = use_location().map(|l| l.hash().to_string()).unwrap_or_default();
    // The address names an entry: bring it into view and give it focus, so a reader who
    // followed a link from a popover starts there.
    use_effect_with(hash, |hash| {
        let slug = hash.trim_start_matches('#');
        if lookup(slug).is_some() {
            if let Some(el) = gloo::utils::document().get_element_by_id(slug) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    el.scroll_into_view();
                    let _ = el.focus();
                }
            }
        }
    });
    let link = |slug: &str, words: &str| {
        let url = format!("{}#{slug}", Route::Glossary.to_url());
        html! { <a href={format!("{base}#{slug}")} onclick={in_app_click(navigator.clone(), url)}>{ words.to_string() }</a> }
    };
    html! {
        <article class="glossary" aria-labelledby="glossary-title">
            <h1 id="glossary-title">{ "Glossary" }</h1>
            <p class="lede">{ "The words you meet in Ofsted's reports and on this site, in plain English." }</p>
            <nav class="glossary-index" aria-label="Glossary terms">
                <ul>
                    { for TERMS.iter().map(|t| html! { <li>{ link(t.slug, t.term) }</li> }) }
                </ul>
            </nav>
            <dl class="glossary-list">
                { for TERMS.iter().map(|t| html! {
                    <div class="glossary-entry" id={t.slug} tabindex="-1">
                        <dt>
                            { t.term }
                            if !t.also.is_empty() {
                                <span class="glossary-also">{ format!(" (also: {})", t.also.join(", ")) }</span>
                            }
                        </dt>
                        <dd>
                            <p>{ t.definition }</p>
                            if !t.see_also.is_empty() {
                                <p class="glossary-see">
                                    { "See also: " }
                                    { for t.see_also.iter().filter_map(|s| lookup(s)).enumerate().map(|(i, s)| html! {
                                        <>{ if i > 0 { ", " } else { "" } }{ link(s.slug, s.term) }</>
                                    }) }
                                </p>
                            }
                        </dd>
                    </div>
                }) }
            </dl>
            <p class="note">{ "These are this site's plain-language explanations, not legal definitions; Ofsted's reports and the \
                Department for Education's guidance give the exact terms." }</p>
        </article>
    }
}
