//! The "Context" section under a council's journey: the DfE's figures on its social work
//! workforce and its children, each as a small chart on the journey's time axis, the latest
//! value in words, and a table. Geometry and words come from `journeys_core::indicators`; this
//! only prints them. The figures are the council's own file (`data::council_context`): on a
//! pre-rendered page `boot` loads it before hydrating; moving to another council, this fetches
//! that council's file.

use crate::data::council_context;
use crate::hooks::width::layout_widths;
use journeys_core::indicators::chart::{areas, indicator_chart, IndicatorChart, Span, Who};
use journeys_core::indicators::words::{chart_summary, latest_sentence, table_rows, ABOUT};
use journeys_core::indicators::{CouncilContext, Indicator};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContextFiguresProps {
    pub code: AttrValue,
    pub name: AttrValue,
    /// The dates the journey chart spans (`chart::council_span`), so both share one axis.
    pub span: Span,
    /// The measured width of the journey chart's box, once known.
    pub width: Option<f64>,
}

#[component(ContextFigures)]
pub fn context_figures(props: &ContextFiguresProps) -> Html {
    let (contexts, failed) = use_contexts(vec![props.code.to_string()]);
    let ctx = contexts.into_iter().next().flatten();
    let body = match ctx {
        Some(ctx) => figures(&ctx, props),
        None if cfg!(target_arch = "wasm32") && !failed => {
            html! { <p class="ctx-loading">{ "Loading the Department for Education's figures…" }</p> }
        }
        None => html! {
            <p>{ format!("The Department for Education's figures for {} could not be loaded, or none are published.", props.name) }</p>
        },
    };
    html! {
        <section class="context" aria-labelledby="context-title">
            <h2 id="context-title">{ "Context: the workforce and the children behind the grades" }</h2>
            { for ABOUT.iter().map(|p| html! { <p class="ctx-about">{ *p }</p> }) }
            { body }
        </section>
    }
}

/// The figures of these councils: those installed at once, the others fetched (in the
/// browser) and installed, re-rendering as they arrive. Also whether a fetch failed.
#[hook]
pub fn use_contexts(codes: Vec<String>) -> (Vec<Option<Rc<CouncilContext>>>, bool) {
    // Bumped when a fetched file is installed, so the caller renders again.
    let loaded = use_state(|| 0u32);
    let failed = use_state(|| false);
    let contexts: Vec<Option<Rc<CouncilContext>>> = codes.iter().map(|c| council_context(c)).collect();
    let missing: Vec<String> =
        codes.iter().zip(&contexts).filter(|(_, c)| c.is_none()).map(|(code, _)| code.clone()).collect();
    {
        let (loaded, failed) = (loaded.clone(), failed.clone());
        use_effect_with(missing, move |missing| {
            for code in missing {
                fetch(code.clone(), loaded.clone(), failed.clone());
            }
        });
    }
    (contexts, *failed)
}

#[cfg(target_arch = "wasm32")]
fn fetch(code: String, loaded: UseStateHandle<u32>, failed: UseStateHandle<bool>) {
    // Offline the worker may not have kept this council's figures: say so rather than fail a
    // fetch the browser would log.
    if !gloo::utils::window().navigator().on_line() {
        failed.set(true);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let url = crate::data::context_file(&crate::data::dataset().release.to_string(), &code);
        match crate::boot::fetch_text(&url)
            .await
            .and_then(|json| journeys_core::indicators::parse_council_context(&json))
        {
            Ok(ctx) => {
                crate::data::install_context(ctx);
                // Each arrival re-renders; the count only has to change.
                loaded.set(loaded.wrapping_add(1));
            }
            Err(e) => {
                gloo::console::warn!(format!("Council Journeys could not load {url}: {e}"));
                failed.set(true);
            }
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn fetch(_code: String, _loaded: UseStateHandle<u32>, _failed: UseStateHandle<bool>) {}

fn figures(ctx: &CouncilContext, props: &ContextFiguresProps) -> Html {
    let key = |who: Who, name: &str| {
        html! {
            <li>
                <svg class="ctx-sample" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
                    <path class={classes!("ctx-line", who.class())} d="M1 5 L27 5" />
                </svg>
                { name.to_string() }
            </li>
        }
    };
    html! {
        <>
            if !ctx.notes.is_empty() {
                <ul class="ctx-notes">{ for ctx.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
            <ul class="ctx-key" aria-label="Lines on the charts">
                { key(Who::Council, &ctx.council.name) }
                { key(Who::England, &ctx.england.name) }
                if let Some(r) = &ctx.region { { key(Who::Region, &r.name) } }
            </ul>
            { for Indicator::ALL.into_iter().map(|i| indicator(ctx, i, props)) }
            <p class="ctx-download">
                <button type="button" class="download" onclick={download(ctx)}>{ "Download these figures as CSV" }</button>
                { format!(" {}'s, its region's and England's figures, one row per figure and year, each value as published \
                    with what a code means (a separate file from the inspections).", ctx.council.name) }
            </p>
            <p class="ctx-source">
                { format!("Source: {}. ", ctx.licence) }
                { for ctx.sources.iter().map(|s| html! {
                    <span class="ctx-file">{ format!("{} ({} @ {}). ", s.path, s.origin, short(&s.commit)) }</span>
                }) }
            </p>
        </>
    }
}

fn download(ctx: &CouncilContext) -> Callback<MouseEvent> {
    let ctx = ctx.clone();
    Callback::from(move |_: MouseEvent| {
        let file = journeys_core::export::file_name(&[&ctx.council.name, "dfe-figures"], "csv");
        crate::components::downloads::files::save_text(
            &journeys_core::indicators::csv::context_csv(&ctx),
            "text/csv;charset=utf-8",
            &file,
        );
    })
}

fn short(commit: &str) -> &str {
    commit.get(..8).unwrap_or(commit)
}

fn indicator(ctx: &CouncilContext, i: Indicator, props: &ContextFiguresProps) -> Html {
    let title_id = format!("ctx-{}", i.key());
    let summary = chart_summary(ctx, i);
    let charts: Vec<Rc<IndicatorChart>> = layout_widths(props.width)
        .into_iter()
        .map(|w| Rc::new(indicator_chart(ctx, i, props.span, w)))
        .collect();
    let measured = props.width.is_some();
    let rows = table_rows(ctx, i);
    let compared = areas(ctx, i).len() > 1;
    html! {
        <div class="ctx-figure" aria-labelledby={title_id.clone()} role="group">
            <h3 id={title_id}>{ i.title() }</h3>
            <p class="ctx-definition">{ i.definition() }</p>
            <p class="ctx-latest">{ latest_sentence(ctx, i) }</p>
            <div class="chart-box ctx-box">
                { for charts.iter().map(|c| {
                    let class = if measured { classes!("chart-fit") } else { classes!("chart-fit", format!("chart-fit-{}", c.width)) };
                    html! { <div {class}>{ svg(c, &summary) }</div> }
                }) }
            </div>
            <details class="ctx-table">
                <summary>{ format!("{}: table of every year", i.title()) }</summary>
                // A narrow phone scrolls the table in its own box, not the page.
                <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{}: table", i.title())}>
                <table>
                    <caption>{ format!("{} in {} by year", i.title(), ctx.council.name) }</caption>
                    <thead><tr>
                        <th scope="col">{ "Year" }</th>
                        <th scope="col">{ &ctx.council.name }</th>
                        if let Some(r) = &ctx.region { <th scope="col">{ &r.name }</th> }
                        <th scope="col">{ &ctx.england.name }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ r.year }</th>
                                <td>{ &r.council }</td>
                                if ctx.region.is_some() { <td>{ &r.region }</td> }
                                <td>{ &r.england }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                if !compared {
                    <p class="ctx-note">{ "England's and the region's numbers are in the table only: a count is not comparable across areas of different sizes." }</p>
                }
            </details>
        </div>
    }
}

fn svg(c: &IndicatorChart, summary: &str) -> Html {
    let (w, h) = (c.width, c.height);
    html! {
        <svg class="ctx-chart" width={w.to_string()} height={h.to_string()} viewBox={format!("0 0 {w} {h}")}
            role="img" aria-label={summary.to_string()}>
            { for c.y_ticks.iter().map(|t| html! {
                <g class="ctx-grid">
                    <line x1={c.x0.to_string()} x2={c.x1.to_string()} y1={format!("{:.1}", t.y)} y2={format!("{:.1}", t.y)} />
                    <text x={format!("{:.1}", c.x0 - 6.0)} y={format!("{:.1}", t.y + 4.0)} text-anchor="end">{ &t.label }</text>
                </g>
            }) }
            { for c.ticks.iter().map(|t| html! {
                <g class="ctx-tick">
                    <line x1={format!("{:.1}", t.x)} x2={format!("{:.1}", t.x)} y1={format!("{:.1}", c.y_bottom)} y2={format!("{:.1}", c.y_bottom + 4.0)} />
                    if !t.label.is_empty() {
                        <text x={format!("{:.1}", t.x)} y={format!("{:.1}", c.y_bottom + 17.0)} text-anchor="middle">{ &t.label }</text>
                    }
                </g>
            }) }
            { for c.lines.iter().map(|l| html! {
                <g class={classes!("ctx-series", l.who.class())}>
                    <path class={classes!("ctx-line", l.who.class())} d={l.path.clone()} />
                    if l.who == Who::Council {
                        { for l.points.iter().map(|p| html! {
                            <circle class="ctx-dot" cx={format!("{:.1}", p.x)} cy={format!("{:.1}", p.y)} r="3" />
                        }) }
                    }
                </g>
            }) }
        </svg>
    }
}
