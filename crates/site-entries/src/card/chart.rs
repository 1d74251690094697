//! A journey chart on a card: the marks `journeys_core::chart` computes, printed as SVG with
//! the colours written in (the site's chart takes them from the stylesheet's classes; a card
//! has no stylesheet). The shapes are the site's (`src/components/chart_marks.rs`): a circle
//! for a whole-service inspection, a diamond for child protection, a square for looked after
//! children; on the events lane, circles for visits, squares for notices, triangles for news
//! and hollow diamonds for inspections with no overall grade.

use super::palette::Palette;
use super::x;
use journeys_core::chart::{council_chart, JourneyChart, LaneShape};
use journeys_core::journey::release_date;
use journeys_core::model::{Council, Dataset, Scope};

fn diamond(x: f64, y: f64, r: f64) -> String {
    format!("M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z", y - r, x + r, y + r, x - r)
}

/// The council's chart scaled into the box `(left, top, right, height)`: drawn at the width
/// that, once scaled to fit the box's height, fills its width (so the chart's own layout
/// decides the labels, as on the site). Returns the geometry too.
pub fn council(
    data: &Dataset,
    c: &Council,
    p: &Palette,
    area: (f64, f64, f64, f64),
) -> (JourneyChart, String) {
    let (left, top, right, height) = area;
    let width = right - left;
    let until = release_date(data);
    // The chart's height does not depend on its width; at least 1.3 times the site's size.
    let probe = council_chart(data, c, until, 800.0);
    let scale = (height / probe.height).min(width / 800.0).max(1.0);
    let chart = council_chart(data, c, until, width / scale);
    let dy = top + (height - chart.height * scale) / 2.0;
    let svg = format!(
        "<g transform=\"translate({left:.1} {dy:.1}) scale({scale:.3})\" font-size=\"12\">\n{}</g>\n",
        print(&chart, p)
    );
    (chart, svg)
}

/// The chart's elements, in the order the site draws them.
fn print(c: &JourneyChart, p: &Palette) -> String {
    let mut s = String::new();
    for b in &c.bands {
        if b.shaded {
            s.push_str(&format!(
                "<rect x=\"{:.1}\" y=\"0\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\"/>\n",
                b.x, b.width, c.y_bottom, p.panel
            ));
        }
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"14\" font-size=\"11.5\" fill=\"{}\">{}</text>\n",
            b.x + 6.0,
            p.muted,
            x(b.label)
        ));
    }
    for r in &c.rows {
        s.push_str(&format!(
            "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-dasharray=\"2 3\"/>\n",
            c.x0, c.x1, r.y, r.y, p.line
        ));
        for l in &r.lines {
            let style = if l.note {
                format!("font-size=\"10.5\" fill=\"{}\"", p.muted)
            } else {
                format!("font-weight=\"bold\" fill=\"{}\"", p.fg)
            };
            s.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" {style}>{}</text>\n",
                c.x0 - 8.0,
                l.y,
                x(l.text)
            ));
        }
    }
    s.push_str(&format!(
        "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\"/>\n",
        c.x0, c.x1, c.y_bottom, c.y_bottom, p.muted
    ));
    for t in &c.ticks {
        let len = if t.label.is_empty() { 3.0 } else { 6.0 };
        s.push_str(&format!(
            "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\"/>\n",
            t.x,
            t.x,
            c.y_bottom,
            c.y_bottom + len,
            p.muted
        ));
        if !t.label.is_empty() {
            s.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
                t.x,
                c.y_bottom + 19.0,
                p.fg,
                x(&t.label)
            ));
        }
    }
    s.push_str(&format!(
        "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\"/>\n",
        c.x0, c.x1, c.lane_y, c.lane_y, p.line
    ));
    s.push_str(&format!(
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-weight=\"bold\" fill=\"{}\">{}</text>\n",
        c.x0 - 8.0,
        c.lane_y + 4.0,
        p.fg,
        x(c.lane_label)
    ));
    for g in &c.segments {
        let dash = if g.dashed { " stroke-dasharray=\"6 5\"" } else { "" };
        s.push_str(&format!(
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"2\"{dash}/>\n",
            g.x1, g.y1, g.x2, g.y2, p.fg
        ));
    }
    for e in &c.events {
        let (fill, stroke, sw) = match e.shape {
            LaneShape::Inspection => (&p.bg, &p.fg, 2.0),
            _ => (&p.muted, &p.bg, 1.5),
        };
        let paint = format!("fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{sw}\"");
        let (ex, ey) = (e.x, e.y);
        s.push_str(&match e.shape {
            LaneShape::Inspection => format!("<path d=\"{}\" {paint}/>\n", diamond(ex, ey, 8.0)),
            LaneShape::Notice => {
                format!(
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\" {paint}/>\n",
                    ex - 6.0,
                    ey - 6.0
                )
            }
            LaneShape::News => format!(
                "<path d=\"M{ex:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" {paint}/>\n",
                ey - 8.0,
                ex + 7.0,
                ey + 6.0,
                ex - 7.0,
                ey + 6.0
            ),
            LaneShape::Visit => format!("<circle cx=\"{ex:.1}\" cy=\"{ey:.1}\" r=\"5\" {paint}/>\n"),
        });
    }
    for m in &c.marks {
        let paint = if m.predecessor {
            format!("fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"", p.bg, p.fg)
        } else {
            format!("fill=\"{}\" stroke=\"{}\" stroke-width=\"2.5\"", p.grade(Some(m.grade)), p.bg)
        };
        let (mx, my) = (m.x, m.y);
        s.push_str(&match m.scope {
            Scope::WholeService => format!("<circle cx=\"{mx:.1}\" cy=\"{my:.1}\" r=\"7\" {paint}/>\n"),
            Scope::ChildProtection => format!("<path d=\"{}\" {paint}/>\n", diamond(mx, my, 8.5)),
            Scope::LookedAfter => {
                format!(
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"13\" height=\"13\" {paint}/>\n",
                    mx - 6.5,
                    my - 6.5
                )
            }
        });
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{}\" font-weight=\"bold\" fill=\"{}\" stroke=\"{}\" \
             stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">{}</text>\n",
            m.label_x,
            m.label_y,
            m.anchor.as_str(),
            p.fg,
            p.bg,
            x(&m.text)
        ));
    }
    s
}
