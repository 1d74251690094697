//! Grade words in the sources: lower-case in the ILACS history, title case in the derived
//! files and the additions. Anything else is an unknown grade and a problem.

use journeys_core::model::Grade;

/// A grade as the ILACS history writes it (`requires improvement`).
pub fn parse_lower(s: &str) -> Option<Grade> {
    match s {
        "outstanding" => Some(Grade::Outstanding),
        "good" => Some(Grade::Good),
        "requires improvement" => Some(Grade::RequiresImprovement),
        "inadequate" => Some(Grade::Inadequate),
        _ => None,
    }
}

/// A grade as the derived files and the additions write it (`Requires improvement`).
pub fn parse_title(s: &str) -> Option<Grade> {
    match s {
        "Outstanding" => Some(Grade::Outstanding),
        "Good" => Some(Grade::Good),
        "Requires improvement" => Some(Grade::RequiresImprovement),
        "Adequate" => Some(Grade::Adequate),
        "Inadequate" => Some(Grade::Inadequate),
        "Not judged" => Some(Grade::NotJudged),
        _ => None,
    }
}
