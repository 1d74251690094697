//! One module per route. Pages look values up and hand them to components.

pub mod about;
pub mod about_explained;
pub mod compare;
pub mod council;
pub mod councils;
pub mod embed;
pub mod findings;
pub mod glossary;
pub mod home;
pub mod not_found;
pub mod patterns;
pub mod present;
pub mod worksheet;
