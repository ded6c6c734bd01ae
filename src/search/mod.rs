//! Fuzzy search over past decisions and agenda items (the search issue).
