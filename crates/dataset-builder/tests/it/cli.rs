//! The `build-dataset` command: it writes both outputs on success, writes nothing when the
//! sources have problems, and in `--check` mode fails when the committed outputs are stale.
//! The last test checks the repository's own committed dataset against its sources.

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_build-dataset")).args(args).output().expect("the command runs")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temporary path")
}

#[test]
fn writes_outputs_and_checks_them() {
    let dir = crate::common::write_tree("good", &crate::common::inputs());
    let (data, out) = (dir.join("data"), dir.join("out"));
    let built = run(&["--data", path(&data), "--out", path(&out)]);
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    let json = std::fs::read_to_string(out.join("dataset.json")).unwrap();
    assert!(json.starts_with("{\"format\":1,"), "compact JSON");
    assert_eq!(json.lines().count(), 1);
    assert!(std::fs::read(out.join("inspections.csv")).unwrap().starts_with("\u{feff}".as_bytes()));

    let check = run(&["--check", "--data", path(&data), "--out", path(&out)]);
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));

    std::fs::write(out.join("dataset.json"), json.replace("Leeds", "Leodis")).unwrap();
    let stale = run(&["--check", "--data", path(&data), "--out", path(&out)]);
    assert!(!stale.status.success());
    assert!(String::from_utf8_lossy(&stale.stderr).contains("dataset.json is out of date"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn writes_nothing_when_the_sources_have_problems() {
    let bad = crate::common::with(
        dataset_builder::inputs::HISTORY,
        "outstanding,outstanding,good,inspection",
        "outstanding,outstandin,good,inspection",
    );
    let dir = crate::common::write_tree("bad", &bad);
    let (data, out) = (dir.join("data"), dir.join("out"));
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("dataset.json"), "old").unwrap();
    let built = run(&["--data", path(&data), "--out", path(&out)]);
    assert!(!built.status.success());
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(
        stderr.contains(
            "ofsted_csc_ilacs_history.csv:2: unknown grade \"outstandin\" in help_and_protection_grade"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("nothing written"));
    assert_eq!(std::fs::read_to_string(out.join("dataset.json")).unwrap(), "old");
    assert!(!out.join("inspections.csv").exists());
    let _ = std::fs::remove_dir_all(dir);
}

/// The committed `assets/data/` must be exactly what the committed `data/` builds.
#[test]
fn committed_outputs_are_up_to_date() {
    let check = run(&["--check"]);
    assert!(
        check.status.success(),
        "the committed dataset is out of date with its sources; rebuild it with \
         `cargo run -p dataset-builder --release`\n{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

/// The published CSV keeps the format the About page and docs/DATASET.md promise users:
/// exactly the ten columns, ISO `YYYY-MM-DD` dates, grades in the fixed words, a link for
/// every inspection.
#[test]
fn published_csv_meets_its_format() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let bytes = std::fs::read(root.join("assets/data/inspections.csv")).unwrap();
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).expect("CSV starts with a byte-order mark");
    let mut reader = csv::Reader::from_reader(body);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, dataset_builder::write_csv::HEADER);
    let iso = |s: &str| s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok();
    let grades = ["Outstanding", "Good", "Requires improvement", "Adequate", "Inadequate", "Not judged"];
    let mut rows = 0;
    for (n, record) in reader.records().enumerate() {
        let r = record.unwrap();
        let line = n + 2;
        // Inspections from Ofsted's official statistics have no start or end date; events
        // always have one.
        assert!(
            iso(&r[4]) || (r[4].is_empty() && !r[7].is_empty()),
            "line {line}: start_date {:?} is not YYYY-MM-DD",
            &r[4]
        );
        assert!(
            iso(&r[6]) || r[7].is_empty(),
            "line {line}: an inspection's published_date {:?} is not YYYY-MM-DD",
            &r[6]
        );
        assert!(r[7].is_empty() || !r[9].is_empty(), "line {line}: an inspection without a report_url");
        for col in [5, 6] {
            assert!(r[col].is_empty() || iso(&r[col]), "line {line}: {:?} is not YYYY-MM-DD", &r[col]);
        }
        assert!(r[8].is_empty() == r[7].is_empty(), "line {line}: area and grade go together");
        assert!(r[8].is_empty() || grades.contains(&&r[8]), "line {line}: grade {:?}", &r[8]);
        rows += 1;
    }
    assert!(rows > 2000, "only {rows} rows");
}

/// Markup, quotes, commas and line breaks in a council's name stay one field, byte for byte:
/// a spreadsheet or a newsroom's script reading the CSV gets the text, never broken rows.
#[test]
fn published_csv_keeps_markup_and_quotes_as_one_field() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let json = std::fs::read_to_string(root.join("assets/data/dataset.json")).unwrap();
    let mut data = journeys_core::load::parse_dataset(&json).unwrap();
    let hostile = "Leeds <script>alert(\"x\")</script>, \"quoted\"\r\nnext line & 'more'";
    data.councils.iter_mut().find(|c| c.code == "E08000035").unwrap().name = hostile.to_string();
    let bytes = dataset_builder::write_csv::write(&data);
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap();
    let mut reader = csv::Reader::from_reader(body);
    let mut leeds = 0;
    for record in reader.records() {
        let r = record.unwrap();
        assert_eq!(r.len(), dataset_builder::write_csv::HEADER.len());
        if &r[0] == "E08000035" {
            assert_eq!(&r[1], hostile);
            leeds += 1;
        }
    }
    assert!(leeds >= 20, "Leeds's rows: {leeds}");
}

/// A spreadsheet that is not one: the command names the file, exits non-zero and writes nothing.
#[test]
fn an_unreadable_spreadsheet_writes_nothing() {
    let dir = crate::common::write_tree("bad-ods", &crate::common::inputs());
    let (data, out) = (dir.join("data"), dir.join("out"));
    let ods = dataset_builder::official_stats::OUTCOMES_2025;
    std::fs::write(dir.join(ods), "Web link,Local authority name\n").unwrap();
    let built = run(&["--data", path(&data), "--out", path(&out)]);
    assert!(!built.status.success());
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(stderr.contains(&format!("{ods}: not a readable OpenDocument spreadsheet")), "{stderr}");
    assert!(stderr.contains("nothing written"));
    assert!(!out.join("dataset.json").exists());
    let _ = std::fs::remove_dir_all(dir);
}
