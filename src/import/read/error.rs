//! Why a file could not be read, as one sentence in the user's language.

use crate::locale::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Io {
        name: String,
        detail: String,
    },
    IsDirectory {
        name: String,
    },
    /// No file by that name (a typo in the path, or a file moved away).
    Missing {
        name: String,
    },
    /// 0 bytes: a download or copy that went wrong.
    Empty {
        name: String,
    },
    TooLarge {
        name: String,
        limit_mb: u64,
    },
    /// Named .docx but not a zip archive.
    NotZip {
        name: String,
    },
    ZipDamaged {
        name: String,
        detail: String,
    },
    /// A zip archive without `word/document.xml` (an .xlsx, .odt, or a plain zip).
    NotWord {
        name: String,
    },
    /// Unpacks to more than the limit, or holds too many entries.
    ZipBomb {
        name: String,
        limit_mb: u64,
    },
    WordDamaged {
        name: String,
        detail: String,
    },
    /// The old binary Office format (.doc, .xls, .msg).
    OldOffice {
        name: String,
    },
    Rtf {
        name: String,
    },
    /// Some other binary file (an image, a program).
    Binary {
        name: String,
    },
    PdfNoText {
        name: String,
    },
    PdfEncrypted {
        name: String,
    },
    PdfDamaged {
        name: String,
        detail: String,
    },
    PdfTooLong {
        name: String,
        pages: usize,
        limit: usize,
    },
    PdfTooSlow {
        name: String,
        seconds: u64,
    },
    HtmlDamaged {
        name: String,
        detail: String,
    },
}

impl ReadError {
    pub fn text(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            ReadError::Io { name, detail } if nl => format!("kan {name} niet lezen: {detail}"),
            ReadError::Io { name, detail } => format!("cannot read {name}: {detail}"),
            ReadError::Missing { name } if nl => format!("{name} bestaat niet (een tikfout in het pad?)"),
            ReadError::Missing { name } => format!("{name} does not exist (a typo in the path?)"),
            ReadError::IsDirectory { name } if nl => format!("{name} is een map, geen bestand"),
            ReadError::IsDirectory { name } => format!("{name} is a directory, not a file"),
            ReadError::Empty { name } if nl => format!("{name} is leeg (0 bytes)"),
            ReadError::Empty { name } => format!("{name} is empty (0 bytes)"),
            ReadError::TooLarge { name, limit_mb } if nl => {
                format!("{name} is groter dan {limit_mb} MB, te groot voor een agenda of besluitenlijst")
            }
            ReadError::TooLarge { name, limit_mb } => {
                format!("{name} is larger than {limit_mb} MB, too large for an agenda or decision list")
            }
            ReadError::NotZip { name } if nl => format!(
                "{name} is geen Word-bestand: een .docx is een zip-archief en dit bestand is dat niet \
                 (beschadigd, of iets anders dat .docx heet)"
            ),
            ReadError::NotZip { name } => format!(
                "{name} is not a Word file: a .docx is a zip archive and this file is not one \
                 (damaged, or something else named .docx)"
            ),
            ReadError::ZipDamaged { name, detail } if nl => {
                format!("{name} is een beschadigd Word- of zip-bestand ({detail})")
            }
            ReadError::ZipDamaged { name, detail } => format!("{name} is a damaged Word or zip file ({detail})"),
            ReadError::NotWord { name } if nl => format!(
                "{name} is een zip-archief maar geen Word-document (er zit geen word/document.xml in); \
                 sla het stuk op als .docx, PDF of tekst"
            ),
            ReadError::NotWord { name } => format!(
                "{name} is a zip archive but not a Word document (it holds no word/document.xml); \
                 save the document as .docx, PDF or text"
            ),
            ReadError::ZipBomb { name, limit_mb } if nl => format!(
                "{name} pakt uit tot meer dan {limit_mb} MB of in te veel delen; zo groot is geen agenda, \
                 dus het wordt niet gelezen"
            ),
            ReadError::ZipBomb { name, limit_mb } => format!(
                "{name} unpacks to more than {limit_mb} MB or into too many parts; no agenda is that large, \
                 so it is not read"
            ),
            ReadError::WordDamaged { name, detail } if nl => {
                format!("{name} is een beschadigd Word-document: {detail}")
            }
            ReadError::WordDamaged { name, detail } => format!("{name} is a damaged Word document: {detail}"),
            ReadError::OldOffice { name } if nl => format!(
                "{name} is in het oude Office-formaat (.doc, .xls of .msg); sla het in Word op als .docx of PDF \
                 en importeer dat"
            ),
            ReadError::OldOffice { name } => format!(
                "{name} is in the old Office format (.doc, .xls or .msg); save it from Word as .docx or PDF \
                 and import that"
            ),
            ReadError::Rtf { name } if nl => {
                format!("{name} is een RTF-bestand; sla het in Word op als .docx of PDF en importeer dat")
            }
            ReadError::Rtf { name } => {
                format!("{name} is an RTF file; save it from Word as .docx or PDF and import that")
            }
            ReadError::Binary { name } if nl => format!(
                "{name} is geen tekst-, Word-, PDF- of webbestand (een afbeelding of programma?); \
                 niets gelezen"
            ),
            ReadError::Binary { name } => {
                format!("{name} is not a text, Word, PDF or web file (an image or a program?); nothing was read")
            }
            ReadError::PdfNoText { name } if nl => {
                format!("{name}: dit PDF-bestand bevat geen tekst; is het een scan?")
            }
            ReadError::PdfNoText { name } => format!("{name}: this PDF has no text; is it a scan?"),
            ReadError::PdfEncrypted { name } if nl => format!(
                "{name}: dit PDF-bestand is versleuteld (beveiligd); open het en sla het onbeveiligd op, \
                 of druk het af naar een nieuw PDF-bestand, en importeer dat"
            ),
            ReadError::PdfEncrypted { name } => format!(
                "{name}: this PDF is encrypted (protected); open it and save it unprotected, or print it to a \
                 new PDF, and import that"
            ),
            ReadError::PdfDamaged { name, detail } if nl => {
                format!("{name}: dit PDF-bestand is beschadigd en niet te lezen ({detail})")
            }
            ReadError::PdfDamaged { name, detail } => {
                format!("{name}: this PDF is damaged and cannot be read ({detail})")
            }
            ReadError::PdfTooLong { name, pages, limit } if nl => {
                format!("{name} heeft {pages} pagina's; er worden er hoogstens {limit} gelezen: splits het bestand")
            }
            ReadError::PdfTooLong { name, pages, limit } => {
                format!("{name} has {pages} pages; at most {limit} are read: split the file")
            }
            ReadError::PdfTooSlow { name, seconds } if nl => format!(
                "{name}: dit PDF-bestand is na {seconds} seconden nog niet gelezen (beschadigd of ongewoon \
                 opgebouwd); druk het af naar een nieuw PDF-bestand en importeer dat"
            ),
            ReadError::HtmlDamaged { name, detail } if nl => {
                format!("{name}: deze webpagina is niet te lezen ({detail})")
            }
            ReadError::HtmlDamaged { name, detail } => format!("{name}: this web page cannot be read ({detail})"),
            ReadError::PdfTooSlow { name, seconds } => format!(
                "{name}: this PDF was still not read after {seconds} seconds (damaged or oddly built); \
                 print it to a new PDF and import that"
            ),
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for ReadError {}
