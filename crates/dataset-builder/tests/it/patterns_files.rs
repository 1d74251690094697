//! The published `transitions.csv` and `recovery.csv` against an independent computation:
//! the definitions worked through again from the published `inspections.csv` (and the
//! release and abolition dates of `dataset.json`), with none of the core's code.

use std::collections::BTreeMap;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(root().join("assets/data").join(name)).unwrap()
}

fn day_number(iso: &str) -> i64 {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .unwrap()
        .signed_duration_since(chrono::NaiveDate::MIN)
        .num_days()
}

/// Each council code's headline series from `inspections.csv`: (published, start, grade).
fn series() -> BTreeMap<String, Vec<(String, String, String)>> {
    let text = read("inspections.csv");
    let mut rdr = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = rdr.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (code, fw, start, published, area, grade) = (
        col("council_code"),
        col("framework"),
        col("start_date"),
        col("published_date"),
        col("area"),
        col("grade"),
    );
    let mut out: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    for row in rdr.records() {
        let r = row.unwrap();
        let graded =
            ["Outstanding", "Good", "Requires improvement", "Adequate", "Inadequate"].contains(&&r[grade]);
        if ["SLAC", "CPI", "SIF", "ILACS"].contains(&&r[fw]) && &r[area] == "overall_effectiveness" && graded
        {
            out.entry(r[code].to_string()).or_default().push((
                r[published].to_string(),
                r[start].to_string(),
                r[grade].to_string(),
            ));
        }
    }
    for list in out.values_mut() {
        list.sort();
    }
    out
}

#[test]
fn transitions_csv_matches_an_independent_count() {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for list in series().values() {
        for pair in list.windows(2) {
            *counts.entry((pair[0].2.clone(), pair[1].2.clone())).or_default() += 1;
        }
    }
    let text = read("transitions.csv");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("from_grade,to_grade,count"), "exactly these columns, no byte-order mark");
    let mut published: BTreeMap<(String, String), usize> = BTreeMap::new();
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), 3, "{line}");
        published.insert((f[0].to_string(), f[1].to_string()), f[2].parse().unwrap());
    }
    assert_eq!(published, counts);
    assert!(counts.values().sum::<usize>() > 500, "the whole history is counted");
}

#[test]
fn recovery_csv_matches_an_independent_kaplan_meier() {
    let json: serde_json::Value = serde_json::from_str(&read("dataset.json")).unwrap();
    let release = day_number(json["release"].as_str().unwrap());
    let abolished: BTreeMap<String, i64> = json["councils"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| Some((c["code"].as_str()?.to_string(), day_number(c["abolished"].as_str()?))))
        .collect();
    // (days, recovered) of every episode.
    let mut episodes: Vec<(i64, bool)> = Vec::new();
    for (code, list) in series() {
        for k in 0..list.len() {
            let (published, _, grade) = &list[k];
            let starts = grade == "Inadequate"
                && published.as_str() >= "2014-01-01"
                && (k == 0 || list[k - 1].2 != "Inadequate");
            if !starts {
                continue;
            }
            let start = day_number(published);
            let recovery = list[k + 1..].iter().find(|(_, _, g)| g == "Good" || g == "Outstanding");
            let censor = abolished.get(&code).map_or(release, |a| (*a).min(release));
            episodes.push(match recovery {
                Some((p, _, _)) => (day_number(p) - start, true),
                None => (censor - start, false),
            });
        }
    }
    let text = read("recovery.csv");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("years,share_recovered,at_risk"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 10);
    for (k, row) in rows.iter().enumerate() {
        let t = (k + 1) as f64;
        // Kaplan–Meier the long way: walk every distinct recovery day up to t.
        let mut days: Vec<i64> = episodes.iter().filter(|(_, r)| *r).map(|(d, _)| *d).collect();
        days.sort();
        days.dedup();
        let mut survival = 1.0;
        for d in days.into_iter().filter(|d| *d as f64 / 365.25 <= t) {
            let at_risk = episodes.iter().filter(|(x, _)| *x >= d).count() as f64;
            let recovered = episodes.iter().filter(|(x, r)| *x == d && *r).count() as f64;
            survival *= 1.0 - recovered / at_risk;
        }
        let at_risk = episodes.iter().filter(|(d, _)| *d as f64 / 365.25 >= t).count();
        let f: Vec<&str> = row.split(',').collect();
        assert_eq!(f[0], format!("{}", k + 1));
        assert!(f[1].split('.').nth(1).is_some_and(|d| d.len() >= 3), "three decimals: {row}");
        let share: f64 = f[1].parse().unwrap();
        assert!((share - (1.0 - survival)).abs() < 0.0005, "{row}: expected {}", 1.0 - survival);
        assert_eq!(f[2].parse::<usize>().unwrap(), at_risk, "{row}");
    }
    assert!(episodes.len() >= 30, "there are enough episodes to say something: {}", episodes.len());
}
