//! The page's title and description. In the browser the title is set in an effect; on the host
//! the build-time renderer passes a `PageHead` that collects both while it renders a page, and
//! prints them into that page's `<head>`, so a link preview or a search engine reads them.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What the pages rendered into a page's `<head>`: its title and, when a page has one of its
/// own, its description.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Head {
    pub title: String,
    pub description: Option<String>,
}

/// A collector for `Head`, given to `ServerApp` by the build-time renderer.
#[derive(Clone, Default)]
pub struct PageHead(pub Rc<RefCell<Head>>);

impl PartialEq for PageHead {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Sets `document.title` for the page being shown.
#[hook]
pub fn use_title(title: String) {
    if let Some(head) = use_context::<PageHead>() {
        head.0.borrow_mut().title = title.clone();
    }
    use_effect_with(title, |t| {
        gloo::utils::document().set_title(t);
    });
}

/// The page's own description for its `<meta name="description">`, e.g. a council's story.
#[hook]
pub fn use_description(text: String) {
    if let Some(head) = use_context::<PageHead>() {
        head.0.borrow_mut().description = (!text.is_empty()).then_some(text);
    }
}
