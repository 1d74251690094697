//! The national chart of what councils are told to improve: for each theme, the share of
//! recent ILACS reports (the latest two years with reports) that named it, as a bar, beside
//! the share of every SIF report (2014-18), as a ring; themes in order of the recent share.
//! Pooling two years and the whole SIF era keeps each share on dozens of reports, not a
//! handful. Laid out for a width in CSS pixels, so its text keeps its size on a phone; the
//! view prints it, and the sentence and CSV say the same in words and numbers.

use super::{in_sentence, ThemeTrends};
use crate::chart::text_width;
use crate::model::Framework;
use crate::patterns::charts::{Tick, FONT};

/// Reports of some years of one framework, pooled.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub framework: Framework,
    pub first: i32,
    pub last: i32,
    pub reports: usize,
    /// Per theme (in theme-list order): reports naming it at least once.
    pub naming: Vec<usize>,
}

impl Period {
    /// "ILACS reports of 2025-2026 (75)".
    pub fn label(&self) -> String {
        let years = if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}\u{2013}{}", self.first, self.last)
        };
        format!("{} reports of {years} ({})", self.framework.code(), self.reports)
    }

    pub fn share(&self, theme: usize) -> f64 {
        if self.reports == 0 {
            0.0
        } else {
            self.naming[theme] as f64 / self.reports as f64
        }
    }

    fn pool<'a>(
        framework: Framework,
        rows: impl Iterator<Item = &'a super::YearThemes>,
        themes: usize,
    ) -> Option<Period> {
        let mut p: Option<Period> = None;
        for r in rows.filter(|r| r.framework == framework) {
            let q = p.get_or_insert(Period {
                framework,
                first: r.year,
                last: r.year,
                reports: 0,
                naming: vec![0; themes],
            });
            q.first = q.first.min(r.year);
            q.last = q.last.max(r.year);
            q.reports += r.reports;
            for (n, k) in q.naming.iter_mut().zip(&r.naming) {
                *n += k;
            }
        }
        p
    }
}

/// The two periods compared: the latest two years of ILACS reports, and every SIF report.
pub fn periods(t: &ThemeTrends) -> Option<(Period, Period)> {
    let n = t.themes.len();
    let mut years: Vec<i32> =
        t.rows.iter().filter(|r| r.framework == Framework::Ilacs).map(|r| r.year).collect();
    years.dedup();
    let recent: Vec<i32> = years.iter().rev().take(2).copied().collect();
    let now = Period::pool(Framework::Ilacs, t.rows.iter().filter(|r| recent.contains(&r.year)), n)?;
    let then = Period::pool(Framework::Sif, t.rows.iter(), n)?;
    Some((now, then))
}

/// A percentage of reports, rounded: "41%".
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThemeRow {
    pub theme: String,
    /// Baseline of the theme's name, above its bar.
    pub label_y: f64,
    /// Top of the bar.
    pub bar_y: f64,
    /// Bar end (recent share) and ring centre (SIF share).
    pub now_x: f64,
    pub then_x: f64,
    /// "41% (SIF 30%)", after the bar or the ring, whichever ends further right.
    pub text: String,
    pub text_x: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThemesChart {
    pub width: f64,
    pub height: f64,
    pub x0: f64,
    pub x1: f64,
    pub bar_height: f64,
    /// The key: the bar's period and the ring's, each on its own line.
    pub key_now: (f64, String),
    pub key_then: (f64, String),
    pub rows: Vec<ThemeRow>,
    pub ticks: Vec<Tick>,
    pub axis_y: f64,
}

const ROW: f64 = 40.0;
pub const BAR: f64 = 12.0;

/// Themes in the order the chart shows them: most named in the recent reports first.
pub fn order(now: &Period) -> Vec<usize> {
    let mut order: Vec<usize> = (0..now.naming.len()).collect();
    crate::sort::sort_by_key(&mut order, |k| std::cmp::Reverse(now.naming[*k]));
    order
}

pub fn themes_chart(t: &ThemeTrends, width: f64) -> Option<ThemesChart> {
    let (now, then) = periods(t)?;
    // Room for half the "0%" label, centred on the axis' start.
    let x0 = 12.0;
    let room = text_width("100% (SIF 100%)", FONT) + 10.0;
    let x1 = width - room;
    let x = |share: f64| x0 + share.clamp(0.0, 1.0) * (x1 - x0);
    let top = 2.0 * (FONT + 8.0) + 8.0;
    let rows: Vec<ThemeRow> = order(&now)
        .into_iter()
        .enumerate()
        .map(|(n, k)| {
            let label_y = top + ROW * n as f64 + FONT;
            let (now_x, then_x) = (x(now.share(k)), x(then.share(k)));
            ThemeRow {
                theme: t.themes[k].clone(),
                label_y,
                bar_y: label_y + 6.0,
                now_x,
                then_x,
                text: format!("{} (SIF {})", percent(now.share(k)), percent(then.share(k))),
                text_x: now_x.max(then_x + 6.0) + 8.0,
            }
        })
        .collect();
    let axis_y = top + ROW * rows.len() as f64 + FONT + 4.0;
    let ticks = [0.0, 0.25, 0.5, 0.75, 1.0].iter().map(|s| Tick { at: x(*s), label: percent(*s) }).collect();
    Some(ThemesChart {
        width,
        height: axis_y + 6.0,
        x0,
        x1,
        bar_height: BAR,
        key_now: (FONT + 2.0, now.label()),
        key_then: (2.0 * FONT + 10.0, then.label()),
        rows,
        ticks,
        axis_y,
    })
}

/// The chart in one sentence: the themes most named now, and what moved most since SIF.
pub fn themes_chart_sentence(t: &ThemeTrends) -> String {
    let Some((now, then)) = periods(t) else {
        return "There are too few reports to compare.".to_string();
    };
    let order = order(&now);
    let top: Vec<String> = order
        .iter()
        .take(3)
        .map(|k| format!("{} ({})", in_sentence(&t.themes[*k]), percent(now.share(*k))))
        .collect();
    let mut change: Vec<usize> = (0..t.themes.len()).collect();
    crate::sort::sort_by_key(&mut change, |k| {
        std::cmp::Reverse(((now.share(*k) - then.share(*k)).abs() * 1000.0).round() as i64)
    });
    let moved = change.first().map(|k| {
        let (a, b) = (then.share(*k), now.share(*k));
        format!(
            " The biggest change since the SIF reports is {}: named in {} of them, against {} now.",
            in_sentence(&t.themes[*k]),
            percent(a),
            percent(b)
        )
    });
    // Where most themes were named more often then, the lists were longer then: say so, so the
    // change is not read as councils having improved.
    let higher_then = (0..t.themes.len()).filter(|k| then.share(*k) > now.share(*k)).count();
    let longer = if 2 * higher_then > t.themes.len() {
        " SIF reports listed more recommendations, so most themes were named more often then."
    } else {
        ""
    };
    format!(
        "Of the {} published in {}\u{2013}{}, the share naming each theme was highest for {}.{}{longer}",
        crate::text::count(now.reports, "ILACS report", "ILACS reports"),
        now.first,
        now.last,
        crate::text::join_and(&top),
        moved.unwrap_or_default()
    )
}
