//! The all-councils table (`/councils`): every current council with its current and previous
//! overall grade, the direction of change, the date of its last inspection and the years
//! since, sortable by each column and filterable by region and grade. All of its state lives
//! in the URL (`journeys_core::route::CouncilsState`): a header button or a filter replaces
//! the address, so a reload or a shared link reopens the same view. The rows, their order and
//! the words come from `journeys_core::councils_table`; "years since" counts to the data release date,
//! never the clock, so the page is the same for every reader of a release.

use crate::components::downloads::Downloads;
use crate::components::grade_badge::grade_badge;
use crate::components::link::AppLink;
use crate::data::dataset;
use crate::hooks::title::use_title;
use journeys_core::councils_table::{
    canonical_state, column_label, column_sort, empty_message, filter_label, grade_filter_options, regions,
    rows, sort_description, table, toggle_sort, years_text, ColumnSort, CouncilRow, Graded,
};
use journeys_core::export::{councils_csv, file_name};
use journeys_core::journey::release_date;
use journeys_core::route::{parse_grade, AboutPage, CouncilsState, Route, SortColumn};
use journeys_core::text::{long_date, month_year, page_title};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

/// Replaces the address with the table's new state: sorting and filtering change the view,
/// not the place, so Back leaves the table rather than stepping through every sort.
fn show(navigator: &Option<Navigator>, state: CouncilsState) {
    if let Some(nav) = navigator {
        nav.replace(&AnyRoute::new(Route::Councils(state).to_url()));
    }
}

#[derive(Properties, PartialEq)]
pub struct CouncilsPageProps {
    /// The table's state as the address asks for it.
    pub state: CouncilsState,
    /// The query string the state was read from (empty on the first render in the browser,
    /// as on the host), to set the address to the canonical form of what is shown.
    pub query: AttrValue,
}

#[component(CouncilsPage)]
pub fn councils_page(props: &CouncilsPageProps) -> Html {
    use_title(page_title("All councils"));
    let data = dataset();
    let today = release_date(data);
    let state = canonical_state(data, &props.state);
    let navigator = use_navigator();
    let query = props.query.to_string();

    // A link with a value the table does not know (`?sort=zzz`, a misspelt region) opens the
    // default for that value; the address bar is then set to what is shown.
    {
        let url = Route::Councils(state.clone()).to_url();
        let navigator = navigator.clone();
        use_effect_with((url, query), move |(url, query)| {
            let wanted = url.find('?').map_or("", |k| &url[k..]);
            if query != wanted {
                if let Some(nav) = &navigator {
                    nav.replace(&AnyRoute::new(url.clone()));
                }
            }
        });
    }

    let shown = use_memo(state.clone(), move |s| table(data, s, today));
    let grades = use_memo(state.grade, move |g| grade_filter_options(&rows(data, today), *g));
    let region_options = use_memo((), move |_| regions(data));

    let on_region = {
        let navigator = navigator.clone();
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            let region = (!value.is_empty()).then_some(value);
            show(&navigator, CouncilsState { region, ..state.clone() });
        })
    };
    let on_grade = {
        let navigator = navigator.clone();
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            show(&navigator, CouncilsState { grade: parse_grade(&select.value()), ..state.clone() });
        })
    };
    let filtered = state.region.is_some() || state.grade.is_some();
    let csv = {
        let shown = shown.clone();
        Callback::from(move |_: ()| councils_csv(&shown.rows))
    };
    let csv_file = {
        let region = state.region.clone().unwrap_or_default();
        let grade = state.grade.map(|g| g.url_key()).unwrap_or_default();
        file_name(&["councils", &region, grade], "csv")
    };
    let unfiltered = CouncilsState { region: None, grade: None, ..state.clone() };

    let header = |column: SortColumn| {
        let onclick = {
            let navigator = navigator.clone();
            let next = toggle_sort(&state, column);
            Callback::from(move |_: MouseEvent| show(&navigator, next.clone()))
        };
        let sort = column_sort(&state, column);
        html! {
            <th scope="col" aria-sort={sort.aria()} class={classes!(format!("col-{}", column.key()))}>
                <button type="button" class="sort-button" {onclick}>
                    { column_label(column) }
                    <span class={classes!("sort-icon", (sort == ColumnSort::Unsorted).then_some("unsorted"))} aria-hidden="true">{ sort.icon() }</span>
                </button>
            </th>
        }
    };

    html! {
        <div class="councils-page">
            <h1>{ "All councils" }</h1>
            <p class="lede">
                { format!("Every one of the {} councils in England that run children's services: its current Ofsted grade, the grade before and how it changed. ", shown.total) }
                { "Sort with the buttons in the column headings; filter by region or grade." }
            </p>
            <p>
                <AppLink to={Route::Findings { theme: None, phrase: None }}>{ "Search what each council's latest report said must improve" }</AppLink>
            </p>
            <div class="councils-filters">
                <div class="filter">
                    <label for="filter-region">{ "Region" }</label>
                    <select id="filter-region" onchange={on_region}>
                        <option value="" selected={state.region.is_none()}>{ "All regions" }</option>
                        { for region_options.iter().map(|r| html! {
                            <option value={r.key.clone()} selected={state.region.as_deref() == Some(r.key.as_str())}>{ &r.name }</option>
                        }) }
                    </select>
                </div>
                <div class="filter">
                    <label for="filter-grade">{ "Current grade" }</label>
                    <select id="filter-grade" onchange={on_grade}>
                        <option value="" selected={state.grade.is_none()}>{ "All grades" }</option>
                        { for grades.iter().map(|(g, _)| html! {
                            <option value={g.css_key()} selected={state.grade == Some(*g)}>{ filter_label(*g) }</option>
                        }) }
                    </select>
                </div>
                if filtered {
                    <p class="clear-filters">
                        <AppLink to={Route::Councils(unfiltered.clone())}>{ "Clear filters" }</AppLink>
                    </p>
                }
            </div>
            <p class="councils-status" role="status" aria-live="polite">{ format!("Showing {}", shown.summary) }</p>
            if shown.rows.is_empty() {
                <div class="councils-empty">
                    <p><strong>{ empty_message(&shown) }</strong></p>
                    <ul>
                        if shown.region.is_some() && shown.grade.is_some() {
                            <li><AppLink to={Route::Councils(CouncilsState { grade: None, ..state.clone() })}>
                                { format!("Show every grade in {}", shown.region.clone().unwrap_or_default()) }
                            </AppLink></li>
                            <li><AppLink to={Route::Councils(CouncilsState { region: None, ..state.clone() })}>
                                { "Show this grade in every region" }
                            </AppLink></li>
                        }
                        <li><AppLink to={Route::Councils(unfiltered)}>{ "Clear filters and show all councils" }</AppLink></li>
                    </ul>
                </div>
            } else {
                <div class="table-wrap councils-wrap" tabindex="0" role="region" aria-label="Table of councils">
                    <table class="councils">
                        <caption class="visually-hidden">
                            { format!("Councils and their overall grades, {} Column headings are buttons that sort the table.", sort_words(&state)) }
                        </caption>
                        <thead>
                            <tr>{ for SortColumn::ALL.into_iter().map(header) }</tr>
                        </thead>
                        <tbody>
                            { for shown.rows.iter().map(row) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="councils-notes">
                <h2>{ "Reading the table" }</h2>
                <ul>
                    <li>{ "Grades are for overall effectiveness. The date is the first day of the inspection that gave the grade." }</li>
                    <li>{ "Adequate (2009 to 2013) counts as level with Requires improvement when working out the change." }</li>
                    <li>{ "Inspections since April 2026 give no overall grade. A council inspected since then stands at its last grade, with the newer inspection noted beside it, as on the map." }</li>
                    <li>{ format!("Years since are whole years to the data release, {}.", long_date(today)) }</li>
                </ul>
                <p>
                    <AppLink to={Route::About(AboutPage::Grades)}>{ "What the grades mean" }</AppLink>
                    { " · " }
                    <AppLink to={Route::About(AboutPage::Frameworks)}>{ "How inspection changed" }</AppLink>
                </p>
            </div>
            <Downloads {csv} {csv_file}
                what={format!("The {} rows of the table as shown, in its order, one row per council", shown.rows.len())} />
        </div>
    }
}

/// "sorted by last inspected, most recent first."
fn sort_words(state: &CouncilsState) -> String {
    format!("sorted {}.", sort_description(state.sort, state.dir))
}

fn grade_cell(grade: Option<Graded>, missing: &'static str) -> Html {
    match grade {
        Some(g) => html! { { grade_badge(g.grade) } },
        None => html! { <span class="none">{ missing }</span> },
    }
}

fn row(r: &CouncilRow) -> Html {
    let d = r.direction;
    html! {
        <tr key={r.code.clone()}>
            <th scope="row">
                <AppLink to={r.link()}>{ &r.name }</AppLink>
            </th>
            <td class="c-region">{ &r.region }</td>
            <td class="c-grade">
                { grade_cell(r.current, "Not inspected") }
                if let Some(note) = r.since_note() { <span class="grade-since">{ note }</span> }
            </td>
            <td class="c-previous" data-label="Before">{ grade_cell(r.previous, "None") }</td>
            <td class="c-change">
                <span class={classes!("change", format!("change-{}", d.css_key()))}>
                    if !d.arrow().is_empty() {
                        <span class="change-arrow" aria-hidden="true">{ d.arrow() }</span>
                    }
                    { d.label() }
                </span>
            </td>
            <td class="c-last" data-label="Last inspected">
                if let Some(day) = r.last_inspected {
                    <time datetime={day.to_string()}>{ month_year(day) }</time>
                }
            </td>
            <td class="years c-years">{ years_text(r.years_since) }</td>
        </tr>
    }
}
