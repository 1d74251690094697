//! Element ids unique within one rendered page. A counter per app instance (a context set up by
//! the app shell), not per process: the build-time renderer renders hundreds of pages in one
//! process, and the browser must give each component the same id when it hydrates a page as the
//! host gave it, so that `aria-controls` and the like still point at the right element.

use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The counter one app instance shares; components take ids from it in render order.
#[derive(Clone, Default)]
pub struct IdCounter(Rc<Cell<usize>>);

impl PartialEq for IdCounter {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl IdCounter {
    fn next(&self) -> usize {
        let n = self.0.get();
        self.0.set(n + 1);
        n
    }
}

/// A number unique within this page for the life of the component, e.g. for `gloss-6`.
#[hook]
pub fn use_element_id() -> usize {
    let counter = use_context::<IdCounter>().unwrap_or_default();
    *use_memo((), move |_| counter.next())
}
