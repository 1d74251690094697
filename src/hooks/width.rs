//! Measures an element's width in CSS pixels and follows window resizes, so charts can lay
//! themselves out for the space they have instead of scaling their text down.

use gloo::events::EventListener;
use yew::prelude::*;

/// Width of `node` in CSS pixels; `initial` until the first measurement (and on the server).
#[hook]
pub fn use_width(node: NodeRef, initial: f64) -> f64 {
    let width = use_state_eq(|| initial);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let node = node.clone();
                let width = width.clone();
                move || {
                    if let Some(el) = node.cast::<web_sys::Element>() {
                        let w = el.client_width() as f64;
                        if w > 0.0 {
                            width.set(w);
                        }
                    }
                }
            };
            measure();
            let window = gloo::utils::window();
            let listener = EventListener::new(&window, "resize", move |_| measure());
            move || drop(listener)
        });
    }
    *width
}
