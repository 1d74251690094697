//! In-app links: a real `<a href>` (so copying, opening in a new tab and no-JS crawlers work)
//! that navigates without a page load on a plain click.

use journeys_core::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

#[derive(Properties, PartialEq)]
pub struct AppLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// The href of a route, with the site's base path in front.
#[hook]
pub fn use_href(route: &Route) -> String {
    let base = use_navigator().and_then(|n| n.basename().map(str::to_string)).unwrap_or_default();
    journeys_core::route::with_base(&base, &route.to_url())
}

/// A click handler that follows `url` inside the app: a plain left click navigates without a
/// page load; modified clicks (new tab, new window) are left to the browser.
pub fn in_app_click(navigator: Option<Navigator>, url: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        if let Some(nav) = &navigator {
            e.prevent_default();
            nav.push(&AnyRoute::new(url.clone()));
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    })
}

#[component(AppLink)]
pub fn app_link(props: &AppLinkProps) -> Html {
    let href = use_href(&props.to);
    let onclick = in_app_click(use_navigator(), props.to.to_url());
    html! { <a class={props.class.clone()} {href} {onclick}>{ props.children.clone() }</a> }
}
