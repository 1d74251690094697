//! Routes: placeholder
