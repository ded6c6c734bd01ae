//! Parsing a pasted agenda text into items (issue: import an agenda).
