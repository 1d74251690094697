//! `/patterns`: the national patterns of improvement, each chart with its sentence, its
//! table, its downloads and its embed: where councils go after each grade, how long
//! recovery from Inadequate takes (Kaplan–Meier, by era too), every journey through
//! Inadequate aligned at that judgement (the reader's council drawn strong), and how often
//! Good stays Good. The figures are `journeys_core::patterns`; `PatternFigure` is shared
//! with the embeds.

mod by_grade;

use crate::components::downloads::{ChartExport, Downloads};
use crate::components::embed_builder::EmbedBuilder;
use crate::components::grade_badge::grade_badge;
use crate::components::link::{use_href, AppLink};
use crate::components::pattern_charts::{
    aligned_chart_view, recovery_chart_view, staying_chart_view, themes_chart_view, transitions_chart_view,
    ChartProps,
};
use crate::data::dataset;
use crate::hooks::title::{use_description, use_title};
use crate::hooks::width::{layout_widths_within, use_width, PATTERN_BOX_MAX};
use journeys_core::improvements::chart::themes_chart;
use journeys_core::improvements::ThemeTrends;
use journeys_core::model::{Council, Dataset, Framework, Grade};
use journeys_core::patterns::aligned::{aligned, still_inadequate, AlignedJourney};
use journeys_core::patterns::charts::{aligned_chart, recovery_chart, staying_chart, transitions_chart};
use journeys_core::patterns::csv::{aligned_csv, recovery_csv, transitions_csv, transitions_from_csv};
use journeys_core::patterns::headline_serieses;
use journeys_core::patterns::recovery::{curve, episodes, eras, Curve};
use journeys_core::patterns::transitions::{transitions, Transitions, GRADES};
use journeys_core::patterns::words::{self, percent, percent_of};
use journeys_core::route::{council_link, AboutPage, EmbedWidget, PatternChart, Route};
use journeys_core::text::{month_year, page_title};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

/// Every figure of the page, computed once from a dataset.
pub struct Figures<'a> {
    pub transitions: Transitions,
    pub curve: Curve,
    pub eras: [(Framework, Curve); 2],
    pub aligned: Vec<AlignedJourney<'a>>,
    pub still: Vec<&'a Council>,
}

impl<'a> Figures<'a> {
    pub fn of(data: &'a Dataset) -> Figures<'a> {
        let serieses = headline_serieses(data);
        let list = episodes(&serieses, data.release);
        Figures {
            transitions: transitions(&serieses),
            curve: curve(&list),
            eras: eras(&list),
            aligned: aligned(&serieses),
            still: still_inadequate(&serieses),
        }
    }

    /// The chart's sentence.
    pub fn summary(&self, chart: PatternChart) -> String {
        match chart {
            PatternChart::Transitions => words::from_inadequate_sentence(&self.transitions),
            PatternChart::Recovery => words::recovery_sentence(&self.curve),
            PatternChart::Aligned => words::aligned_sentence(&self.aligned),
            PatternChart::StayingGood => words::staying_good_sentence(&self.transitions),
            PatternChart::Themes => crate::data::trends()
                .map(journeys_core::improvements::chart::themes_chart_sentence)
                .unwrap_or_default(),
        }
    }

    pub fn csv(&self, chart: PatternChart) -> String {
        match chart {
            PatternChart::Transitions => transitions_csv(&self.transitions),
            PatternChart::Recovery => recovery_csv(&self.curve),
            PatternChart::Aligned => aligned_csv(&self.aligned),
            PatternChart::StayingGood => {
                transitions_from_csv(&self.transitions, &[Grade::Outstanding, Grade::Good])
            }
            PatternChart::Themes => {
                crate::data::trends().map(journeys_core::improvements::trends_csv).unwrap_or_default()
            }
        }
    }
}

/// The figures of the installed dataset, computed once for it: `/patterns` draws five charts
/// from them, and every council page says one sentence of them.
pub fn page_figures() -> Rc<Figures<'static>> {
    type Cache = Option<(*const Dataset, Rc<Figures<'static>>)>;
    thread_local! {
        static CACHE: std::cell::RefCell<Cache> = const { std::cell::RefCell::new(None) };
    }
    let data = dataset();
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        // Keyed by the dataset itself: the build renders pages of several (council slices).
        match &*cache {
            Some((key, f)) if std::ptr::eq(*key, data) => f.clone(),
            _ => {
                let f = Rc::new(Figures::of(data));
                *cache = Some((data as *const Dataset, f.clone()));
                f
            }
        }
    })
}

/// What councils are told to improve, nationally: the themes chart with the sentences of
/// the latest ILACS year and the first SIF year. The national file is loaded by `boot`, or
/// here after an in-app navigation to the page.
#[component(ThemeTrendsSection)]
fn theme_trends_section() -> Html {
    let Some(t) = crate::hooks::national::use_trends(&dataset().release.to_string()) else {
        return html! {};
    };
    let latest = t.rows.iter().rev().find(|r| r.framework == Framework::Ilacs);
    let earliest = t.rows.iter().find(|r| r.framework == Framework::Sif);
    let chart = PatternChart::Themes;
    html! {
        <section class="pattern" id={chart.segment()} aria-labelledby="themes-title">
            <h2 id="themes-title">{ chart_title(chart) }</h2>
            <p>{ "Every ILACS and SIF report lists what the council must improve. Each point is given themes by published word \
                  rules; this counts how many reports named each theme at least once (a report that names a theme often counts \
                  once). The bars are the ILACS reports of the latest two years, the rings every SIF report of 2014-18. SIF reports \
                  listed many more recommendations than ILACS reports list points, so nearly every theme was named more often \
                  then: compare the order of the themes more than their level." }</p>
            <PatternFigure {chart} tools=true>
                <p>
                    { for latest.map(|r| journeys_core::improvements::trends_sentence(t, r)) }{ " " }
                    { for earliest.map(|r| journeys_core::improvements::trends_sentence(t, r)) }
                </p>
                <p><AppLink to={Route::Findings { theme: None, phrase: None }}>{ "Find the councils whose latest report names a theme" }</AppLink></p>
            </PatternFigure>
        </section>
    }
}

fn themes_table(t: &ThemeTrends) -> Html {
    html! {
        <table class="pattern-table theme-trends">
            <caption>{ "Reports naming each theme, by year of publication and framework (number of reports in brackets)" }</caption>
            <thead><tr>
                <th scope="col">{ "Theme" }</th>
                { for t.rows.iter().map(|r| html! { <th scope="col">{ format!("{} {} ({})", r.year, r.framework.code(), r.reports) }</th> }) }
            </tr></thead>
            <tbody>
                { for t.themes.iter().enumerate().map(|(k, theme)| html! {
                    <tr>
                        <th scope="row">{ theme }</th>
                        { for t.rows.iter().map(|r| html! { <td>{ r.naming[k] }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The heading of each chart's section.
pub fn chart_title(chart: PatternChart) -> &'static str {
    match chart {
        PatternChart::Transitions => "Where councils go next",
        PatternChart::Recovery => "How long recovery from Inadequate takes",
        PatternChart::Aligned => "Journeys through Inadequate, side by side",
        PatternChart::StayingGood => "Do councils judged Good stay Good?",
        PatternChart::Themes => "What councils are told to improve",
    }
}

#[derive(Properties, PartialEq)]
pub struct PatternFigureProps {
    pub chart: PatternChart,
    /// The code of the council drawn strong on the aligned chart.
    #[prop_or_default]
    pub chosen: Option<AttrValue>,
    /// The figure of a pinned release (an embed's `data=`); the page's own dataset if `None`.
    #[prop_or_default]
    pub data: Option<Rc<Dataset>>,
    /// Tables closed by default; no table at all in a static embed.
    #[prop_or(true)]
    pub table: bool,
    /// The page's downloads and embed button under the figure (not in an embed).
    #[prop_or_default]
    pub tools: bool,
    /// More about the chart, between its table and its downloads.
    #[prop_or_default]
    pub children: Html,
}

/// One chart of the patterns: its sentence, the chart laid out for its box, and its table.
#[component(PatternFigure)]
pub fn pattern_figure(props: &PatternFigureProps) -> Html {
    // A pinned release (an embed's `data=`) is computed for its one chart; the page's own
    // dataset once for every chart.
    let (pinned, shared);
    let figures: &Figures = match props.data.as_deref() {
        Some(data) => {
            pinned = Figures::of(data);
            &pinned
        }
        None => {
            shared = page_figures();
            &shared
        }
    };
    let chart_box = use_node_ref();
    let width = use_width(chart_box.clone());
    let chart = props.chart;
    let id = format!("pattern-{}", chart.segment());
    let summary = figures.summary(chart);
    let label = format!("{}: chart. Its figures are in the text and the table.", chart_title(chart));
    let mut size = (0.0, 0.0);
    let charts: Vec<Html> = layout_widths_within(width, PATTERN_BOX_MAX)
        .into_iter()
        .map(|w| {
            let (class, id) = if width.is_some() {
                (classes!("chart-fit"), format!("{id}-chart"))
            } else {
                (classes!("chart-fit", format!("chart-fit-{w}")), format!("{id}-chart-w{w}"))
            };
            let id = AttrValue::from(id);
            let label = AttrValue::from(label.clone());
            let svg = match chart {
                PatternChart::Transitions => {
                    let c = Rc::new(transitions_chart(&figures.transitions, w));
                    size = (c.width, c.height);
                    transitions_chart_view(&ChartProps { id, label, chart: c, chosen: None })
                }
                PatternChart::Recovery => {
                    let c = Rc::new(recovery_chart(&figures.curve, w));
                    size = (c.plot.width, c.plot.height);
                    recovery_chart_view(&ChartProps { id, label, chart: c, chosen: None })
                }
                PatternChart::Aligned => {
                    let c = Rc::new(aligned_chart(&figures.aligned, w));
                    size = (c.plot.width, c.plot.height);
                    aligned_chart_view(&ChartProps { id, label, chart: c, chosen: props.chosen.clone() })
                }
                PatternChart::StayingGood => {
                    let c = Rc::new(staying_chart(&figures.transitions, w));
                    size = (c.width, c.height);
                    staying_chart_view(&ChartProps { id, label, chart: c, chosen: None })
                }
                PatternChart::Themes => match crate::data::trends().and_then(|t| themes_chart(t, w)) {
                    Some(c) => {
                        size = (c.width, c.height);
                        themes_chart_view(&ChartProps { id, label, chart: Rc::new(c), chosen: None })
                    }
                    None => html! {},
                },
            };
            html! { <div {class}>{ svg }</div> }
        })
        .collect();
    let seg = chart.segment();
    let title = chart_title(chart);
    let tools = props.tools.then(|| {
        let csv = figures.csv(chart);
        html! {
            <>
                <Downloads id={format!("{seg}-downloads")} level={3} heading={format!("Download \u{201c}{title}\u{201d}")}
                    csv={Callback::from(move |_| csv.clone())}
                    csv_file={format!("council-journeys-patterns-{seg}.csv")}
                    what={format!("the figures of \u{201c}{title}\u{201d}")}
                    note={AttrValue::Static(". The counts come from every council's inspections, counted as this page explains; the judgements are Ofsted's.")}
                    chart={Some(ChartExport {
                        selector: format!("#{id}-chart").into(),
                        title: title.into(),
                        description: summary.clone().into(),
                        file_stem: format!("council-journeys-patterns-{seg}").into(),
                        width: size.0,
                        height: size.1,
                    })} />
                <EmbedBuilder id={format!("embed-{seg}")} widget={EmbedWidget::Patterns { chart, council: None }}
                    what="chart" {title} />
            </>
        }
    });
    html! {
        <figure class="pattern-figure">
            <figcaption class="pattern-summary">{ summary }</figcaption>
            <div class="chart-box pattern-box" ref={chart_box}>{ for charts }</div>
            if props.table {
                <details class="table-toggle">
                    <summary>{ format!("Show the figures of \u{201c}{title}\u{201d} as a table") }</summary>
                    <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{title}: the table")}>
                        { table(chart, figures) }
                    </div>
                </details>
            }
            { props.children.clone() }
            { for tools }
        </figure>
    }
}

fn table(chart: PatternChart, f: &Figures) -> Html {
    match chart {
        PatternChart::Themes => crate::data::trends().map(themes_table).unwrap_or_default(),
        PatternChart::Transitions => transitions_table(
            &f.transitions,
            &GRADES,
            "Grade at one inspection (rows) and at the next (columns): number of councils",
        ),
        PatternChart::StayingGood => transitions_table(
            &f.transitions,
            &[Grade::Outstanding, Grade::Good],
            "What followed a Good or Outstanding judgement at the next inspection",
        ),
        PatternChart::Recovery => html! {
            <table class="pattern-table">
                <caption>{ "Share of spells in Inadequate (since 2014) recovered to Good or better, by years since the judgement" }</caption>
                <thead><tr>
                    <th scope="col">{ "Years since" }</th><th scope="col">{ "Recovered to Good or better" }</th>
                    <th scope="col">{ "95% interval" }</th><th scope="col">{ "Still at risk" }</th>
                </tr></thead>
                <tbody>
                    { for (1..=10).map(|y| {
                        let y = y as f64;
                        let (lo, hi) = f.curve.interval_at(y);
                        html! {
                            <tr>
                                <th scope="row">{ format!("{y:.0}") }</th>
                                <td>{ percent(f.curve.share_recovered_at(y)) }</td>
                                <td>{ format!("{} to {}", percent(lo), percent(hi)) }</td>
                                <td>{ f.curve.at_risk_at(y) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        },
        PatternChart::Aligned => html! {
            <table class="pattern-table">
                <caption>{ "Every council judged Inadequate overall, from its first Inadequate judgement" }</caption>
                <thead><tr>
                    <th scope="col">{ "Council" }</th><th scope="col">{ "First judged Inadequate" }</th>
                    <th scope="col">{ "Later grades (years after)" }</th><th scope="col">{ "Latest" }</th>
                </tr></thead>
                <tbody>
                    { for f.aligned.iter().map(|j| html! {
                        <tr>
                            <th scope="row"><AppLink to={council_link(&j.council.slug)}>{ &j.council.name }</AppLink></th>
                            <td>{ month_year(j.inadequate.published) }</td>
                            <td>{ later_grades(j) }</td>
                            <td>{ grade_badge(j.latest()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    }
}

fn later_grades(j: &AlignedJourney) -> String {
    let later: Vec<String> =
        j.points.iter().skip(1).map(|(y, g)| format!("{} ({y:.1})", g.label())).collect();
    if later.is_empty() {
        "Not inspected again yet".to_string()
    } else {
        later.join(", ")
    }
}

fn transitions_table(t: &Transitions, from: &[Grade], caption: &str) -> Html {
    html! {
        <table class="pattern-table">
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ "Grade" }</th>
                { for GRADES.iter().map(|g| html! { <th scope="col">{ format!("Next: {}", g.label()) }</th> }) }
                <th scope="col">{ "Total" }</th>
            </tr></thead>
            <tbody>
                { for from.iter().map(|g| {
                    let total = t.from_total(*g);
                    html! {
                        <tr>
                            <th scope="row">{ g.label() }</th>
                            { for GRADES.iter().map(|to| {
                                let n = t.count(*g, *to);
                                html! { <td>{ format!("{n} ({})", percent_of(n, total)) }</td> }
                            }) }
                            <td>{ total }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
pub struct PatternsProps {
    /// A council to draw strong on the aligned chart (`?la=`), by code or slug.
    #[prop_or_default]
    pub council: Option<String>,
}

#[component(PatternsPage)]
pub fn patterns_page(props: &PatternsProps) -> Html {
    let data = dataset();
    let figures = page_figures();
    let by_grade = crate::hooks::national::use_by_grade(&data.release.to_string());
    let chosen = props.council.as_deref().and_then(|k| data.find_council(k));
    use_title(page_title("What happens after Inadequate? National patterns"));
    use_description(format!(
        "{} {}",
        words::from_inadequate_sentence(&figures.transitions),
        words::median_sentence(&figures.curve)
    ));
    let navigator = use_navigator();
    let on_choose = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let value = select.value();
        let council = (!value.is_empty()).then_some(value);
        if let Some(nav) = &navigator {
            nav.replace(&AnyRoute::new(Route::Patterns { council }.to_url()));
        }
    });
    let mut names: Vec<&AlignedJourney> = figures.aligned.iter().filter(|j| j.council.current).collect();
    journeys_core::sort::sort_by_key(&mut names, |j| j.council.name.clone());
    let chosen_journey = chosen.and_then(|c| figures.aligned.iter().find(|j| j.council.code == c.code));
    let grades_href = use_href(&Route::About(AboutPage::Grades));
    let home = use_href(&Route::Home);
    let data_file = |name: &str| format!("{}/data/{name}", home.trim_end_matches('/'));
    let section = |chart: PatternChart, intro: Html, extra: Html, chosen: Option<AttrValue>| {
        let seg = chart.segment();
        html! {
            <section class="pattern" id={seg} aria-labelledby={format!("{seg}-title")}>
                <h2 id={format!("{seg}-title")}>{ chart_title(chart) }</h2>
                { intro }
                <PatternFigure {chart} {chosen} tools=true>{ extra }</PatternFigure>
            </section>
        }
    };
    let eras = &figures.eras;
    html! {
        <article class="patterns-page">
            <h1>{ "What happens after Inadequate?" }</h1>
            <p class="lede">
                { "One council's journey raises the questions everyone asks: is this normal? How long does it take to get out of \
                   Inadequate? Do councils judged Good stay Good? These charts answer them from every council's inspections \
                   since 2009, counted the same way for all." }
            </p>
            <div class="note limits">
                <h2>{ "Read these figures with care" }</h2>
                <ul>
                    <li>{ "Grades are not the same across frameworks: the 2009-13 inspections had Adequate where later ones have \
                          Requires improvement, and what inspectors looked at changed. The charts keep Adequate apart." }</li>
                    <li>{ "Councils are inspected years apart, so a recovery is only seen at the next inspection: a council may have \
                          improved long before inspectors came back." }</li>
                    <li>{ "The numbers are small (a few dozen spells in Inadequate), so a percentage can move a lot with one council." }</li>
                </ul>
                <p>
                    { "How each figure is counted, so anyone can check it: " }
                    <a href={grades_href}>{ "what the grades mean" }</a>
                    { "; the counts are published as " }
                    <a href={data_file("transitions.csv")} download="">{ "transitions.csv" }</a>
                    { " and " }
                    <a href={data_file("recovery.csv")} download="">{ "recovery.csv" }</a>
                    { ", computed from every council's headline series: its SLAC, CPI, SIF and ILACS inspections with an overall grade, \
                       in order of publication." }
                </p>
            </div>
            { section(PatternChart::Transitions, html! {
                <p>{ "Each square counts the times a council with the grade on the left was given the grade above at its next \
                      inspection. Darker squares hold more of their row." }</p>
            }, html! {}, None) }
            { section(PatternChart::Recovery, html! {
                <p>{ "A spell in Inadequate starts at an Inadequate judgement published since 2014 (after one that was not \
                      Inadequate) and ends when the council is next judged Good or Outstanding. Spells still running, or ended by \
                      a council being abolished, count for as long as they are seen (a Kaplan\u{2013}Meier estimate)." }</p>
            }, html! {
                <>
                    <h3>{ "Under the single inspection framework and under ILACS" }</h3>
                    if words::eras_comparable(eras) {
                        <ul class="eras">
                            { for eras.iter().map(|(fw, c)| html! { <li>{ words::era_sentence(*fw, c) }</li> }) }
                        </ul>
                        <p>{ "The 95% intervals say how sure each figure is: where they overlap, the difference between the eras may \
                              be chance." }</p>
                    } else {
                        <p>{ "There are too few spells in one of the eras to compare them." }</p>
                    }
                    <h3>{ "Councils still Inadequate" }</h3>
                    if figures.still.is_empty() {
                        <p>{ "No council's latest inspection is Inadequate." }</p>
                    } else {
                        <p>
                            { format!("{} latest inspection is Inadequate: ", if figures.still.len() == 1 { "One council's".to_string() } else { format!("{} councils'", figures.still.len()) }) }
                            { for figures.still.iter().enumerate().map(|(k, c)| html! {
                                <>
                                    if k > 0 { { if k + 1 == figures.still.len() { " and " } else { ", " } } }
                                    <AppLink to={council_link(&c.slug)}>{ &c.name }</AppLink>
                                </>
                            }) }
                            { "." }
                        </p>
                    }
                </>
            }, None) }
            { section(PatternChart::Aligned, html! {
                <>
                    <p>{ "Every council ever judged Inadequate overall, each line starting at its first Inadequate judgement. \
                          Choose a council to draw its journey strong." }</p>
                    <p class="aligned-choose">
                        <label for="aligned-council">{ "Show a council" }</label>
                        <select id="aligned-council" onchange={on_choose}>
                            <option value="" selected={chosen_journey.is_none()}>{ "None" }</option>
                            { for names.iter().map(|j| html! {
                                <option value={j.council.slug.clone()} selected={chosen_journey.is_some_and(|c| c.council.code == j.council.code)}>
                                    { &j.council.name }
                                </option>
                            }) }
                        </select>
                    </p>
                    <p class="aligned-chosen" aria-live="polite">
                        { match (chosen, chosen_journey) {
                            (_, Some(j)) => words::council_aligned_sentence(j),
                            (Some(c), None) => format!("{} has never been judged Inadequate overall, so it is not on this chart.", c.name),
                            (None, None) => String::new(),
                        } }
                    </p>
                </>
            }, html! {}, chosen_journey.map(|j| AttrValue::from(j.council.code.clone()))) }
            <ThemeTrendsSection />
            if let Some(figures) = by_grade {
                <by_grade::ByGradeSection {figures} />
            }
            { section(PatternChart::StayingGood, html! {
                <p>{ "What the next inspection found after a council was judged Outstanding or Good. Each bar is split by the \
                      next grade, with its code written in." }</p>
            }, html! {}, None) }
        </article>
    }
}
