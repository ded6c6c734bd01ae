//! Picks the face: the screens (`tui`) when no command is given, the headless commands (`cli`) otherwise.
//! The two faces never use each other.

use annoteer::cli::Args;
use std::io::Write;

fn main() {
    // In the user's language: help, version and clap's refusals (cli/help.rs).
    let args = annoteer::cli::parse_args();
    if args.command.is_none() {
        std::process::exit(screens(args));
    }
    std::process::exit(annoteer::cli::run(args));
}

#[cfg(feature = "tui")]
fn screens(args: Args) -> i32 {
    use annoteer::store::Access;
    let lang = annoteer::locale::Lang::detect(args.lang.as_deref());
    let result = if args.demo {
        annoteer::tui::run_demo(lang)
    } else {
        annoteer::cli::open_store(&args, Access::Create).and_then(|store| annoteer::tui::run(store, lang))
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            // Not eprintln!: it panics when stderr itself is a closed pipe.
            let _ = writeln!(std::io::stderr().lock(), "annoteer: {}", lang.error(&e));
            1
        }
    }
}

#[cfg(not(feature = "tui"))]
fn screens(_args: Args) -> i32 {
    let _ = writeln!(
        std::io::stderr().lock(),
        "annoteer: built without the screens (feature `tui`); give a command, see --help"
    );
    2
}
