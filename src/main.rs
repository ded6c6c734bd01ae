use clap::Parser;

fn main() {
    let args = annoteer::cli::Args::parse();
    std::process::exit(annoteer::cli::run(args));
}
