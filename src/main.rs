fn main() {
    let args = annoteer::cli::parse_args();
    std::process::exit(annoteer::cli::run(args));
}
