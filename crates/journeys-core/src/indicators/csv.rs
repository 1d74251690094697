//! The council's context figures as a CSV download of their own (the inspections' CSV keeps
//! its columns): one row per area, figure and year the council has a value for, the value as
//! published with a code's meaning beside it, and the source and licence on every row.
//! `docs/DATASET.md` documents the columns.

use super::{Code, CouncilContext, Indicator, Value};
use crate::export::write;

pub const CONTEXT_HEADER: [&str; 10] = [
    "council_code",
    "council_name",
    "area",
    "indicator",
    "year",
    "as_at",
    "value",
    "value_meaning",
    "definition",
    "source",
];

/// The CSV of `ctx`: the council's rows, then England's and the region's for the same years.
pub fn context_csv(ctx: &CouncilContext) -> String {
    let mut rows = Vec::new();
    let source = format!(
        "{} ({})",
        ctx.licence,
        ctx.sources.iter().map(|s| s.path.as_str()).collect::<Vec<_>>().join("; ")
    );
    for indicator in Indicator::ALL {
        let Some(own) = ctx.council.figures.get(&indicator) else { continue };
        for area in
            std::iter::once(&ctx.council).chain(std::iter::once(&ctx.england)).chain(ctx.region.as_ref())
        {
            for (year, _) in own {
                let Some(value) = area.value(indicator, *year) else { continue };
                let (month, day) = indicator.day();
                let meaning = match value {
                    Value::Code(c) => Code::meaning(*c).to_string(),
                    Value::Number(_) => String::new(),
                };
                rows.push(vec![
                    ctx.code.clone(),
                    ctx.council.name.clone(),
                    area.name.clone(),
                    indicator.key().to_string(),
                    year.to_string(),
                    format!("{year}-{month:02}-{day:02}"),
                    value.text().to_string(),
                    meaning,
                    indicator.definition().to_string(),
                    source.clone(),
                ]);
            }
        }
    }
    write(&CONTEXT_HEADER, &rows)
}
