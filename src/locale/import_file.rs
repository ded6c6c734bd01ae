//! The words of reading an agenda from a file on the import screen (issue 12), Dutch and English.
//! A file of its own below `locale.rs`, so that this adds one variant there (`Ui::ImportFile`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportFileUi {
    /// Ctrl-O in help and on the status line.
    KeyReadFile,
    /// The path prompt.
    AskPath,
    /// Drawn while the reader works: "{}" is the file's name.
    Reading,
    /// The file was read but holds no numbered lines: "{}" is the file's name.
    NoItems,
    /// The preview's left column when the text came from a file: "{}" is the file's name.
    FromFile,
    /// `I` on the meetings list, in help.
    KeyNewFromFile,
}

impl ImportFileUi {
    pub fn words(self) -> (&'static str, &'static str) {
        use ImportFileUi::*;
        match self {
            KeyReadFile => ("bestand lezen…", "read a file…"),
            AskPath => (
                "Bestand met de agenda: Word, pdf, web, tekst of mail (Tab vult aan)",
                "File with the agenda: Word, PDF, web, text or mail (Tab completes)",
            ),
            Reading => ("Bezig met lezen van {}…", "Reading {}…"),
            NoItems => (
                "{} bevat geen agendapunten (geen genummerde regels zoals \"1. Opening\"); er is niets veranderd.",
                "{} holds no agenda items (no numbered lines such as \"1. Opening\"); nothing was changed.",
            ),
            FromFile => ("Tekst uit {}", "Text from {}"),
            KeyNewFromFile => (
                "agenda of mail inlezen als nieuwe vergadering (bestand)",
                "import an agenda or mail as a new meeting (file)",
            ),
        }
    }
}
