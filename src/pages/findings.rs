//! `/findings`: the councils whose latest inspection report names a theme or a phrase among
//! what it said must improve, each with those points quoted and linked to the report's page.
//! The search is in the URL (`?theme=care-leavers&q=accommodation`), so a result can be
//! shared; the form also works as a plain GET form before the wasm has loaded.

use crate::components::improvement_list::{improvement_list, ImprovementListProps};
use crate::components::link::{use_href, AppLink};
use crate::data::{dataset, LATEST};
use crate::hooks::improvements::use_improvements;
use crate::hooks::title::{use_description, use_title};
use journeys_core::improvements::{find, Listed};
use journeys_core::route::{council_link, Route};
use journeys_core::text::{count, page_title};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    #[prop_or_default]
    pub theme: Option<String>,
    #[prop_or_default]
    pub phrase: Option<String>,
}

#[component(FindingsPage)]
pub fn findings_page(props: &FindingsProps) -> Html {
    let data = dataset();
    let list = use_improvements(LATEST, &data.release.to_string());
    use_title(page_title("Search what inspectors said must improve"));
    use_description("Find the councils whose latest Ofsted report names a theme or a phrase among what it said must improve.".to_string());
    let navigator = use_navigator();
    let theme_ref = use_node_ref();
    let phrase_ref = use_node_ref();
    let onsubmit = {
        let (theme_ref, phrase_ref) = (theme_ref.clone(), phrase_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let theme =
                theme_ref.cast::<web_sys::HtmlSelectElement>().map(|s| s.value()).filter(|v| !v.is_empty());
            let phrase = phrase_ref
                .cast::<web_sys::HtmlInputElement>()
                .map(|i| i.value().split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|v| !v.is_empty());
            if let Some(nav) = &navigator {
                nav.replace(&AnyRoute::new(Route::Findings { theme, phrase }.to_url()));
            }
        })
    };
    // The words as typed: kept in state, because a render (the reports arriving) sets the
    // input's value to what the view gives it, and would otherwise wipe what was typed.
    let typed = use_state_eq(|| props.phrase.clone().unwrap_or_default());
    {
        let typed = typed.clone();
        use_effect_with(props.phrase.clone(), move |phrase| typed.set(phrase.clone().unwrap_or_default()));
    }
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            typed.set(input.value());
        })
    };
    let action = use_href(&Route::Findings { theme: None, phrase: None });
    let searching = props.theme.is_some() || props.phrase.is_some();
    let results = match (list, searching) {
        (Some(list), true) => {
            let found = find(list, props.theme.as_deref(), props.phrase.as_deref());
            let what = match (&props.theme, &props.phrase) {
                (Some(t), Some(p)) => {
                    format!("name {} and \u{201c}{p}\u{201d}", list.label(t).to_lowercase())
                }
                (Some(t), None) => format!("name {}", list.label(t).to_lowercase()),
                (None, Some(p)) => format!("say \u{201c}{p}\u{201d}"),
                (None, None) => String::new(),
            };
            html! {
                <section class="findings" aria-labelledby="findings-title">
                    <h2 id="findings-title" aria-live="polite">
                        { format!("{} whose latest report's points to improve {what}", count(found.len(), "council", "councils")) }
                    </h2>
                    if found.is_empty() {
                        <p>{ "None. Try a shorter phrase, or another theme." }</p>
                    }
                    <ul class="findings-list">
                        { for found.iter().filter_map(|(code, points)| {
                            let c = data.council(code)?;
                            let inspection = data.inspections.iter().find(|i| i.council == *code
                                && i.framework == points[0].framework && i.published == points[0].published)?;
                            let listed = Listed::Points(points.iter().map(|p| (*p).clone()).collect());
                            Some(html! {
                                <li>
                                    <h3><AppLink to={council_link(&c.slug)}>{ &c.name }</AppLink></h3>
                                    <p class="findings-meta">{ format!("{} report published {}", inspection.framework.code(), journeys_core::text::long_date(inspection.published)) }</p>
                                    { improvement_list(&ImprovementListProps { listed, link: data.report_link(inspection), first: None }) }
                                </li>
                            })
                        }) }
                    </ul>
                </section>
            }
        }
        (None, true) => html! { <p role="status">{ "Loading the reports…" }</p> },
        _ => html! {},
    };
    let themes = list.map(|l| l.themes.clone()).unwrap_or_default();
    html! {
        <article class="findings-page">
            <h1>{ "Search what inspectors said must improve" }</h1>
            <p class="lede">{ "Every ILACS and SIF report ends with a short list of what the council must improve. Search the latest \
                report of every council by theme or by words, for example \u{201c}care leavers\u{201d} or \u{201c}management oversight\u{201d}." }</p>
            <form class="findings-form" role="search" action={action} method="get" {onsubmit}>
                <p>
                    <label for="findings-theme">{ "Theme" }</label>
                    <select id="findings-theme" name="theme" ref={theme_ref}>
                        <option value="" selected={props.theme.is_none()}>{ "Any theme" }</option>
                        { for themes.iter().map(|t| html! {
                            <option value={t.key.clone()} selected={props.theme.as_deref() == Some(t.key.as_str())}>{ &t.label }</option>
                        }) }
                    </select>
                </p>
                <p>
                    <label for="findings-phrase">{ "Words" }</label>
                    <input id="findings-phrase" name="q" type="search" ref={phrase_ref} autocomplete="off"
                        value={(*typed).clone()} {oninput} placeholder="e.g. care leavers" />
                </p>
                <p><button type="submit">{ "Search" }</button></p>
            </form>
            { results }
            <p class="note">{ "Themes are given by published word rules (see About the data), not by an inspector: a point can have \
                several, and a few have none. Reports are Ofsted's, under the Open Government Licence v3.0." }</p>
        </article>
    }
}
