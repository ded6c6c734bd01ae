//! The words of writing and previewing the memo and the decision list (issue 14), Dutch and English.
//! A file of its own below `locale.rs`, so that these screens add one variant there (`Ui::Export`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportUi {
    /// The choice of format for the memo.
    MemoAs,
    /// The choice of format for the decision and action list.
    DecisionsAs,
    Docx,
    Markdown,
    /// The prompt for the file.
    SaveAs,
    MemoWritten,
    DecisionsWritten,
    ActionListAs,
    ActionListWritten,
    KeyExportActionList,
    /// The preview's title when it shows the markdown itself.
    PreviewMarkdown,
    KeyShowMarkdown,
    KeyExportDecisions,
    // The file named at `x` exists already (F24): a choice, never a silent overwrite.
    /// "{}" is the file name.
    ExistingTitle,
    /// "{}" is the free name beside it.
    ExistingNewName,
    ExistingOverwrite,
    ExistingEdit,
    ExistingKept,
}

impl ExportUi {
    pub fn words(self) -> (&'static str, &'static str) {
        use ExportUi::*;
        match self {
            MemoAs => ("Memo schrijven als", "Write the memo as"),
            DecisionsAs => ("Besluiten- en actielijst schrijven als", "Write the decision and action list as"),
            Docx => ("Word-document (.docx)", "Word document (.docx)"),
            Markdown => ("Markdown (.md)", "Markdown (.md)"),
            SaveAs => ("Opslaan als (Tab vult aan)", "Save as (Tab completes)"),
            MemoWritten => ("Memo geschreven naar {}", "Memo written to {}"),
            DecisionsWritten => {
                ("Besluiten- en actielijst geschreven naar {}", "Decision and action list written to {}")
            }
            ActionListAs => ("Actielijst schrijven als", "Write the action list as"),
            ActionListWritten => ("Actielijst geschreven naar {}", "Action list written to {}"),
            KeyExportActionList => ("lijst schrijven (zoals getoond)", "write the list (as shown)"),
            PreviewMarkdown => ("markdown", "markdown"),
            KeyShowMarkdown => ("opgemaakt / markdown", "rendered / markdown"),
            KeyExportDecisions => ("lijst schrijven", "write the list"),
            ExistingTitle => ("{} bestaat al — overschrijven?", "{} exists already — overwrite it?"),
            ExistingNewName => ("Nee, schrijf naar {}", "No, write to {}"),
            ExistingOverwrite => {
                ("Ja, overschrijven (de oude inhoud is weg)", "Yes, overwrite it (the old content is lost)")
            }
            ExistingEdit => ("Andere naam typen", "Type another name"),
            ExistingKept => (
                "Niets geschreven; het bestaande bestand is ongewijzigd.",
                "Nothing written; the existing file is unchanged.",
            ),
        }
    }
}
