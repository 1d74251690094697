//! A small, valid set of input files for the builder's tests, which each test then breaks in
//! one place. Line numbers matter: every file's header is line 1.

#![allow(dead_code)]

use dataset_builder::inputs::{self, Inputs};

pub const LOOKUP: &str = "\u{feff}urn,la_code,la_code_new,stat_neighbours,local_authority_ons_name,also_known_as,region_code,region_name
80481,383,E08000035,380,Leeds,,YH,Yorkshire and the Humber
80434,380,E08000032,383,Bradford,,YH,Yorkshire and the Humber
121939,928,E10000021,,Northamptonshire,,EM,East Midlands
2637539,940,E06000061,383,North Northamptonshire,,,East Midlands
";

pub const REORGANISATIONS: &str = "abolished_code,name,abolished,successors,citation,url
E10000021,Northamptonshire,2021-04-01,E06000061,The Northamptonshire (Structural Changes) Order 2020,https://www.legislation.gov.uk/uksi/2020/156/part/2/made
";

pub const HISTORY: &str = "urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version
80481,leeds,https://files.ofsted.gov.uk/v1/file/1,a.pdf,18/12/18,short,Matt Reed,29/10/2018,02/11/2018,outstanding,outstanding,outstanding,good,inspection_pre_dates_judgement,1
80481,leeds,https://files.ofsted.gov.uk/v1/file/2,b.pdf,27/03/15,,,,,,data_unreadable,data_unreadable,data_unreadable,data_unreadable,1
80434,bradford,https://files.ofsted.gov.uk/v1/file/3,c.pdf,07/07/26,standard,A Person,11/05/2026,22/05/2026,not_reported_post_reform,good,good,good,good,1
2637539,north northamptonshire,https://files.ofsted.gov.uk/v1/file/4,d.pdf,15/03/19,standard,B Person,14/01/2019,25/01/2019,inadequate,inadequate,inadequate,inadequate,inspection_pre_dates_judgement,1
80434,bradford,https://files.ofsted.gov.uk/v1/file/5,e.pdf,12/06/12,,,,,,data_unreadable,data_unreadable,data_unreadable,data_unreadable,1
";

pub const PDF: &str = "urn,la_code,ons_code,local_authority,framework,reinspection,sif_inspection_number,inspection_dates_text,inspection_start,inspection_end,publication_date,overall_effectiveness,help_and_protection,looked_after_and_permanence,adoption,care_leavers,leadership_management_governance,lscb,ilacs_impact_of_leaders,ilacs_help_and_protection,ilacs_children_in_care_and_care_leavers,lac_capacity_to_improve,report_url,source_repo,source_commit,source_pdf_path,notes
80481,383,E08000035,Leeds,SIF,,1,20 January – 11 February 2015,2015-01-20,2015-02-11,2015-03-27,Good,Good,Good,Good,Good,Outstanding,Not reviewed in this report,,,,,https://files.ofsted.gov.uk/v1/file/2,o/r,abc,p.pdf,
";

pub const VISITS: &str = "urn,la_code,ons_code,local_authority,event_type,publication_date,visit_dates_text,areas_for_priority_action,covid_period_visit,source_repo,source_commit,source_pdf_path
80481,383,E08000035,Leeds,focused visit,2018-02-22,30 and 31 January 2018,,,o/fv,abc,x/leeds.pdf
";

pub const CORRECTIONS: &str = "file,urn,local_authority,publication_date,field,current_value,corrected_value,evidence,report_url
raw/d2i-ilacs-scrape-jt39/ofsted_csc_ilacs_history.csv,80481,leeds,18/12/18,in_care_grade,good,outstanding,p1,https://files.ofsted.gov.uk/v1/file/1
derived/ofsted_focused_visits_from_report_pdfs.csv,80481,Leeds,2018-02-22,areas_for_priority_action,,yes,p2,
";

pub const EVENTS: &str = "council_code,kind,date,end,published,title,summary,url,citation
E08000035,unannounced_inspection,2009-07,,,Unannounced inspection,,,A report (data/sources/seeds/s.txt)
";

pub const INSPECTIONS: &str = "council_code,framework,type,start,end,published,area,grade,report_url,inspector,citation
E08000035,SLAC,standard,2009-11-23,2009-12-04,2010-01-07,overall_effectiveness,Inadequate,,G L,A report (data/sources/seeds/s.txt)
E08000035,SLAC,standard,2009-11-23,2009-12-04,2010-01-07,looked_after_overall,Adequate,,G L,A report (data/sources/seeds/s.txt)
";

pub const FINDINGS: &str = "council_code,framework,published,finding,citation
E08000035,SLAC,2010-01-07,Safeguarding services: Overall effectiveness: Inadequate,A report (data/sources/seeds/s.txt)
";

pub const SKIPS: &str = "file,urn,publication_date,reason
raw/d2i-ilacs-scrape-jt39/ofsted_csc_ilacs_history.csv,80434,12/06/12,a web page with no judgements
";

pub const PROVENANCE: &str = "file,origin,commit,path,licence,snapshot
data/sources/raw/d2i-ilacs-scrape-jt39/ofsted_csc_ilacs_history.csv,o/r,abc,h.csv,MIT,2026-08-22
data/sources/raw/d2i-ilacs-scrape-jt39/Provider_data_lookup.csv,o/r,abc,l.csv,MIT,2026-08-01
data/sources/derived/ofsted_la_judgements_from_report_pdfs.csv,derived,,,,
data/sources/derived/ofsted_focused_visits_from_report_pdfs.csv,derived,,,,
data/sources/derived/corrections.csv,derived,,,,
data/sources/seeds/s.txt,A report,,,,
data/sources/raw/odileeds-hexmaps/uk-upper-tier-local-authorities.hexjson,odileeds/hexmaps,,,,
";

pub const HEX_LAYOUT: &str = r#"{
"layout": "odd-r",
"hexes": {
"E08000035": {"n": "Leeds", "q": 1, "r": 2},
"E08000032": {"n": "Bradford", "q": 0, "r": 2},
"E10000021": {"n": "Northamptonshire", "q": 1, "r": 0}
}
}
"#;

pub const HEXES: &str = "code,from,q,r,note
E06000061,E10000021,,,North Northamptonshire takes Northamptonshire's cell
";

/// The fixture, file by file, as the builder names them.
pub fn files() -> Vec<(&'static str, &'static str)> {
    vec![
        (inputs::PROVENANCE, PROVENANCE),
        (inputs::LOOKUP, LOOKUP),
        (inputs::HISTORY, HISTORY),
        (inputs::PDF_JUDGEMENTS, PDF),
        (inputs::FOCUSED_VISITS, VISITS),
        (inputs::CORRECTIONS, CORRECTIONS),
        (inputs::REORGANISATIONS, REORGANISATIONS),
        (inputs::EVENTS, EVENTS),
        (inputs::INSPECTIONS, INSPECTIONS),
        (inputs::FINDINGS, FINDINGS),
        (inputs::SKIPS, SKIPS),
        (inputs::HEXES, HEXES),
        (inputs::HEX_LAYOUT, HEX_LAYOUT),
    ]
}

pub fn inputs() -> Inputs {
    let mut i = Inputs::default();
    for (name, text) in files() {
        i.files.insert(name.to_string(), text.to_string());
    }
    i.source_files = files()
        .iter()
        .map(|(n, _)| n.to_string())
        .filter(|n| n.starts_with("data/sources/"))
        .chain(["data/sources/seeds/s.txt".to_string()])
        .collect();
    i.source_files.sort();
    i
}

/// The fixture with `from` replaced by `to` in one file; the text must occur exactly once.
pub fn with(file: &str, from: &str, to: &str) -> Inputs {
    let mut i = inputs();
    let text = i.files.get_mut(file).expect("a fixture file");
    assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once in {file}");
    *text = text.replacen(from, to, 1);
    i
}

/// Writes the fixture (or `inputs`) as a `data` folder under a fresh temporary directory and
/// returns that directory.
pub fn write_tree(name: &str, inputs: &Inputs) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dataset-builder-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (file, text) in &inputs.files {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    for file in &inputs.source_files {
        let path = dir.join(file);
        if !path.exists() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "a seed\n").unwrap();
        }
    }
    dir
}
