//! The "Embed" button of full views and its dialog: the iframe snippet for the current view
//! pinned to this data release (`journeys_core::embed::SnippetRequest`), theme and static
//! options, the one-line Pym.js alternative, and copy to clipboard with a confirmation.
//! A native modal `<dialog>`: the page behind is inert, Escape closes it, focus returns.

use crate::data::dataset;
use journeys_core::embed::SnippetRequest;
use journeys_core::journey::release_date;
use journeys_core::route::{EmbedOptions, EmbedWidget, Theme};
use journeys_core::text::long_date;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDialogElement, HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedBuilderProps {
    pub widget: EmbedWidget,
    /// The iframe's title, e.g. "Leeds: children's services inspections".
    pub title: AttrValue,
    /// What the widget is, for the button's name: "journey", "comparison", "map".
    pub what: AttrValue,
    /// Start of the ids of the dialog's elements, unique on the page when it has several
    /// builders (the patterns page has one a chart).
    #[prop_or(AttrValue::Static("embed"))]
    pub id: AttrValue,
}

/// Copies `text` with the async clipboard API; `done` gets whether it worked. Looked up by
/// name so no unstable web-sys API is needed, and absent where the page is not a secure context.
fn copy_text(text: String, done: Callback<bool>) {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| c.is_object());
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = match (clipboard, write) {
        (Some(c), Some(f)) => f.call1(&c, &text.into()).ok(),
        _ => None,
    };
    match promise.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        Some(p) => yew::platform::spawn_local(async move { done.emit(JsFuture::from(p).await.is_ok()) }),
        None => done.emit(false),
    }
}

fn select_all(id: &str) {
    if let Some(t) =
        gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
    {
        let _ = t.focus();
        t.select();
    }
}

#[component(EmbedBuilder)]
pub fn embed_builder(props: &EmbedBuilderProps) -> Html {
    let dialog = use_node_ref();
    let opener = use_node_ref();
    // Light by default: most articles are on a white page, and a reader whose system is dark
    // would otherwise see a black block in it. Dark and "follow the reader" are choices.
    let theme = use_state_eq(|| Theme::Light);
    let is_static = use_state_eq(|| false);
    let status = use_state_eq(String::new);
    // The site's absolute address, read after the first render (there is no document on the
    // server renderer).
    let site = use_state_eq(String::new);
    {
        let site = site.clone();
        use_effect_with((), move |_| {
            site.set(gloo::utils::document().base_uri().ok().flatten().unwrap_or_default())
        });
    }
    let site = (*site).clone();
    let request = SnippetRequest {
        widget: props.widget.clone(),
        options: EmbedOptions {
            theme: *theme,
            is_static: *is_static,
            data: Some(dataset().release.to_string()),
            child_id: None,
        },
        title: props.title.to_string(),
    };
    let iframe = request.iframe(&site);
    let pym = request.pym(&site);
    let preview = request.url(&site);

    let open = {
        let dialog = dialog.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            status.set(String::new());
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    // However the dialog closed (button or Escape), focus goes back to the button that opened it.
    let on_close = {
        let opener = opener.clone();
        Callback::from(move |_: Event| {
            if let Some(b) = opener.cast::<HtmlElement>() {
                let _ = b.focus();
            }
        })
    };
    // A modal dialog makes the page behind it inert, but Tab can still leave it for the
    // browser's own controls; wrap around inside it instead.
    let on_keydown = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let Some(d) = dialog.cast::<web_sys::Element>() else { return };
            let Ok(list) = d.query_selector_all(
                "button, a[href], textarea, input:not([type=radio]), input[type=radio]:checked",
            ) else {
                return;
            };
            let (Some(first), Some(last)) = (list.get(0), list.get(list.length().saturating_sub(1))) else {
                return;
            };
            let active = gloo::utils::document().active_element().map(web_sys::Node::from);
            let wrap_to = match (e.shift_key(), active) {
                (false, Some(a)) if a.is_same_node(Some(&last)) => Some(first),
                (true, Some(a)) if a.is_same_node(Some(&first)) => Some(last),
                _ => None,
            };
            if let Some(el) = wrap_to.and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
                e.prevent_default();
                let _ = el.focus();
            }
        })
    };
    let ids = |suffix: &str| format!("{}-{suffix}", props.id);
    let copy = |text: String, field: String, what: &'static str| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let field = field.clone();
            copy_text(
                text.clone(),
                Callback::from(move |ok: bool| {
                    if ok {
                        status.set(format!("Copied the {what} to the clipboard."));
                    } else {
                        select_all(&field);
                        status.set("This browser did not let the page copy. The HTML is selected: press Ctrl+C (⌘C on a Mac) to copy it.".to_string());
                    }
                }),
            )
        })
    };
    let theme_choice = |t: Theme, label: &'static str| {
        let theme = theme.clone();
        let id = ids(&format!("theme-{}", t.as_str()));
        html! {
            <label for={id.clone()} class="choice">
                <input type="radio" id={id} name={ids("theme")} checked={*theme == t}
                    onchange={Callback::from(move |_: Event| theme.set(t))} />
                { label }
            </label>
        }
    };
    let on_static = {
        let is_static = is_static.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            is_static.set(input.checked());
        })
    };
    html! {
        <div class="embed-builder">
            <button type="button" class="embed-open" ref={opener} aria-haspopup="dialog" onclick={open}>
                { format!("Embed this {}", props.what) }
            </button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby={ids("dialog-title")} onclose={on_close} onkeydown={on_keydown}>
                <h2 id={ids("dialog-title")}>{ format!("Embed this {}", props.what) }</h2>
                <p>
                    { format!("Paste this HTML into your article. It shows the data as of {} and keeps showing those \
                        figures; readers are told when newer inspections are out. Its small script, from this site, \
                        sizes the frame to the widget. It sets no cookie and loads nothing from any other site.",
                        long_date(release_date(dataset()))) }
                </p>
                <fieldset class="embed-options">
                    <legend>{ "Colours" }</legend>
                    { theme_choice(Theme::Light, "Light") }
                    { theme_choice(Theme::Dark, "Dark") }
                    { theme_choice(Theme::Auto, "Follow the reader's system") }
                </fieldset>
                <label for={ids("static")} class="choice">
                    <input type="checkbox" id={ids("static")} checked={*is_static} onchange={on_static} />
                    { "Static: no interaction, for print and newsletters" }
                </label>
                <label for={ids("code")} class="embed-code-label">{ "HTML to paste" }</label>
                <textarea id={ids("code")} class="embed-code" readonly=true rows="5" value={iframe.clone()} />
                <button type="button" class="embed-copy" onclick={copy(iframe, ids("code"), "HTML")}>{ "Copy HTML" }</button>
                <label for={ids("code-pym")} class="embed-code-label">
                    { "Or, if your site uses Pym.js to size embeds, this one line (it loads Pym.js from NPR's server):" }
                </label>
                <textarea id={ids("code-pym")} class="embed-code" readonly=true rows="3" value={pym.clone()} />
                <button type="button" class="embed-copy" onclick={copy(pym, ids("code-pym"), "Pym.js HTML")}>{ "Copy Pym.js HTML" }</button>
                <p class="embed-status" role="status">{ (*status).clone() }</p>
                <p><a href={preview} target="_blank" rel="noopener">{ "Preview the widget in a new tab" }</a></p>
                <button type="button" class="embed-close" onclick={close}>{ "Close" }</button>
            </dialog>
        </div>
    }
}
