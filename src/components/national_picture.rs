//! The national picture: the hex map at a chosen year, its year control, the table of every
//! council at that year, and the grade distribution over the years.

use crate::components::embed_builder::EmbedBuilder;
use crate::components::grade_badge::grade_badge;
use crate::components::grade_distribution::{grade_distribution, GradeDistributionProps};
use crate::components::grade_legend::grade_legend;
use crate::components::hex_map::HexMapView;
use crate::components::link::AppLink;
use crate::data::dataset;
use journeys_core::national::{
    counts_sentence, distribution_by_year, distribution_summary, hex_find, hex_map, region_outlines,
    since_2026_sentence, year_end, years, HexCell,
};
use journeys_core::route::{council_link, home_url, home_year, EmbedWidget};
use journeys_core::text::long_date;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component(NationalPicture)]
pub fn national_picture() -> Html {
    let data = dataset();
    let range = years(data);
    let (first, last) = (*range.start(), *range.end());
    let year = use_state_eq(|| last);
    // The chosen year lives in the address (`/?year=2018`, `journeys_core::route::home_year`),
    // so a copied link or a refresh reopens it. Read once after the first render (the server
    // renders the latest year), then written back on every change without a new history entry.
    {
        let year = year.clone();
        use_effect_with((), move |_| {
            let search = gloo::utils::window().location().search().unwrap_or_default();
            if let Some(y) = home_year(&search) {
                year.set(y.clamp(first, last));
            }
        });
    }
    let mounted = use_mut_ref(|| false);
    use_effect_with(*year, move |y| {
        if std::mem::replace(&mut *mounted.borrow_mut(), true) {
            let window = gloo::utils::window();
            let location = window.location();
            let path = location.pathname().unwrap_or_default();
            let query = home_url(*y, last).split_once('?').map(|(_, q)| format!("?{q}")).unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            if let Ok(history) = window.history() {
                let _ =
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
            }
        }
    });
    let map = use_memo(*year, |y| hex_map(data, year_end(data, *y)));
    // The regions' outlines depend on no year (the same councils, in the same places).
    let region_list = use_memo((), |_| region_outlines(&map));
    let rows = use_memo((), |_| distribution_by_year(data));
    let summary = distribution_summary(&rows);
    let counts = rows.iter().find(|r| r.year == *year).cloned().unwrap_or_default();
    let on_range = {
        let year = year.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(y) = input.value().parse::<i32>() {
                year.set(y.clamp(first, last));
            }
        })
    };
    let step = |by: i32| {
        let year = year.clone();
        Callback::from(move |_: MouseEvent| year.set((*year + by).clamp(first, last)))
    };
    let day = year_end(data, *year);
    let when = if *year == last {
        format!("on {} (latest data)", long_date(day))
    } else {
        format!("at the end of {}", *year)
    };
    // "Find my council": the hexagon of the best search match (`national::hex_find`), by code.
    let found = use_state_eq(|| None::<AttrValue>);
    let found_message = use_state_eq(String::new);
    let find_count = use_state_eq(|| 0u32);
    let find_input = use_node_ref();
    let onfind = {
        let map = map.clone();
        let found = found.clone();
        let found_message = found_message.clone();
        let find_count = find_count.clone();
        let find_input = find_input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let query = find_input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let result = hex_find(data, &map, &query);
            found_message.set(result.message);
            found.set(result.cell.map(|k| AttrValue::from(map.cells[k].code.clone())));
            find_count.set(*find_count + 1);
        })
    };
    let title = format!("Hex map of England's councils by latest overall grade {when}");
    html! {
        <section class="national" aria-labelledby="national-title">
            <h2 id="national-title">{ "The national picture" }</h2>
            <p>
                { "Each hexagon is a council, placed roughly where it is in England. Its colour and letters show the \
                   latest overall grade Ofsted had published by the chosen date. Select a hexagon to open that council's journey." }
            </p>
            <form class="hex-find" role="search" aria-label="Find a council on the map" onsubmit={onfind}>
                <label for="hex-find-input">{ "Find my council on the map" }</label>
                <div class="hex-find-row">
                    <input id="hex-find-input" type="search" ref={find_input} autocomplete="off" placeholder="e.g. Leeds" />
                    <button type="submit">{ "Find" }</button>
                </div>
                <p class="hex-find-message" role="status">{ (*found_message).clone() }</p>
            </form>
            <div class="year-control">
                <label for="map-year">{ "Year" }</label>
                <output for="map-year" class="year-value" aria-live="polite">{ *year }</output>
                <div class="year-row">
                    <button type="button" class="year-step" onclick={step(-1)} aria-disabled={(*year <= first).to_string()}
                        aria-label="Earlier year">{ "‹" }</button>
                    <input id="map-year" type="range" min={first.to_string()} max={last.to_string()} step="1"
                        value={year.to_string()} oninput={on_range} aria-valuetext={year.to_string()} />
                    <button type="button" class="year-step" onclick={step(1)} aria-disabled={(*year >= last).to_string()}
                        aria-label="Later year">{ "›" }</button>
                </div>
            </div>
            <p class="map-summary">
                <strong>{ format!("{}: ", if *year == last { format!("{} (latest data)", *year) } else { format!("End of {}", *year) }) }</strong>
                { format!("{}.{}", counts_sentence(&counts), since_2026_sentence(&counts)) }
                if counts.none > 0 {
                    { " A council not yet graded had no inspection report published by then." }
                }
            </p>
            { grade_legend(false) }
            <HexMapView map={map.clone()} title={title.clone()} found={(*found).clone()} find_count={*find_count} regions={region_list.clone()} />
            <EmbedBuilder widget={EmbedWidget::Map} what="map"
                title="Children's services in England: every council's latest Ofsted grade" />
            <details class="table-toggle">
                <summary>{ format!("Show every council {when} as a table") }</summary>
                <div class="table-scroll">
                    <table class="map-table">
                        <caption>{ format!("Every council's latest overall grade {when}") }</caption>
                        <thead><tr>
                            <th scope="col">{ "Council" }</th><th scope="col">{ "Grade" }</th><th scope="col">{ "Note" }</th>
                        </tr></thead>
                        <tbody>
                            { for map.cells.iter().map(|c| html! { <MapTableRow key={c.code.as_str()} cell={c.clone()} /> }) }
                        </tbody>
                    </table>
                </div>
            </details>
            <h3>{ "Grades over the years" }</h3>
            { grade_distribution(&GradeDistributionProps { rows: rows.clone(), summary: summary.into(), selected: *year }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MapTableRowProps {
    cell: HexCell,
}

/// A council's row of the map's table: re-rendered only when its standing changes.
#[component(MapTableRow)]
fn map_table_row(props: &MapTableRowProps) -> Html {
    let c = &props.cell;
    html! {
        <tr>
            <th scope="row"><AppLink to={council_link(&c.slug)}>{ &c.name }</AppLink></th>
            <td>
                if let Some(g) = c.grade { { grade_badge(g) } } else { { "Not yet graded" } }
            </td>
            <td>{ &c.detail }</td>
        </tr>
    }
}
