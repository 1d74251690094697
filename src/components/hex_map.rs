//! The hex map of England's councils: one link per council, filled and labelled by the grade
//! it is given. Geometry comes from `journeys_core::national::hex_map`; this only prints it.

use crate::components::grade_badge::grade_class;
use crate::components::link::in_app_click;
use journeys_core::model::Grade;
use journeys_core::national::{grade_code, hex_step, hex_tip, HexCell, HexKey, HexMap, RegionOutline};
use journeys_core::route::{council_link, with_base};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HexMapProps {
    pub map: Rc<HexMap>,
    /// Names the map for assistive technology, e.g. "Councils by latest overall grade, end of 2018".
    pub title: AttrValue,
    /// Links open the council in a new tab (in an embed, the article's page must stay put).
    #[prop_or_default]
    pub new_tab: bool,
    /// No links or pointer readout: the picture only (static embeds).
    #[prop_or_default]
    pub is_static: bool,
    /// The code of the council found by "find my council": outlined, labelled, and given the
    /// keyboard focus each time `find_count` changes.
    #[prop_or_default]
    pub found: Option<AttrValue>,
    #[prop_or_default]
    pub find_count: u32,
    /// Regions outlined and named on the map (`national::region_outlines`); none in embeds.
    #[prop_or_default]
    pub regions: Rc<Vec<RegionOutline>>,
}

/// The regions' outlines, leaders and names, under the grade letters and over no hexagon.
fn regions(list: &[RegionOutline]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <g class="hex-regions" aria-hidden="true">
            { for list.iter().map(|r| html! {
                <>
                    <path class="region-outline" d={r.path.clone()} />
                    if let Some(d) = &r.leader { <path class="region-leader" d={d.clone()} /> }
                    <text class="region-label" x={r.label_x.to_string()} y={r.label_y.to_string()}>{ &r.label }</text>
                </>
            }) }
        </g>
    }
}

/// The grade codes sit on top of the links but outside them: each link's name is its full
/// sentence, and a code like "RI" is not part of that sentence. So do the dots marking a
/// council inspected since its grade under the 2026 framework (its link's name says so).
fn codes(map: &HexMap) -> Html {
    html! {
        <g class="hex-codes" aria-hidden="true">
            { for map.cells.iter().map(|c| html! {
                <HexCode key={c.code.as_str()} code={c.code.clone()} grade={c.grade} x={c.x} y={c.y} />
            }) }
            { for map.cells.iter().filter_map(|c| c.mark.map(|(x, y)| html! {
                <circle class={classes!("hex-since", grade_class(c.grade))} data-code={c.code.clone()}
                    cx={x.to_string()} cy={y.to_string()} r="1.7" />
            })) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct HexCodeProps {
    code: AttrValue,
    grade: Option<Grade>,
    x: f64,
    y: f64,
}

/// A hexagon's grade letters: re-rendered only when its grade changes.
#[component(HexCode)]
fn hex_code(props: &HexCodeProps) -> Html {
    html! {
        <text class={grade_class(props.grade)}
            data-code={props.code.clone()} x={props.x.to_string()} y={props.y.to_string()}>{ grade_code(props.grade) }</text>
    }
}

/// The key to the dots, under the map, when any council has one.
fn since_key(map: &HexMap) -> Html {
    if !map.cells.iter().any(|c| c.mark.is_some()) {
        return Html::default();
    }
    html! {
        <p class="hex-since-key">
            <svg class="hex-since-swatch" viewBox="0 0 20 20" aria-hidden="true" width="20" height="20">
                <polygon class="grade-inadequate" points="10,0.4 18.3,5.2 18.3,14.8 10,19.6 1.7,14.8 1.7,5.2" />
                <circle cx="10" cy="6" r="2.6" />
            </svg>
            { "A dot: inspected again in 2026 under the new framework, which gives no overall grade; shown at its last grade." }
        </p>
    }
}

/// The focus ring of the pointed or focused hexagon, drawn over every other: a ring in the
/// text colour inside one in the page colour, so it shows on every grade's fill.
fn ring(map: &HexMap, k: Option<usize>) -> Html {
    let Some(c) = k.and_then(|k| map.cells.get(k)) else { return Html::default() };
    html! {
        <g class="hex-ring" aria-hidden="true">
            <polygon class="hex-ring-outer" points={c.points.clone()} />
            <polygon class="hex-ring-inner" points={c.points.clone()} />
        </g>
    }
}

/// The outline of the council found by "find my council": thicker than the focus ring, so it
/// stays visible after the focus moves on.
fn found_ring(map: &HexMap, k: Option<usize>) -> Html {
    let Some(c) = k.and_then(|k| map.cells.get(k)) else { return Html::default() };
    html! {
        <g class="hex-found" aria-hidden="true" data-code={c.code.clone()}>
            <polygon class="hex-found-outer" points={c.points.clone()} />
            <polygon class="hex-found-inner" points={c.points.clone()} />
        </g>
    }
}

/// The hexagon a touch has just pressed that was not labelled yet (see `HexMapView`); one for
/// the whole map, so props holding it compare by identity.
#[derive(Clone)]
struct Armed(Rc<RefCell<Option<usize>>>);

impl PartialEq for Armed {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct HexLinkProps {
    /// The hexagon's place in the map's reading order.
    k: usize,
    cell: HexCell,
    /// It is the map's one tab stop.
    tab_stop: bool,
    /// The pointer or focus is on it.
    pointed: bool,
    new_tab: bool,
    base: AttrValue,
    navigator: Option<Navigator>,
    armed: Armed,
    point: UseStateSetter<Option<usize>>,
    activate: UseStateSetter<usize>,
}

/// One council's link on the map. Its props compare equal while its council's standing, its
/// tab stop and the pointer stay the same, so a change of year re-renders only the hexagons
/// whose standing changed.
#[component(HexLink)]
fn hex_link(props: &HexLinkProps) -> Html {
    let (k, c) = (props.k, &props.cell);
    let route = council_link(&c.slug);
    let href = with_base(&props.base, &route.to_url());
    let open = (!props.new_tab).then(|| in_app_click(props.navigator.clone(), route.to_url()));
    let onclick = {
        let armed = props.armed.clone();
        let point = props.point.clone();
        Callback::from(move |e: MouseEvent| {
            if armed.0.borrow_mut().take() == Some(k) {
                e.prevent_default();
                point.set(Some(k));
            } else if let Some(open) = &open {
                open.emit(e);
            }
        })
    };
    let onpointerdown = {
        let armed = props.armed.clone();
        let pointed = props.pointed;
        Callback::from(move |e: PointerEvent| {
            let first_touch = e.pointer_type() == "touch" && !pointed;
            *armed.0.borrow_mut() = first_touch.then_some(k);
        })
    };
    let target = props.new_tab.then_some("_blank");
    let rel = props.new_tab.then_some("noopener");
    let hover = {
        let point = props.point.clone();
        Callback::from(move |_: MouseEvent| point.set(Some(k)))
    };
    let focus = {
        let point = props.point.clone();
        let activate = props.activate.clone();
        Callback::from(move |_: FocusEvent| {
            point.set(Some(k));
            activate.set(k);
        })
    };
    let class = classes!("hex", grade_class(c.grade));
    let tabindex = if props.tab_stop { "0" } else { "-1" };
    html! {
        <a {class} {href} {onclick} {onpointerdown} {target} {rel} {tabindex} aria-label={c.description.clone()} data-code={c.code.clone()}
            onmouseenter={hover} onfocus={focus}>
            <polygon points={c.points.clone()} />
        </a>
    }
}

#[component(HexMapView)]
pub fn hex_map_view(props: &HexMapProps) -> Html {
    let navigator = use_navigator();
    let base: AttrValue =
        navigator.as_ref().and_then(|n| n.basename().map(str::to_string)).unwrap_or_default().into();
    // What the pointer or focus is on: labelled beside its hexagon for sighted readers;
    // screen readers hear the same words from each link's name.
    let pointed = use_state_eq(|| None::<usize>);
    // The map is one tab stop: this hexagon has tabindex 0, the others -1, and the arrow keys
    // move between them (`national::hex_step`).
    let active = use_state_eq(|| 0usize);
    let svg = use_node_ref();
    let tip_ref = use_node_ref();
    // On a touch screen there is no hover: the first tap on a hexagon shows its label, a
    // second tap on the same one opens the council. This holds the hexagon a touch has just
    // pressed that was not labelled yet, so its click only labels it.
    let armed = Armed(use_mut_ref(|| None::<usize>));
    let map = &props.map;
    let found_cell = props.found.as_ref().and_then(|code| map.cells.iter().position(|c| &c.code == code));
    let view_box = format!("0 0 {} {}", map.width, map.height);
    let tip = pointed.or(found_cell).and_then(|k| hex_tip(map, k));
    // The label's place is a percentage of the map's box; a style property set from script is
    // allowed by the Content Security Policy, a style attribute is not.
    {
        let tip_ref = tip_ref.clone();
        let place = tip.as_ref().map(|t| (t.left_pct, t.top_pct));
        use_effect_with(place, move |place| {
            if let (Some(el), Some((left, top))) = (tip_ref.cast::<web_sys::HtmlElement>(), place) {
                let style = el.style();
                let _ = style.set_property("left", &format!("{left}%"));
                let _ = style.set_property("top", &format!("{top}%"));
            }
        });
    }
    let focus_cell = {
        let svg = svg.clone();
        move |code: &str| {
            if let Some(el) = svg
                .cast::<web_sys::Element>()
                .and_then(|s| s.query_selector(&format!("a[data-code=\"{code}\"]")).ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok())
            {
                let _ = el.focus();
            }
        }
    };
    // A new find moves the focus to its hexagon (which then shows its label too).
    {
        let focus_cell = focus_cell.clone();
        let active = active.clone();
        let found = props.found.clone();
        let cell = found_cell;
        use_effect_with(props.find_count, move |_| {
            if let (Some(code), Some(k)) = (found, cell) {
                active.set(k);
                focus_cell(&code);
            }
        });
    }
    if props.is_static {
        return html! {
            <div class="hex-map">
                <svg class="hex-svg" viewBox={view_box} role="img" aria-label={props.title.clone()}>
                    { for map.cells.iter().map(|c| html! {
                        <g class={classes!("hex", grade_class(c.grade))}>
                            <polygon points={c.points.clone()} />
                        </g>
                    }) }
                    { codes(map) }
                </svg>
                { since_key(map) }
            </div>
        };
    }
    let tab_stop = (*active).min(map.cells.len().saturating_sub(1));
    let onkeydown = {
        let map = map.clone();
        let active = active.clone();
        let focus_cell = focus_cell.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(key) = HexKey::parse(&e.key()) else { return };
            e.prevent_default();
            let Some(next) = hex_step(&map, *active, key) else { return };
            active.set(next);
            focus_cell(&map.cells[next].code);
        })
    };
    html! {
        <div class="hex-map">
            <div class="hex-frame">
            <svg class="hex-svg" viewBox={view_box} role="group" aria-label={props.title.clone()} ref={svg} {onkeydown}
                onmouseleave={{ let p = pointed.clone(); Callback::from(move |_| p.set(None)) }}
                onfocusout={{ let p = pointed.clone(); Callback::from(move |_| p.set(None)) }}>
                { for map.cells.iter().enumerate().map(|(k, c)| html! {
                    <HexLink key={c.code.as_str()} {k} cell={c.clone()} tab_stop={k == tab_stop} pointed={*pointed == Some(k)}
                        new_tab={props.new_tab} base={base.clone()} navigator={navigator.clone()} armed={armed.clone()}
                        point={pointed.setter()} activate={active.setter()} />
                }) }
                { regions(&props.regions) }
                { codes(map) }
                { found_ring(map, found_cell) }
                { ring(map, *pointed) }
            </svg>
            <div ref={tip_ref} aria-hidden="true" hidden={tip.is_none()}
                class={classes!("hex-tip", tip.as_ref().map(|t| format!("tip-{}", t.align)), tip.as_ref().filter(|t| t.below).map(|_| "tip-below"))}>
                if let Some(t) = &tip {
                    <strong class="hex-tip-name">{ &t.name }</strong>
                    <span class="hex-tip-detail">{ &t.detail }</span>
                }
            </div>
            </div>
            { since_key(map) }
            <p class="hex-readout">
                { "Tab to the map, then use the arrow keys to move between councils; Enter opens one. Point at a hexagon to see its council." }
            </p>
        </div>
    }
}
