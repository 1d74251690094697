//! Council Journeys web app: hydrates the pre-rendered page (`boot`) after installing the panic hook. Pages and
//! components live in their own modules; domain logic lives in the `journeys-core` crate.

pub mod app;
pub mod boot;
pub mod components;
pub mod data;
pub mod hooks;
pub mod pages;
pub mod panic;
pub mod print;

/// Entry point called by `main` in the browser.
pub fn start() {
    panic::install();
    print::install();
    wasm_bindgen_futures::spawn_local(boot::boot());
}
