//! The command line in the user's language: with `--lang nl` or a Dutch LANG the help texts, headings and
//! clap's own errors are Dutch. The English texts are the doc comments in args.rs; the Dutch ones are here,
//! by command and argument id, and a test makes sure that no argument lacks one.

use super::args::Args;
use crate::locale::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// Dutch help by command path ("" for annoteer itself, "import agenda") and argument id ("" for the command).
fn dutch(path: &str, id: &str) -> Option<&'static str> {
    Some(match (path, id) {
        ("", "") => "Bereid de geannoteerde agenda van een vergadering voor",
        ("", "db") => "Het databasebestand (standaard: ANNOTEER_DB, anders de datamap van de gebruiker)",
        ("", "lang") => "Taal van schermen en meldingen: nl of en (standaard: uit LANG, anders nl)",
        ("", "demo") => "Open de TUI op een verse wegwerpkopie van de demogegevens",
        ("demo", "") => "Schrijf de demogegevens in een nieuw databasebestand (vraagt --db PAD)",
        ("meetings", "") => {
            "Toon de vergaderingen, de eerstvolgende bovenaan: id, gremium, datum, titel, punten, status, aandachtspunten"
        }
        ("meetings", "json") | ("show", "json") | ("bodies", "json") => {
            "Schrijf één JSON-document in plaats van een tabel of tekst"
        }
        ("show", "") => "Toon de agenda van één vergadering met annotaties en adviezen",
        ("show", "meeting") | ("export", "meeting") | ("status", "meeting") => {
            "Het id van de vergadering, zoals `meetings` het toont"
        }
        ("export", "") => "Schrijf de annotatiememo als markdown, naar stdout of een bestand",
        ("export", "output") => "Het bestand om te schrijven (helemaal vervangen, nooit half geschreven)",
        ("export", "format") => "md of docx (standaard: uit de bestandsnaam, anders md)",
        ("export", "decisions") => "De besluiten- en actielijst na de vergadering, in plaats van de memo",
        ("export", "template") => {
            "Een Word-document (.docx/.dotx) waarvan de .docx de stijlen overneemt (standaard: de instelling docx_template)"
        }
        ("search", "full") => "Hele teksten (titel, annotatie en advies van een punt), niet één regel per treffer",
        ("search", "") => "Zoek vergevingsgezind in eerdere besluiten (en agendapunten)",
        ("search", "query") => {
            "Woorden en filters (gremium:NAAM jaar:JJJJ sinds:DATUM tot:DATUM …); meerdere woorden zijn één zoekvraag"
        }
        ("search", "limit") => "Hooguit zoveel treffers",
        ("search", "json") => "Schrijf één JSON-document in plaats van regels",
        ("bodies", "") => {
            "Toon de gremia en voor welk gremium elk voorbereidt; met NAAM --prepares-for ANDER|none stelt u dat in"
        }
        ("bodies", "name") => "Het gremium om te wijzigen, bij naam (zoals `bodies` het toont)",
        ("bodies", "prepares_for") => {
            "Het gremium waarvoor NAAM besluiten voorbereidt (OG voor HASG, HASG voor Stuurgroep), of `none`"
        }
        ("import", "") => "Lees een agendatekst of een besluitenlijst in",
        ("import agenda", "") => "Lees een agenda (Word, PDF, webpagina, tekst of geplakt) in als nieuwe vergadering; toont haar id",
        ("import agenda", "file") => "De agenda: .docx, .pdf, .html, .txt/.md (herkend aan de inhoud), of - voor wat binnenkomt via een pijp",
        ("import agenda", "body") => "Het gremium dat vergadert, zoals \"Stuurgroep MIT\"",
        ("import agenda", "date") => "De datum van de vergadering: 2026-12-10, 10-12-2026, 10 december 2026",
        ("import agenda", "title") => "De titel van de vergadering (standaard: geen)",
        ("import agenda", "again") => "Maak de vergadering ook als het gremium er op die datum al een heeft",
        ("import decisions", "") => "Voeg een besluitenlijst toe (CSV/TSV met een kopregel, of een besluitenlijst: Word, PDF, webpagina, tekst)",
        ("import decisions", "file") => "De besluitenlijst: CSV/TSV, .docx, .pdf, .html of tekst (herkend aan de inhoud)",
        ("import mail", "") => "Lees een bewaarde e-mail in (.eml, .msg): de agenda wordt de punten, de stukken worden bewaard en gekoppeld; toont de id van de vergadering",
        ("import mail", "file") => "Het bewaarde bericht: .eml (Outlook op het web, Thunderbird, Apple Mail) of een .msg van Outlook",
        ("import mail", "body") => "Het gremium, als het onderwerp of de agenda het niet zegt",
        ("import mail", "date") => "De datum van de vergadering, als het onderwerp of de agenda hem niet zegt: 2026-12-10, 10 december 2026",
        ("import mail", "into") => "De map voor de stukken (anders de basismap van het documentenscherm, anders Documenten)",
        ("import decisions", "body") => "Het gremium van deze besluiten, als het bestand dat niet zegt",
        ("import decisions", "skip_bad") => {
            "Lees de goede rijen in en sla de foute over (gemeld) in plaats van het bestand te weigeren"
        }
        ("status", "") => "Zet de status van een vergadering: voorbereiding, verstuurd of gehouden",
        ("status", "status") => "voorbereiding|verstuurd|gehouden, of in het Engels preparing|sent|held",
        ("status", "send_by") => {
            "Wanneer de annotatie weg moet: \"woensdagochtend\", \"22 maart 12:00\" (leeg wist het)"
        }
        ("actions", "") => "Toon de actiepunten van alle vergaderingen: de open (standaard), de te late, of alle",
        ("actions", "open") => "Alleen open actiepunten (standaard)",
        ("actions", "overdue") => "Alleen open actiepunten waarvan de deadline voorbij is",
        ("actions", "all") => "Ook de afgehandelde",
        ("actions", "body") => "Alleen die van de vergaderingen van dit gremium",
        ("actions", "owner") => "Alleen die waarvan de eigenaar (wie) dit bevat",
        ("actions", "json") => "Schrijf één JSON-document in plaats van regels",
        ("backup", "") => "Maak een consistente kopie van de database, ook terwijl die in gebruik is",
        ("backup", "file") => "Het nieuwe bestand om te schrijven",
        ("check", "") => "Controleer de database; afsluitcode 0 als alles in orde is",
        (_, "help") => "Toon deze hulp",
        (_, "version") => "Toon de versie",
        _ => return None,
    })
}

/// The placeholders of values (`<PATH>`) in Dutch.
fn dutch_value_name(name: &str) -> Option<&'static str> {
    Some(match name {
        "PATH" => "PAD",
        "NAME" => "NAAM",
        "TEXT" => "TEKST",
        "FILE" => "BESTAND",
        "MEETING" => "VERGADERING",
        "QUERY" => "ZOEKVRAAG",
        "DATE" => "DATUM",
        "LIMIT" => "AANTAL",
        "OTHER|none" => "ANDER|none",
        "FORMAT" => "FORMAAT",
        "DIR" => "MAP",
        _ => return None,
    })
}

/// The language the command line speaks, read before clap parses: `--lang xx` or `--lang=xx`, else LANG.
fn lang_of(argv: &[OsString]) -> Lang {
    let mut flag = None;
    for (i, a) in argv.iter().enumerate() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            flag = Some(v.to_string());
        } else if a == "--lang" {
            flag = argv.get(i + 1).map(|v| v.to_string_lossy().into_owned());
        }
    }
    Lang::detect(flag.as_deref())
}

/// The clap command with every text in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let cmd = Args::command();
    match lang {
        Lang::En => cmd,
        Lang::Nl => dutch_command(cmd, "", true),
    }
}

fn dutch_command(cmd: clap::Command, path: &str, top: bool) -> clap::Command {
    let mut cmd = cmd
        .help_template("{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Opdrachten")
        .subcommand_value_name("OPDRACHT")
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(dutch(path, "help")));
    if top {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version").short('V').long("version").action(ArgAction::Version).help(dutch(path, "version")),
        );
    }
    if let Some(about) = dutch(path, "") {
        cmd = cmd.about(about);
    }
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let text = dutch(path, &id);
        cmd = cmd.mut_arg(&id, |a| {
            let heading = if a.is_positional() { "Argumenten" } else { "Opties" };
            let shown = match a.get_value_names() {
                Some(names) => names.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" "),
                None => a.get_id().to_string().to_uppercase(),
            };
            let a = match dutch_value_name(&shown) {
                Some(name) if a.get_action().takes_values() => a.value_name(name),
                _ => a,
            };
            let a = a.help_heading(heading);
            match text {
                Some(t) => a.help(t),
                None => a,
            }
        });
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        cmd = cmd.mut_subcommand(&name, |s| dutch_command(s, &sub_path, false));
    }
    cmd
}

/// Parses the command line in the user's language; help, version and errors are printed by clap in that
/// language and end the process, as `Args::parse` does.
pub fn parse_args() -> Args {
    let mut argv: Vec<OsString> = std::env::args_os().collect();
    let lang = lang_of(&argv);
    if lang == Lang::Nl {
        argv = help_word_as_flag(argv);
    }
    let matches = match command(lang).try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => exit_with(e, lang),
    };
    Args::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(e, lang))
}

/// `annoteer help import agenda` is `annoteer import agenda --help`: clap's own help subcommand speaks English.
fn help_word_as_flag(mut argv: Vec<OsString>) -> Vec<OsString> {
    let first_word = argv.iter().skip(1).position(|a| !a.to_string_lossy().starts_with('-')).map(|i| i + 1);
    if let Some(i) = first_word.filter(|&i| argv[i] == "help") {
        argv.remove(i);
        argv.push("--help".into());
    }
    argv
}

/// The words clap writes itself into a help text, in Dutch.
pub fn dutch_help_text(text: &str) -> String {
    text.replace("[OPTIONS]", "[OPTIES]")
        .replace("[env: ", "[omgeving: ")
        .replace("[possible values: ", "[mogelijk: ")
        .replace("[default: ", "[standaard: ")
        .replace("[aliases: ", "[ook: ")
}

fn exit_with(e: clap::Error, lang: Lang) -> ! {
    use std::io::Write;
    if lang == Lang::En || e.kind() == ErrorKind::DisplayVersion {
        e.exit()
    }
    if !e.use_stderr() {
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "{}", dutch_help_text(&e.render().to_string()));
        let _ = out.flush();
        std::process::exit(0)
    }
    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = write!(std::io::stderr().lock(), "{}", dutch_help_text(&e.render().to_string()));
        std::process::exit(2)
    }
    let _ = writeln!(std::io::stderr().lock(), "annoteer: {}\nMeer hulp: annoteer --help", dutch_error(&e));
    std::process::exit(2)
}

/// clap's refusal in Dutch, from the parts clap keeps of it.
pub fn dutch_error(e: &clap::Error) -> String {
    let text = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    match e.kind() {
        ErrorKind::InvalidValue => {
            let valid = text(ContextKind::ValidValue);
            let value = text(ContextKind::InvalidValue);
            if value.is_empty() {
                format!("{arg} vraagt een waarde")
            } else if valid.is_empty() {
                format!("'{value}' is geen geldige waarde voor {arg}")
            } else {
                format!("'{value}' is geen geldige waarde voor {arg}; kies uit: {valid}")
            }
        }
        ErrorKind::ValueValidation => {
            format!("'{}' is geen geldige waarde voor {arg} (een getal?)", text(ContextKind::InvalidValue))
        }
        ErrorKind::UnknownArgument => match text(ContextKind::SuggestedArg) {
            s if s.is_empty() => format!("onbekende optie '{arg}'"),
            s => format!("onbekende optie '{arg}'; bedoelt u '{s}'?"),
        },
        ErrorKind::InvalidSubcommand => match text(ContextKind::SuggestedSubcommand) {
            s if s.is_empty() => format!("onbekende opdracht '{}'", text(ContextKind::InvalidSubcommand)),
            s => format!("onbekende opdracht '{}'; bedoelt u '{s}'?", text(ContextKind::InvalidSubcommand)),
        },
        ErrorKind::MissingRequiredArgument => format!("er ontbreekt nog: {arg}"),
        ErrorKind::MissingSubcommand => "kies een opdracht".to_string(),
        ErrorKind::ArgumentConflict => {
            format!("{arg} gaat niet samen met {}", text(ContextKind::PriorArg))
        }
        ErrorKind::NoEquals => format!("{arg} vraagt een waarde met '='"),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("verkeerd aantal waarden voor {arg}")
        }
        ErrorKind::InvalidUtf8 => "een argument is geen geldige tekst (UTF-8)".to_string(),
        _ => e.kind().as_str().map(str::to_string).unwrap_or_else(|| "onbekende fout op de opdrachtregel".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument, by path and id, with its help text in `lang`.
    fn all_help(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String, Option<String>)>) {
        out.push((path.to_string(), String::new(), cmd.get_about().map(|s| s.to_string())));
        for a in cmd.get_arguments() {
            // A global option is described once, where it is declared.
            let at = if a.is_global_set() { "" } else { path };
            out.push((at.to_string(), a.get_id().to_string(), a.get_help().map(|s| s.to_string())));
        }
        for s in cmd.get_subcommands() {
            let p = if path.is_empty() { s.get_name().to_string() } else { format!("{path} {}", s.get_name()) };
            all_help(s, &p, out);
        }
    }

    #[test]
    fn every_command_and_argument_is_described_in_both_languages() {
        for lang in [Lang::En, Lang::Nl] {
            let mut cmd = command(lang);
            cmd.build();
            let mut found = Vec::new();
            all_help(&cmd, "", &mut found);
            let missing: Vec<String> = found
                .iter()
                .filter(|(path, id, help)| {
                    let undescribed = help.as_deref().is_none_or(|h| h.trim().is_empty());
                    let untranslated = lang == Lang::Nl && dutch(path, id).is_none() && id != "help";
                    path != "help" && (undescribed || untranslated)
                })
                .map(|(path, id, _)| format!("({path:?}, {id:?})"))
                .collect();
            assert!(
                missing.is_empty(),
                "{lang:?}: describe these (English: a doc comment in args.rs; Dutch: a line in src/cli/help.rs): {}",
                missing.join(" ")
            );
        }
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let argv = |s: &str| s.split(' ').map(OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_of(&argv("annoteer --lang en meetings")), Lang::En);
        assert_eq!(lang_of(&argv("annoteer meetings --lang=en")), Lang::En);
        assert_eq!(lang_of(&argv("annoteer --lang nl meetings")), Lang::Nl);
        let words = |v: Vec<OsString>| v.iter().map(|a| a.to_string_lossy().into_owned()).collect::<Vec<_>>().join(" ");
        assert_eq!(words(help_word_as_flag(argv("annoteer help import agenda"))), "annoteer import agenda --help");
        assert_eq!(words(help_word_as_flag(argv("annoteer search help"))), "annoteer search help");
    }

    #[test]
    fn clap_refusals_are_dutch() {
        let err = |args: &str| {
            command(Lang::Nl)
                .try_get_matches_from(args.split(' '))
                .map(|_| ())
                .map_err(|e| dutch_error(&e))
                .unwrap_err()
        };
        assert_eq!(err("annoteer meetngs"), "onbekende opdracht 'meetngs'; bedoelt u 'meetings'?");
        assert_eq!(err("annoteer show abc"), "'abc' is geen geldige waarde voor <VERGADERING> (een getal?)");
        assert_eq!(
            err("annoteer --lang fr meetings"),
            "'fr' is geen geldige waarde voor --lang <nl|en>; kies uit: nl, en"
        );
        assert!(err("annoteer import agenda x.txt").starts_with("er ontbreekt nog: --body <NAAM>"));
        assert_eq!(err("annoteer meetings --jsn"), "onbekende optie '--jsn'; bedoelt u '--json'?");
    }
}
