//! Embeds for news articles: the snippets the embed builder offers, and the dataset as it stood at a pinned release.
//! `docs/EMBED.md` documents the messages and options for newsrooms; keep the two in step.

use crate::journey::release_date;
use crate::model::{Council, Dataset};
use crate::route::{EmbedOptions, EmbedWidget, Route};
use chrono::NaiveDate;

/// The attribute that marks the plain snippet's iframe for the resizer script.
pub const IFRAME_MARK: &str = "data-council-journeys";

/// Where the resizer script the plain snippet loads lives, under the site's base URL: a few
/// hundred bytes (`assets/embed-resize.js`) that set each marked iframe's height from its
/// widget's own height message, after checking the message comes from the site's origin.
pub const RESIZER_PATH: &str = "embed-resize.js";

/// Escapes text for an HTML attribute value in double quotes (and for text content). A single
/// quote needs no escape there, and "children's" reads better in a snippet left as it is.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// What the embed builder asks: the widget, and the options a newsroom may choose.
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetRequest {
    pub widget: EmbedWidget,
    pub options: EmbedOptions,
    /// The iframe's accessible name, e.g. "Leeds: children's services inspections".
    pub title: String,
}

impl SnippetRequest {
    /// The embed's URL under `site` (the site's absolute base URL, e.g.
    /// `https://example.org/journeys/`). The Pym child id is never part of it: Pym adds its own.
    pub fn url(&self, site: &str) -> String {
        let options = EmbedOptions { child_id: None, ..self.options.clone() };
        let route = Route::Embed { widget: self.widget.clone(), options };
        format!("{}{}", site.trim_end_matches('/'), route.to_url())
    }

    /// A first height for the iframe before the widget reports its own (and where the
    /// resizer script cannot run): what each widget needs on a phone, about 375 px wide, so its
    /// legend and source line are not cut off (measured in a 343 px frame, a 375 px phone's article
    /// column); on a wider page the resizer then shrinks it.
    pub fn initial_height(&self) -> u32 {
        match &self.widget {
            EmbedWidget::Council { .. } => 1400,
            EmbedWidget::Compare { councils } => 360 + 1100 * councils.len().clamp(1, 8) as u32,
            EmbedWidget::Map => 1080,
            EmbedWidget::Patterns { .. } => 900,
        }
    }

    /// The plain snippet: the iframe and the site's own resizer script, which listens for the
    /// widget's height message (as Datawrapper's responsive embed does).
    pub fn iframe(&self, site: &str) -> String {
        format!(
            "<iframe {IFRAME_MARK} title=\"{}\" src=\"{}\" loading=\"lazy\" style=\"width:100%;border:0\" height=\"{}\"></iframe>\
             <script async src=\"{}\"></script>",
            escape_html(&self.title),
            escape_html(&self.url(site)),
            self.initial_height(),
            escape_html(&format!("{}/{RESIZER_PATH}", site.trim_end_matches('/')))
        )
    }

    /// The one-line Pym.js alternative: Pym's own script finds `data-pym-src` and resizes the
    /// iframe it creates from the widget's messages.
    pub fn pym(&self, site: &str) -> String {
        format!(
            "<div data-pym-src=\"{}\" data-pym-title=\"{}\"></div><script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>",
            escape_html(&self.url(site)),
            escape_html(&self.title)
        )
    }
}

/// The dataset as it stood at `day`: inspections published and events dated on or before it,
/// with `release` set to that day. Councils are kept whole, so links and names still work.
pub fn as_of(data: &Dataset, day: NaiveDate) -> Dataset {
    Dataset {
        release: day,
        inspections: data.inspections.iter().filter(|i| i.published <= day).cloned().collect(),
        events: data.events.iter().filter(|e| e.published.unwrap_or(e.date) <= day).cloned().collect(),
        ..data.clone()
    }
}

/// The release an embed pins, if it asks for one this dataset can show: a `data=` date on or
/// after the release is simply the current data.
pub fn pinned_day(data: &Dataset, options: &EmbedOptions) -> Option<NaiveDate> {
    let day = crate::date::parse_strict(options.data.as_deref()?).ok()?;
    (day < release_date(data)).then_some(day)
}

/// How many of `councils`' inspections (their predecessors' included) were published after
/// `day`: what a pinned embed leaves out.
pub fn newer_inspections(data: &Dataset, councils: &[&Council], day: NaiveDate) -> usize {
    councils.iter().flat_map(|c| crate::journey::inspections(data, c)).filter(|i| i.published > day).count()
}

/// How many inspections a widget pinned to `day` leaves out of the full `data`: those of its
/// council or of the councils its comparison shows (`newer_inspections`), or for the map every
/// inspection published after `day`.
pub fn newer_for_widget(data: &Dataset, widget: &EmbedWidget, day: NaiveDate) -> usize {
    match widget {
        EmbedWidget::Council { key } => {
            data.find_council(key).map_or(0, |c| newer_inspections(data, &[c], day))
        }
        EmbedWidget::Compare { councils } => {
            let selection = crate::compare::selection::Selection::resolve(data, councils);
            let chosen: Vec<&Council> = selection.codes.iter().filter_map(|c| data.council(c)).collect();
            newer_inspections(data, &chosen, day)
        }
        EmbedWidget::Map | EmbedWidget::Patterns { .. } => {
            data.inspections.iter().filter(|i| i.published > day).count()
        }
    }
}
