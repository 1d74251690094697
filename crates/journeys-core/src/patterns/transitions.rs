//! Where councils go next: every pair of consecutive inspections in a headline series,
//! counted by (grade before, grade after). Adequate (the 2009-13 scale) is kept apart from
//! Requires improvement, since the two are not the same judgement.

use super::series::Series;
use crate::model::Grade;

/// The grades of a headline series, best first: the rows and columns of the transitions.
pub const GRADES: [Grade; 5] =
    [Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Adequate, Grade::Inadequate];

fn index(g: Grade) -> Option<usize> {
    GRADES.iter().position(|x| *x == g)
}

/// Counts of consecutive pairs: `counts[from][to]`, indices into `GRADES`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Transitions {
    pub counts: [[usize; 5]; 5],
}

impl Transitions {
    pub fn count(&self, from: Grade, to: Grade) -> usize {
        match (index(from), index(to)) {
            (Some(f), Some(t)) => self.counts[f][t],
            _ => 0,
        }
    }

    /// How many pairs start at `from`.
    pub fn from_total(&self, from: Grade) -> usize {
        index(from).map_or(0, |f| self.counts[f].iter().sum())
    }

    /// How many pairs start at one of `from` and end at one of `to`.
    pub fn between(&self, from: &[Grade], to: &[Grade]) -> usize {
        from.iter().flat_map(|f| to.iter().map(move |t| self.count(*f, *t))).sum()
    }

    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    /// The non-zero pairs, from best to worst grade and then to best to worst.
    pub fn rows(&self) -> Vec<(Grade, Grade, usize)> {
        let mut out = Vec::new();
        for (f, from) in GRADES.iter().enumerate() {
            for (t, to) in GRADES.iter().enumerate() {
                if self.counts[f][t] > 0 {
                    out.push((*from, *to, self.counts[f][t]));
                }
            }
        }
        out
    }
}

/// The transitions of these headline series.
pub fn transitions(serieses: &[Series]) -> Transitions {
    let mut t = Transitions::default();
    for s in serieses {
        for pair in s.inspections.windows(2) {
            if let (Some(f), Some(to)) = (index(pair[0].1), index(pair[1].1)) {
                t.counts[f][to] += 1;
            }
        }
    }
    t
}
