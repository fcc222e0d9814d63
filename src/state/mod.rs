//! The app's state: answers as typed, their encoding in the URL fragment, number reading.

pub mod answers;
pub mod base64url;
pub mod codec;
pub mod ics;
pub mod numbers;
pub mod plausible;
