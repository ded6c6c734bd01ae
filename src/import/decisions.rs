//! Parsing a decision list (CSV/TSV or besluitenlijst text) into decisions.
