//! Tells the page around an embed how tall the widget is, so its iframe fits without a
//! scrollbar: Pym.js, AMP and our own message (`journeys_core::embed::height_messages`), on
//! load, after every render and on every resize. The widget never listens to messages.

use gloo::utils::{document, window};
use journeys_core::embed::height_messages;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The height of the page's content in CSS pixels. The body, not the document: a document is
/// at least as tall as its iframe, so it could never report a shrink.
fn content_height() -> Option<u32> {
    let body = document().body()?;
    Some(body.get_bounding_client_rect().height().ceil().max(0.0) as u32)
}

fn post_height(child_id: Option<&str>) {
    let me = window();
    let Ok(Some(parent)) = me.parent() else { return };
    if JsValue::from(&parent) == JsValue::from(&me) {
        return; // opened on its own, not in an iframe
    }
    let Some(height) = content_height() else { return };
    for message in height_messages(child_id, height) {
        // Pym's parent reads a string; AMP and our listeners read an object.
        let value = if message.starts_with('{') {
            js_sys::JSON::parse(&message).unwrap_or_else(|_| JsValue::from_str(&message))
        } else {
            JsValue::from_str(&message)
        };
        let _ = parent.post_message(&value, "*");
    }
}

/// Reports the content height to the parent page whenever it may have changed.
#[hook]
pub fn use_report_height(child_id: Option<String>) {
    {
        let id = child_id.clone();
        use_effect(move || post_height(id.as_deref()));
    }
    use_effect_with(child_id, |id| {
        let id = id.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || post_height(id.as_deref()));
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let (Some(o), Some(body)) = (&observer, document().body()) {
            o.observe(&body);
        }
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
            drop(on_resize);
        }
    });
}
