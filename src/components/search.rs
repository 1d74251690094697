//! Council search box: an ARIA combobox with a list of suggestions. Type to filter, Up and
//! Down to move, Enter to open the highlighted (or first) council, Escape to close the list.
//! Matching is `journeys_core::search::search`.

use crate::data::dataset;
use journeys_core::route::council_link;
use journeys_core::search::{search, Hit};
use journeys_core::text::count;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

const LIMIT: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    /// Unique on the page; prefixes element ids.
    #[prop_or(AttrValue::from("council-search"))]
    pub id: AttrValue,
    #[prop_or(AttrValue::from("Find a council"))]
    pub label: AttrValue,
    /// Called with the chosen council's code instead of opening its page (e.g. to add it to a
    /// comparison).
    #[prop_or_default]
    pub on_pick: Option<Callback<String>>,
}

#[component(CouncilSearch)]
pub fn council_search(props: &SearchProps) -> Html {
    let query = use_state(String::new);
    let active = use_state_eq(|| None::<usize>);
    let open = use_state_eq(|| false);
    let navigator = use_navigator();
    let hits: Vec<Hit> = search(dataset(), &query, LIMIT);
    let id = props.id.to_string();
    let list_id = format!("{id}-list");
    let option_id = |k: usize| format!("{id}-opt-{k}");

    let pick = {
        let on_pick = props.on_pick.clone();
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |code: String| {
            open.set(false);
            active.set(None);
            match &on_pick {
                Some(cb) => {
                    query.set(String::new());
                    cb.emit(code)
                }
                None => {
                    if let Some(nav) = &navigator {
                        let key = dataset().council(&code).map_or(code, |c| c.slug.clone());
                        nav.push(&AnyRoute::new(council_link(&key).to_url()));
                    }
                }
            }
        })
    };
    let oninput = {
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let active = active.clone();
        let open = open.clone();
        let codes: Vec<String> = hits.iter().map(|h| h.code.clone()).collect();
        let pick = pick.clone();
        Callback::from(move |e: KeyboardEvent| {
            let n = codes.len();
            match e.key().as_str() {
                "ArrowDown" if n > 0 => {
                    e.prevent_default();
                    open.set(true);
                    active.set(Some(active.map_or(0, |a| (a + 1) % n)));
                }
                "ArrowUp" if n > 0 => {
                    e.prevent_default();
                    open.set(true);
                    active.set(Some(active.map_or(n - 1, |a| (a + n - 1) % n)));
                }
                "Enter" => {
                    if let Some(code) = active.or((n > 0).then_some(0)).and_then(|a| codes.get(a)) {
                        e.prevent_default();
                        pick.emit(code.clone());
                    }
                }
                "Escape" => {
                    open.set(false);
                    active.set(None);
                }
                _ => {}
            }
        })
    };
    let onblur = {
        let open = open.clone();
        // Closing on blur is deferred so a click on an option lands first.
        Callback::from(move |_: FocusEvent| {
            let open = open.clone();
            gloo::timers::callback::Timeout::new(150, move || open.set(false)).forget();
        })
    };
    let expanded = *open && !query.trim().is_empty();
    let status = if query.trim().is_empty() {
        String::new()
    } else if hits.is_empty() {
        "No council matches.".to_string()
    } else {
        format!(
            "{} found. Use Up and Down to choose, Enter to open.",
            count(hits.len(), "council", "councils")
        )
    };

    html! {
        <div class="search">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <div class="combo">
                <input id={id.clone()} type="text" role="combobox" autocomplete="off" spellcheck="false"
                    placeholder="Council name, former name or ONS code"
                    aria-autocomplete="list" aria-expanded={expanded.to_string()} aria-controls={list_id.clone()}
                    aria-activedescendant={active.filter(|_| expanded).map(option_id)}
                    value={(*query).clone()} {oninput} {onkeydown} {onblur} />
                <ul id={list_id} role="listbox" aria-label="Matching councils" class="options" hidden={!expanded || hits.is_empty()}>
                    { for hits.iter().enumerate().map(|(k, h)| {
                        let is_active = *active == Some(k);
                        let onmousedown = {
                            let pick = pick.clone();
                            let code = h.code.clone();
                            Callback::from(move |e: MouseEvent| { e.prevent_default(); pick.emit(code.clone()) })
                        };
                        html! {
                            <li id={option_id(k)} role="option" aria-selected={is_active.to_string()}
                                class={classes!("option", is_active.then_some("active"))} {onmousedown}>
                                <span class="option-name">{ &h.name }</span>
                                <span class="option-meta">
                                    { &h.region }
                                    if let Some(via) = &h.via { { format!(" · matched “{via}”") } }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{ status }</p>
        </div>
    }
}
