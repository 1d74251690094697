//! Council Journeys web app: mounts the Yew app after installing the panic hook. Pages and
//! components live in their own modules; domain logic lives in the `journeys-core` crate.

pub mod app;
pub mod hooks;
pub mod components;
pub mod data;
pub mod pages;
pub mod panic;
pub mod print;

/// Entry point called by `main` in the browser.
pub fn start() {
    panic::install();
    print::install();
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}
