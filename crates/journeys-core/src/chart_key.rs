//! The key under a journey chart: what its marks, lines and lane shapes mean, listing only
//! what the chart at hand draws, so a reader never has to guess what a diamond is.

use crate::chart::{JourneyChart, LaneShape};
use crate::model::Scope;

/// A symbol as the chart draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Symbol {
    /// A mark of the given scope, filled with the grade's colour.
    Mark(Scope),
    /// A hollow mark: an inspection of a council this one replaced.
    Predecessor,
    Line,
    DashedLine,
    Lane(LaneShape),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyItem {
    pub symbol: Symbol,
    pub text: &'static str,
}

/// The key of `chart`, in the order the eye meets things: marks, lines, then the lane.
pub fn key(chart: &JourneyChart) -> Vec<KeyItem> {
    let mut out = Vec::new();
    let mut add = |present: bool, symbol: Symbol, text: &'static str| {
        if present {
            out.push(KeyItem { symbol, text });
        }
    };
    let has = |scope: Scope| chart.marks.iter().any(|m| m.scope == scope);
    add(has(Scope::WholeService), Symbol::Mark(Scope::WholeService), "Inspection of the whole service");
    add(
        has(Scope::ChildProtection),
        Symbol::Mark(Scope::ChildProtection),
        "Inspection of child protection only (2012-13)",
    );
    add(
        has(Scope::LookedAfter),
        Symbol::Mark(Scope::LookedAfter),
        "Inspection of services for looked after children only",
    );
    add(
        chart.marks.iter().any(|m| m.predecessor),
        Symbol::Predecessor,
        "Hollow: an inspection of a council this one replaced",
    );
    add(chart.segments.iter().any(|s| !s.dashed), Symbol::Line, "Line: from one inspection to the next");
    add(
        chart.segments.iter().any(|s| s.dashed),
        Symbol::DashedLine,
        "Dashed: the framework changed, so the grades are not on quite the same scale",
    );
    let lane = |shape: LaneShape| chart.events.iter().any(|e| e.shape == shape);
    add(
        lane(LaneShape::Visit),
        Symbol::Lane(LaneShape::Visit),
        "Visit (focused, monitoring or unannounced): no grade",
    );
    add(lane(LaneShape::Inspection), Symbol::Lane(LaneShape::Inspection), "Inspection with no overall grade");
    add(lane(LaneShape::Notice), Symbol::Lane(LaneShape::Notice), "Notice, direction or letter");
    add(lane(LaneShape::News), Symbol::Lane(LaneShape::News), "News report");
    out
}
