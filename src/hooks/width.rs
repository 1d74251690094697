//! Measured widths, so charts lay themselves out for the space they have instead of scaling
//! their text down. Nothing is measured in the first render: that render must print on the
//! browser what the build-time renderer printed on the host, where there is no layout. So a
//! journey chart is laid out at a few fixed widths (`CHART_LAYOUTS`): the pre-rendered page
//! carries each, and the stylesheet shows the one for the width of its box (a container query);
//! once measured, only that one is rendered, so nothing moves when the wasm takes over.

use gloo::events::EventListener;
use yew::prelude::*;

/// The widths a journey chart is laid out at, each with the narrowest box it is shown in; the
/// container queries in `assets/styles.css` (`.chart-fit-…`) use the same breakpoints.
pub const CHART_LAYOUTS: [(f64, f64); 4] = [(0.0, 343.0), (430.0, 520.0), (620.0, 720.0), (840.0, 960.0)];

/// The layout width for a box `width` CSS pixels wide.
pub fn layout_width(width: f64) -> f64 {
    CHART_LAYOUTS.iter().rev().find(|(from, _)| width >= *from).map_or(CHART_LAYOUTS[0].1, |(_, w)| *w)
}

/// The widths to lay a journey chart out at: every layout while the box is unmeasured (and on
/// the server), then the one for the measured width.
pub fn layout_widths(measured: Option<f64>) -> Vec<f64> {
    layout_widths_within(measured, f64::INFINITY)
}

/// The same for a chart whose box the stylesheet keeps narrower than `max_box` CSS pixels: the
/// layouts for wider boxes would never be shown, and the pre-rendered page leaves them out
/// (the national patterns' charts would otherwise put /patterns over its 30 KB first view).
pub fn layout_widths_within(measured: Option<f64>, max_box: f64) -> Vec<f64> {
    match measured {
        Some(w) => vec![layout_width(w.min(max_box))],
        None => CHART_LAYOUTS.iter().filter(|(from, _)| *from < max_box).map(|(_, w)| *w).collect(),
    }
}

/// The widest box of a national pattern's chart (`.pattern-box` in `assets/styles.css`), under
/// the third breakpoint: /patterns carries two layouts of each chart, not four (its first view
/// would otherwise be over 30 KB gzip), and a chart is drawn at most 608 px wide.
pub const PATTERN_BOX_MAX: f64 = 608.0;

/// Width of `node` in CSS pixels, following window resizes; `None` until measured (and on the
/// server).
#[hook]
pub fn use_width(node: NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None);
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
                            width.set(Some(w));
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
