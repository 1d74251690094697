//! Records on their way into the dataset: an inspection or event with the source line it
//! came from and the URN it was filed under, before councils are attributed and the whole
//! set is checked.

use crate::problem::Origin;
use journeys_core::model::{Event, Inspection};

#[derive(Debug, Clone)]
pub struct SourcedInspection {
    pub inspection: Inspection,
    pub origin: Origin,
}

#[derive(Debug, Clone)]
pub struct SourcedEvent {
    pub event: Event,
    pub origin: Origin,
}
