//! The page frame: skip link, site header with navigation, main landmark and footer with the
//! source and licence line.

use crate::components::link::{use_href, AppLink};
use crate::data::dataset;
use journeys_core::route::{AboutPage, Route};
use journeys_core::text::long_date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// The page's route, for the address printed in the footer.
    pub route: Route,
    #[prop_or_default]
    pub children: Html,
}

#[component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    // The printed address: the page's canonical link, as it would be shared. The origin is
    // only known in the browser, so it is read in an effect (the pre-rendered page prints the
    // path alone until then).
    let origin = use_state_eq(String::new);
    {
        let origin = origin.clone();
        use_effect_with((), move |_| {
            origin.set(gloo::utils::window().location().origin().unwrap_or_default())
        });
    }
    let href = use_href(&props.route);
    let origin = (*origin).clone();
    let address = format!("{origin}{href}");
    let release = long_date(dataset().release);
    // With a <base> element, "#main" would resolve against the base path and leave the page,
    // so the skip link moves focus itself.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = gloo::utils::document().get_element_by_id("main") {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = el.focus();
            }
        }
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ "Skip to content" }</a>
            <header class="site-header">
                <AppLink to={Route::Home} class="brand">{ "Council Journeys" }</AppLink>
                <nav aria-label="Main">
                    <ul>
                        <li><AppLink to={Route::Councils(Default::default())}>{ "All councils" }</AppLink></li>
                        <li><AppLink to={Route::Compare { councils: vec![], present: false }}>{ "Compare" }</AppLink></li>
                        <li><AppLink to={Route::Patterns { council: None }}>{ "Patterns" }</AppLink></li>
                        <li><AppLink to={Route::About(AboutPage::Index)}>{ "About" }</AppLink></li>
                    </ul>
                </nav>
            </header>
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
            <footer class="site-footer">
                <p>
                    { format!("{}. Data as of ", journeys_core::export::source_line()) }
                    { release.clone() }{ ". " }
                    <AppLink to={Route::About(AboutPage::Data)}>{ "About the data" }</AppLink>
                    { " · " }
                    <AppLink to={Route::Glossary}>{ "Glossary" }</AppLink>
                </p>
                <p class="print-only print-address">{ format!("Printed from Council Journeys: {address} · Data as of {release}.") }</p>
            </footer>
        </>
    }
}
