//! Prints what the readers make of a file: `cargo run --example read_file -- FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: read_file FILE");
        std::process::exit(2);
    };
    match annoteer::import::read::read_path(std::path::Path::new(&path)) {
        Ok(doc) => {
            eprintln!("kind: {}", doc.kind.name());
            println!("{}", doc.text);
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
