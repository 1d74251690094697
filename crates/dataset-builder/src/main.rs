//! `build-dataset`: reads `data/`, writes `assets/data/dataset.json`,
//! `assets/data/inspections.csv`, the national patterns' `transitions.csv` and `recovery.csv`,
//! and the DfE's per-council figures `context.json`. With `--check` it writes nothing and fails if the committed
//! outputs differ from a fresh build. Paths default to the workspace root's.
//!
//! Usage: `build-dataset [--check] [--data DIR] [--out DIR]`

use dataset_builder::{build, gzip_size, inputs::Inputs, GZIP_BUDGET};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../..").canonicalize().unwrap_or_else(|_| manifest.join("../.."));
    let mut data = root.join("data");
    let mut out = root.join("assets/data");
    let mut check = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--data" => data = args.next().map(PathBuf::from).unwrap_or(data),
            "--out" => out = args.next().map(PathBuf::from).unwrap_or(out),
            other => {
                eprintln!("build-dataset: unknown argument {other}\nusage: build-dataset [--check] [--data DIR] [--out DIR]");
                return ExitCode::from(2);
            }
        }
    }
    let built = Inputs::read(&data).and_then(|inputs| build(&inputs));
    let built = match built {
        Ok(b) => b,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!("build-dataset: {} problems; nothing written", problems.len());
            return ExitCode::FAILURE;
        }
    };
    for line in &built.report {
        eprintln!("{line}");
    }
    let gz = gzip_size(built.json.as_bytes());
    eprintln!("dataset.json: {} bytes, {gz} bytes gzip (budget {GZIP_BUDGET})", built.json.len());
    if gz > GZIP_BUDGET {
        eprintln!("build-dataset: dataset.json is over its gzip budget; nothing written");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "context.json: {} bytes, {} bytes gzip (outside the dataset's budget: each council page loads only its slice)",
        built.context.len(),
        gzip_size(built.context.as_bytes())
    );
    let outputs = [
        ("dataset.json", built.json.into_bytes()),
        ("inspections.csv", built.csv),
        ("transitions.csv", built.transitions.into_bytes()),
        ("recovery.csv", built.recovery.into_bytes()),
        ("context.json", built.context.into_bytes()),
        ("indicators-by-grade.json", built.by_grade.into_bytes()),
        ("indicators-by-grade.csv", built.by_grade_csv.into_bytes()),
        ("improvements.csv", built.improvements_csv.into_bytes()),
        (
            "improvements.json",
            (serde_json::to_string(&built.improvements).expect("serialises") + "\n").into_bytes(),
        ),
        (
            "themes-by-year.json",
            (serde_json::to_string(&journeys_core::improvements::theme_trends(&built.improvements))
                .expect("serialises")
                + "\n")
                .into_bytes(),
        ),
    ];
    if check {
        let mut stale = false;
        for (name, bytes) in &outputs {
            let path = out.join(name);
            if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
                eprintln!("{} is out of date: run `cargo run -p dataset-builder --release`", path.display());
                stale = true;
            }
        }
        return if stale { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("build-dataset: cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, bytes) in &outputs {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, bytes) {
            eprintln!("build-dataset: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        eprintln!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
