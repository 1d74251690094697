//! A small, valid set of input files for the builder's tests, which each test then breaks in
//! one place. Line numbers matter: every file's header is line 1.

use dataset_builder::inputs::{self, Inputs};
use dataset_builder::official_stats;
use dataset_builder::spreadsheet::Grid;

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
data/sources/derived/ofsted_what_needs_to_improve_from_report_pdfs.csv,derived,,,,
data/sources/seeds/s.txt,A report,,,,
data/sources/raw/odileeds-hexmaps/uk-upper-tier-local-authorities.hexjson,odileeds/hexmaps,,,,
data/sources/raw/ofsted-official-statistics/Childrens_social_care_in_England_2023_underlying_data.ods,o/s,abc,a.ods,OGL,2026-04-27
data/sources/raw/ofsted-official-statistics/LA_Inspection_Outcomes_as_at_March_2024.ods,o/s,abc,b.ods,OGL,2026-04-27
data/sources/raw/ofsted-official-statistics/LA_Inspection_Outcomes_as_at_31_March_2025.ods,o/s,abc,c.ods,OGL,2026-04-27
data/sources/raw/dfe-csc-indicators/csww_indicators_2017_to_2025.csv,o/s,abc,w.csv,OGL,2026-04-27
data/sources/raw/dfe-csc-indicators/cla_number_and_rate_per_10k_children.csv,o/s,abc,l.csv,OGL,2026-04-27
data/sources/raw/dfe-csc-indicators/b1_children_in_need_2013_to_2025.csv,o/s,abc,n.csv,OGL,2026-04-27
";

/// The DfE's figures: England, Yorkshire and The Humber, Leeds (2017 under an old code that
/// `DFE_CODES` maps) and Bradford, whose 2024 workforce values are codes.
pub const DFE_WORKFORCE: &str = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,turnover_rate_fte,agency_rate_fte,vacancy_rate_fte,caseload_fte
2025,Reporting year,National,E92000001,England,,,,,,11.8,13,14.2,15.2
2025,Reporting year,Regional,E92000001,England,E12000003,Yorkshire and The Humber,,,,10.3,5.6,9.9,16
2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,7,2.1,2.1,14.8
2024,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,380,E08000032,Bradford,x,low,u,17.1
2017,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000099,Leeds,12.5,4,8.5,16.4
";

pub const DFE_LOOKED_AFTER: &str = "\u{feff}time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000
2025,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,12183016,81770,67
2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,Leeds,E08000035,Children looked after on 31 March each year,176239,1498,85
2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,Leeds,E08000035,Children starting to be looked after each year,176239,458,26
2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,380,Bradford,E08000032,Children looked after on 31 March each year,x,c,c
";

pub const DFE_IN_NEED: &str = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,At31_episodes
2025,Reporting year,National,E92000001,England,,,,,,Children in Need,402400
2013,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,Children in Need,5120
";

pub const DFE_CODES: &str = "written,codes,reason
E08000099,E08000035,Leeds's figures for 2017 are published under an old code (fixture)
";

pub const IMPROVEMENTS: &str = "urn,local_authority,publication_date,framework,report_url,source_pdf_path,item,text,page
80481,leeds,2015-03-27,SIF,https://files.ofsted.gov.uk/v1/file/2,b.pdf,1,Improve the quality of plans for children in need.,31
80481,leeds,2015-03-27,SIF,https://files.ofsted.gov.uk/v1/file/2,b.pdf,2,Ensure that management oversight is recorded.,31
80481,leeds,2018-12-18,ILACS,https://files.ofsted.gov.uk/v1/file/1,a.pdf,1,Personal education plans for children in care.,2
2637539,north northamptonshire,2019-03-15,ILACS,https://files.ofsted.gov.uk/v1/file/4,d.pdf,1,The response to children at risk of exploitation.,3
";

pub const THEMES: &str = "theme,label,phrases
children-in-care,Children in care,children in care|looked after
education,Education of children in care,personal education plan|school
management-oversight,Management oversight,management oversight|supervision
plans-records,Plans and records,plan|record
exploitation,Exploitation and missing children,exploitation|missing
";

pub const WITHOUT_POINTS: &str = "council_code,framework,published,listed,reason
E08000032,ILACS,2026-07-07,nothing,Bradford 2026: the fixture's report lists nothing to improve
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
        (inputs::ALIASES, ALIASES),
        (inputs::KNOWN_DISAGREEMENTS, KNOWN),
        (inputs::DFE_WORKFORCE, DFE_WORKFORCE),
        (inputs::DFE_LOOKED_AFTER, DFE_LOOKED_AFTER),
        (inputs::DFE_IN_NEED, DFE_IN_NEED),
        (inputs::DFE_CODES, DFE_CODES),
        (inputs::IMPROVEMENTS, IMPROVEMENTS),
        (inputs::THEMES, THEMES),
        (inputs::WITHOUT_POINTS, WITHOUT_POINTS),
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
    for (file, sheet, spec) in SHEETS {
        i.workbooks.entry(file.to_string()).or_default().push(grid(file, sheet, spec));
        if !i.source_files.iter().any(|f| f == file) {
            i.source_files.push(file.to_string());
        }
    }
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
    for (file, grids) in &inputs.workbooks {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, ods(grids)).unwrap();
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

/// The official statistics' sheets of the fixture: each a workbook path, a sheet name and its
/// rows, one line a row with cells separated by `|`.
pub const SHEETS: [(&str, &str, &str); 8] = [
    (
        official_stats::HISTORY_2023,
        "Cover",
        r#"Cover sheet - Official statistics
Section|Detail
Policy area:|Children's social care data in England 2023
Published on:|2023-07-06T00:00:00"#,
    ),
    (
        official_stats::HISTORY_2023,
        official_stats::HISTORY_SHEET,
        r#"Children's social care data in England 2023 - LA inspections 2009-2023
Some cells are empty.
Web link|Local authority name|LA region|LA Authority Type|Safeguarding & Looked After Children (SLAC) Inspection publication date|SLAC Safeguarding Overall effectiveness (OE)|SLAC Looked After Children Overall Effectiveness (OE)|SLAC re-inspection of Safeguarding publication date|SLAC re-inspection Safeguarding OE|SLAC re-inspection of services for Children Looked After publication date|SLAC re-inspection of services Children Looked After OE|Child Protection Inspections (CPI) publication date|CPI Overall Effectiveness (OE)|Child Protection Re-Inspection (CPRI) publication date|CPRI Overall Effectiveness (OE)|Targeted Looked After Children (TLAC) inspection publication date|TLAC Overall Effectiveness (OE)|Single Inspection of LA Children's Services (SIF)  First SIF publication date| First SIF Overall Judgement\n(OE)| First SIF children who need help and protection | First SIF children looked after and achieving permanence | First SIF CLA Sub: Adoption Performance| First SIF CLA Sub: Experiences and progress of care leavers| First SIF leadership, management and governance|LSCB Overall Effectiveness |Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date| SIF Re-inspection Overall Judgement\n(OE)| SIF Re-inspection children who need help and protection | SIF Re-inspection children looked after and achieving permanence | SIF Re-inspection CLA Sub: Adoption Performance| SIF Re-inspection CLA Sub: Experiences and progress of care leavers| SIF Re-inspection leadership, management and governance
Ofsted Local Authority Webpage|Leeds|||2010-01-07T00:00:00|Inadequate|Requires improvement to be good|2011-10-10T00:00:00|Requires improvement to be good|||||||||2015-03-27T00:00:00|Good|Good|Good|Good|Good|Outstanding||||||||
Ofsted Local Authority Webpage|Bradford|||2010-06-04T00:00:00|Good|Good|||||2012-11-02T00:00:00|Inadequate|||||||||||||||||||
Ofsted Local Authority Webpage|North Northamptonshire||||||||||||||||||||||||||||||

Table 11:History of inspections of local authorities that existed before the restructure
Web link|Local authority name|LA region|LA Authority Type|Safeguarding & Looked After Children (SLAC) Inspection publication date|SLAC Safeguarding Overall effectiveness (OE)|SLAC Looked After Children Overall Effectiveness (OE)|SLAC re-inspection of Safeguarding publication date|SLAC re-inspection Safeguarding OE|SLAC re-inspection of services for Children Looked After publication date|SLAC re-inspection of services Children Looked After OE|Child Protection Inspections (CPI) publication date|CPI Overall Effectiveness (OE)|Child Protection Re-Inspection (CPRI) publication date|CPRI Overall Effectiveness (OE)|Targeted Looked After Children (TLAC) inspection publication date|TLAC Overall Effectiveness (OE)|Single Inspection of LA Children's Services (SIF)  First SIF publication date| First SIF Overall Judgement\n(OE)| First SIF children who need help and protection | First SIF children looked after and achieving permanence | First SIF CLA Sub: Adoption Performance| First SIF CLA Sub: Experiences and progress of care leavers| First SIF leadership, management and governance|LSCB Overall Effectiveness |Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date| SIF Re-inspection Overall Judgement\n(OE)| SIF Re-inspection children who need help and protection | SIF Re-inspection children looked after and achieving permanence | SIF Re-inspection CLA Sub: Adoption Performance| SIF Re-inspection CLA Sub: Experiences and progress of care leavers| SIF Re-inspection leadership, management and governance
Ofsted Local Authority Webpage|Northamptonshire|||2011-05-06T00:00:00|Requires improvement to be good|Requires improvement to be good|||||2013-03-20T00:00:00|Inadequate|||2013-08-23T00:00:00|Inadequate|||||||||||||||"#,
    ),
    (
        official_stats::HISTORY_2023,
        "LA_level_in_year_2022-23",
        r#"LA level in year 2022-23
One table.
Web link|Local authority name|Ofsted region|Inspection/Visit date|Inspection/Visit type|Overall effectiveness|Impact of leaders|Experiences and progress of children who need help and protection|Experiences and progress of children in care|Experiences and progress of care leavers|Visit Theme
Ofsted Local Authority Webpage|Leeds|Yorkshire|2018-01-30T00:00:00|ILACS Focused Visit||||||Front door
Ofsted Local Authority Webpage|Bradford|Yorkshire|2022-06-14T00:00:00|LA Monitoring visit||||||Children in care
Ofsted Local Authority Webpage|Bradford|Yorkshire|2022-10-04T00:00:00|ILACS Standard Inspection|Inadequate|Inadequate|Inadequate|Inadequate||"#,
    ),
    (
        official_stats::OUTCOMES_2024,
        "Cover",
        r#"Local authority inspection outcomes as at 31 March 2024
Section|Detail
Published on:|2024-08-30T00:00:00"#,
    ),
    (
        official_stats::OUTCOMES_2024,
        "Inspections_in_year_2023-24",
        r#"Local authority in year inspection activity 2023-24
One table.
Web link|Local authority name|Region|Inspection/Visit date|Inspection/Visit type|Overall effectiveness|Impact of leaders|Experiences and progress of children who need help and protection|Experiences and progress of children in care|Experiences and progress of care leavers|Visit Theme
Ofsted Local Authority Webpage|Bradford|Yorkshire|2022-06-14T00:00:00|LA Monitoring visit||||||Children in care"#,
    ),
    (
        official_stats::OUTCOMES_2025,
        "Cover",
        r#"Local authority inspection outcomes as at 31 March 2025
Section|Detail
Published on:|2025-09-25T00:00:00"#,
    ),
    (
        official_stats::OUTCOMES_2025,
        official_stats::ILACS_SHEET,
        r#"ILACS inspection history from 2018-2025
One table.
Web link|Local authority area code|Local authority name|Local authority status|Ofsted region|Inspection date|Publication date|Inspection type|Overall effectiveness|The impact of leaders on social work practice with children and families|The experiences and progress of children who need help and protection|The experiences and progress of children in care|The experiences and progress of care leavers
Ofsted Local Authority Webpage|E08000035|Leeds|Current|Yorkshire|2018-10-29T00:00:00|2018-12-18T00:00:00|ILACS Short Inspection|Outstanding|Outstanding|Outstanding|Outstanding|"#,
    ),
    (
        official_stats::OUTCOMES_2025,
        "In-year_inspections",
        r#"Local authority in-year inspection activity 2024-25
One table.
Web link|Local authority area code|Local authority name|Region|Inspection/Visit date|Publication date|Inspection/Visit type|Overall effectiveness|The impact of leaders on social work practice with children and families|The experiences and progress of children who need help and protection|The experiences and progress of children in care|The experiences and progress of care leavers|Visit Theme
Ofsted Local Authority Webpage|E08000032|Bradford|Yorkshire|2024-09-10T00:00:00|2024-10-08T00:00:00|LA Monitoring visit|||||| Front door"#,
    ),
];

pub const ALIASES: &str = "scope,written,code,reason
";

pub const KNOWN: &str = "council_code,framework,published,field,official,ours,reason
";

/// The grids of one sheet spec.
pub fn grid(file: &str, sheet: &str, spec: &str) -> Grid {
    // A `\n` written in a cell is a line break within it, as the sheets' headers have.
    let lines: Vec<Vec<String>> =
        spec.lines().map(|l| l.split('|').map(|c| c.replace("\\n", "\n")).collect()).collect();
    let rows: Vec<Vec<&str>> = lines.iter().map(|l| l.iter().map(String::as_str).collect()).collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    Grid::from_rows(file, sheet, &rows)
}

/// The fixture with `from` replaced by `to` in one sheet; the text must occur exactly once.
pub fn with_sheet(sheet: &str, from: &str, to: &str) -> Inputs {
    replace_in_sheet(sheet, from, to, Some(1))
}

/// The same, wherever `from` occurs in the sheet.
pub fn with_sheet_everywhere(sheet: &str, from: &str, to: &str) -> Inputs {
    replace_in_sheet(sheet, from, to, None)
}

fn replace_in_sheet(sheet: &str, from: &str, to: &str, times: Option<usize>) -> Inputs {
    let mut i = inputs();
    let (file, _, spec) = SHEETS.iter().find(|(_, s, _)| *s == sheet).expect("a fixture sheet");
    let found = spec.matches(from).count();
    assert!(found > 0 && times.is_none_or(|n| n == found), "{from:?} occurs {found} times in {sheet}");
    let grids = i.workbooks.get_mut(*file).expect("the workbook");
    let k = grids.iter().position(|g| g.sheet == sheet).expect("the sheet");
    grids[k] = grid(file, sheet, &spec.replace(from, to));
    i
}

/// An OpenDocument spreadsheet of these grids (every cell a string), as the command reads.
pub fn ods(grids: &[Grid]) -> Vec<u8> {
    use std::io::Write;
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>"#,
    );
    for g in grids {
        content += &format!(r#"<table:table table:name="{}">"#, esc(&g.sheet));
        for r in &g.rows {
            content += "<table:table-row>";
            for c in r {
                if c.is_empty() {
                    content += "<table:table-cell/>";
                } else {
                    content += &format!(
                        r#"<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                        esc(c)
                    );
                }
            }
            content += "</table:table-row>";
        }
        content += "</table:table>";
    }
    content += "</office:spreadsheet></office:body></office:document-content>";
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut out);
        let opts =
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for (name, body) in [
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", content.as_str()),
        ] {
            z.start_file(name, opts).unwrap();
            z.write_all(body.as_bytes()).unwrap();
        }
        z.finish().unwrap();
    }
    out.into_inner()
}

/// Builds `inputs` and checks that it fails with exactly the `expected` problems (as printed).
pub fn check(inputs: Inputs, expected: &[&str]) {
    let problems = match dataset_builder::build(&inputs) {
        Ok(_) => panic!("expected problems {expected:?}, but the build succeeded"),
        Err(p) => p,
    };
    let printed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(printed, expected);
}
