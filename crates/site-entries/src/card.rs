//! Share cards: the 1200×630 picture a link preview shows beside a shared page. A council's
//! card is its own journey chart, printed from the core's chart geometry
//! (`journeys_core::chart::council_chart`) with its name, its latest grade in words, the
//! source line and the data date; the home page's is the national picture (the hex map at the
//! latest year, `journeys_core::national`); every other page gets the site's card. Each is an
//! SVG written here (`raster` turns it into a PNG), in the light theme's colours read from the
//! site's own stylesheet (`Palette`), so the cards and the site never disagree on a grade's
//! colour. A grade is never shown by colour alone: the words are on every card.

mod chart;
pub mod palette;

use journeys_core::embed::escape_html;
use journeys_core::journey::release_date;
use journeys_core::model::{Council, Dataset, Grade};
use journeys_core::national::{distribution_by_year, grade_code, hex_map, region_outlines, year_end, years};
use journeys_core::route::{EmbedWidget, Route};
use journeys_core::standing::current_standing;
use journeys_core::text::{long_date, month_year, SITE_NAME};
use palette::Palette;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// Margin of the card's text.
const MARGIN: f64 = 60.0;
/// What draws the cards: part of each file's hash, so a new renderer or font renames them.
pub const RENDERER: &str = "resvg 0.49, DejaVu Sans 2.37, card layout 1";
/// The source line every card carries (the site's own chart downloads name the licence too;
/// a card has room for the source only).
pub const SOURCE: &str = "Source: Ofsted inspection reports";

/// One card: its SVG, the file it is written to and the words that describe it.
#[derive(Debug, Clone)]
pub struct Card {
    /// Relative to the site's root, content-hashed: `cards/leeds-0123456789abcdef.png`.
    pub file: String,
    pub svg: String,
    /// The image's text alternative (`og:image:alt`).
    pub alt: String,
}

impl Card {
    fn new(stem: &str, svg: String, alt: String) -> Card {
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(format!("{RENDERER}\n{svg}").as_bytes());
        let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        Card { file: format!("cards/{stem}-{hex}.png"), svg, alt }
    }
}

/// XML-escaped text.
fn x(s: &str) -> String {
    escape_html(s)
}

/// The SVG's opening, background, brand line and footer, around `body`.
fn frame(p: &Palette, data: &Dataset, body: &str) -> String {
    let date = long_date(release_date(data));
    format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" ",
            "font-family=\"DejaVu Sans\">\n",
            "<rect width=\"{w}\" height=\"{h}\" fill=\"{bg}\"/>\n",
            "<rect width=\"{w}\" height=\"10\" fill=\"{brand}\"/>\n",
            "<text x=\"{m}\" y=\"62\" font-size=\"24\" font-weight=\"bold\" fill=\"{brand}\">{site}</text>\n",
            "{body}",
            "<line x1=\"{m}\" x2=\"{r}\" y1=\"572\" y2=\"572\" stroke=\"{line}\" stroke-width=\"2\"/>\n",
            "<text x=\"{m}\" y=\"606\" font-size=\"22\" fill=\"{muted}\">{source} · Data as of {date}</text>\n",
            "</svg>\n"
        ),
        w = WIDTH,
        h = HEIGHT,
        m = MARGIN,
        r = f64::from(WIDTH) - MARGIN,
        bg = p.bg,
        brand = p.brand,
        line = p.line,
        muted = p.muted,
        site = SITE_NAME,
        source = SOURCE,
        date = x(&date),
        body = body,
    )
}

/// A title line at most `max` wide: the font shrinks for a long name (DejaVu Sans Bold is
/// about 0.68 em a character on average).
fn title(text: &str, y: f64, size: f64, max: f64, fill: &str) -> String {
    let chars = text.chars().count().max(1) as f64;
    let size = size.min(max / (chars * 0.68)).floor();
    format!(
        "<text x=\"{MARGIN}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"bold\" fill=\"{fill}\">{}</text>\n",
        x(text)
    )
}

/// A grade's square swatch followed by its words, so the colour is never the only cue. The
/// words shrink to fit the card (DejaVu Sans is about 0.53 em a character on average).
fn grade_line(p: &Palette, grade: Option<Grade>, y: f64, words: &str) -> String {
    let swatch = match grade {
        Some(g) => format!(
            "<rect x=\"{MARGIN}\" y=\"{}\" width=\"26\" height=\"26\" rx=\"4\" fill=\"{}\"/>\n",
            y - 22.0,
            p.grade(Some(g))
        ),
        None => format!(
            "<rect x=\"{MARGIN}\" y=\"{}\" width=\"26\" height=\"26\" rx=\"4\" fill=\"{}\" stroke=\"{}\" stroke-dasharray=\"4 3\"/>\n",
            y - 22.0,
            p.panel,
            p.muted
        ),
    };
    let room = f64::from(WIDTH) - 2.0 * MARGIN - 40.0;
    let size = 28f64.min(room / (words.chars().count().max(1) as f64 * 0.53)).floor();
    format!(
        "{swatch}<text x=\"{}\" y=\"{y}\" font-size=\"{size}\" fill=\"{}\">{}</text>\n",
        MARGIN + 40.0,
        p.fg,
        x(words)
    )
}

/// The council's latest grade in words, as its card says it: "Latest overall grade: Good
/// (published March 2023)"; for a former council, its last one and when it was abolished.
/// Then, when it has been inspected since under the 2026 framework, a line saying so.
pub fn grade_words(data: &Dataset, council: &Council) -> (Option<Grade>, String, Option<String>) {
    let standing = current_standing(data, council);
    let when = standing.inspection.map(|i| month_year(i.published));
    let latest = if council.current { "Latest overall grade" } else { "Last overall grade" };
    let mut words = match (standing.grade, when) {
        (Some(g), Some(w)) => format!("{latest}: {} (published {w})", g.label()),
        (Some(g), None) => format!("{latest}: {}", g.label()),
        (None, _) => "No overall grade published yet".to_string(),
    };
    if let Some(day) = council.abolished.filter(|_| !council.current) {
        words = format!("{words} · abolished {}", month_year(day));
    }
    let note = standing.inspected_since_2026.map(|i| {
        format!("Inspected again in {}: the 2026 framework gives no overall grade", month_year(i.when()))
    });
    (standing.grade, words, note)
}

/// A council's card: its name, its latest grade in words and its journey chart.
pub fn council_card(data: &Dataset, council: &Council, p: &Palette) -> Card {
    let (grade, words, note) = grade_words(data, council);
    let max = f64::from(WIDTH) - 2.0 * MARGIN;
    let mut body = title(&council.name, 122.0, 54.0, max, &p.fg);
    body.push_str(&grade_line(p, grade, 172.0, &words));
    // The chart fills the space between the words and the source line.
    let mut top = 196.0;
    if let Some(note) = &note {
        body.push_str(&format!(
            "<text x=\"{}\" y=\"206\" font-size=\"22\" fill=\"{}\">{}</text>\n",
            MARGIN + 40.0,
            p.muted,
            x(note)
        ));
        top = 222.0;
    }
    let (chart, chart_svg) = chart::council(data, council, p, (40.0, top, max + 40.0, 556.0 - top));
    body.push_str(&chart_svg);
    // The site's chart key says what a hollow mark is; the card has room for that line only.
    if chart.marks.iter().any(|m| m.predecessor) {
        body.push_str(&format!(
            "<text x=\"{}\" y=\"606\" font-size=\"19\" text-anchor=\"end\" fill=\"{}\">Hollow marks: councils it replaced</text>\n",
            f64::from(WIDTH) - MARGIN,
            p.muted
        ));
    }
    let since = chart.marks.first().map(|m| format!(" since {}", m.year)).unwrap_or_default();
    let note = note.map(|n| format!(" {n}.")).unwrap_or_default();
    let alt = format!(
        "Journey chart of {}'s Ofsted judgements{since}. {}.{note}",
        council.name,
        words.replace(" · ", "; ")
    );
    Card::new(&council.slug, frame(p, data, &body), alt)
}

/// The home page's card: the hex map of every current council at its latest grade, beside the
/// counts in words.
pub fn home_card(data: &Dataset, p: &Palette) -> Card {
    let year = *years(data).end();
    let map = hex_map(data, year_end(data, year));
    let counts = distribution_by_year(data).pop().unwrap_or_default();
    let mut body = title("Where England's councils stand", 122.0, 50.0, 640.0, &p.fg);
    body.push_str(&format!(
        "<text x=\"{MARGIN}\" y=\"170\" font-size=\"26\" fill=\"{}\">Children's services by latest Ofsted grade,</text>\n\
         <text x=\"{MARGIN}\" y=\"204\" font-size=\"26\" fill=\"{}\">{} councils, {}</text>\n",
        p.muted,
        p.muted,
        counts.total(),
        x(&long_date(map.day))
    ));
    let mut y = 262.0;
    for (g, n) in counts.entries() {
        if n == 0 {
            continue;
        }
        let name = g.map_or("Not yet graded", |g| g.label());
        body.push_str(&grade_line(p, g, y, &format!("{n} {name}")));
        y += 46.0;
    }
    if counts.inspected_since_2026 > 0 {
        let n = counts.inspected_since_2026;
        let (them, their) = if n == 1 { ("1 council", "its") } else { (&*format!("{n} councils"), "their") };
        for (k, line) in [
            format!("A dot: {them} inspected again in 2026, which"),
            format!("gives no overall grade; shown at {their} last grade."),
        ]
        .iter()
        .enumerate()
        {
            body.push_str(&format!(
                "<text x=\"{MARGIN}\" y=\"{:.0}\" font-size=\"19\" fill=\"{}\">{}</text>\n",
                y + 4.0 + 26.0 * k as f64,
                p.muted,
                x(line)
            ));
        }
    }
    // The map, scaled into the right-hand side of the card.
    let (bx, by, bw, bh) = (700.0, 76.0, 460.0, 484.0);
    let s = (bw / map.width).min(bh / map.height);
    let (ox, oy) = (bx + (bw - map.width * s) / 2.0, by + (bh - map.height * s) / 2.0);
    body.push_str(&format!("<g transform=\"translate({ox:.1} {oy:.1}) scale({s:.3})\">\n"));
    for c in &map.cells {
        let (fill, stroke) = match c.grade {
            Some(g) if g != Grade::NotJudged && g != Grade::NotGraded2026 => {
                (p.grade(Some(g)), p.bg.as_str())
            }
            _ => (p.panel.as_str(), p.muted.as_str()),
        };
        body.push_str(&format!(
            "<polygon points=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"0.6\"/>\n",
            c.points
        ));
    }
    for r in region_outlines(&map) {
        body.push_str(&format!(
            "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"0.9\" stroke-linejoin=\"round\"/>\n",
            r.path, p.fg
        ));
    }
    for c in &map.cells {
        let fill = if c.grade.is_some() { p.grade_text.as_str() } else { p.muted.as_str() };
        body.push_str(&format!(
            "<text x=\"{}\" y=\"{:.1}\" font-size=\"6\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{fill}\">{}</text>\n",
            c.x,
            c.y + 2.2,
            x(grade_code(c.grade))
        ));
        // As on the site: a dot for a council inspected again under the 2026 framework.
        if let Some((mx, my)) = c.mark {
            let fill = if c.grade.is_some() { &p.grade_text } else { &p.fg };
            body.push_str(&format!("<circle cx=\"{mx}\" cy=\"{my}\" r=\"1.7\" fill=\"{fill}\"/>\n"));
        }
    }
    body.push_str("</g>\n");
    let alt = format!(
        "Hex map of England's {} councils by their latest overall Ofsted grade for children's services, {}: {}.",
        counts.total(),
        long_date(map.day),
        journeys_core::national::counts_sentence(&counts)
    );
    Card::new("home", frame(p, data, &body), alt)
}

/// The card of every other page: the site's name, what it shows and the grades' colours.
pub fn site_card(data: &Dataset, p: &Palette) -> Card {
    // Both lines at the size the longer one fits.
    let first = "How English councils' children's services";
    let size = (1080.0 / (first.chars().count() as f64 * 0.68)).floor();
    let mut body = title(first, 140.0, size, 1080.0, &p.fg);
    body.push_str(&title("fared under Ofsted inspection", 140.0 + size * 1.25, size, 1080.0, &p.fg));
    body.push_str(&format!(
        "<text x=\"{MARGIN}\" y=\"262\" font-size=\"28\" fill=\"{}\">Every council's journey since 2009, with the reports:</text>\n",
        p.muted
    ));
    let scale =
        [Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Adequate, Grade::Inadequate];
    for (k, g) in scale.iter().enumerate() {
        body.push_str(&grade_line(p, Some(*g), 322.0 + 46.0 * k as f64, g.label()));
    }
    let alt = format!(
        "{SITE_NAME}: every English council's Ofsted inspections of children's services since 2009, graded \
         Outstanding, Good, Requires improvement, Adequate or Inadequate."
    );
    Card::new("site", frame(p, data, &body), alt)
}

/// Every page's card: the home page's, each council's (current and former) and the site's.
pub struct Cards {
    pub home: Card,
    pub site: Card,
    /// By council code.
    pub councils: std::collections::BTreeMap<String, Card>,
}

impl Cards {
    pub fn new(data: &Dataset, p: &Palette) -> Cards {
        Cards {
            home: home_card(data, p),
            site: site_card(data, p),
            councils: data.councils.iter().map(|c| (c.code.clone(), council_card(data, c, p))).collect(),
        }
    }

    /// Every card once.
    pub fn all(&self) -> impl Iterator<Item = &Card> {
        [&self.home, &self.site].into_iter().chain(self.councils.values())
    }

    /// The card of a page: a council's pages (journey, worksheet, embed) show its chart, the
    /// home page and the map embed the national picture, every other page the site's card.
    pub fn for_route(&self, data: &Dataset, route: &Route) -> &Card {
        let council = |key: &str| data.find_council(key).and_then(|c| self.councils.get(&c.code));
        let found = match route {
            Route::Home | Route::Embed { widget: EmbedWidget::Map, .. } => Some(&self.home),
            Route::Council { key, .. }
            | Route::Worksheet { key }
            | Route::Embed { widget: EmbedWidget::Council { key }, .. } => council(key),
            _ => None,
        };
        found.unwrap_or(&self.site)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn palette() -> Palette {
        Palette::from_css(include_str!("../../../assets/styles.css")).unwrap()
    }

    fn data() -> Dataset {
        journeys_core::load::parse_dataset(include_str!("../../../assets/data/dataset.json")).unwrap()
    }

    #[test]
    fn a_council_card_names_the_council_its_grade_the_source_and_the_date() {
        let data = data();
        let leeds = data.find_council("leeds").unwrap();
        let card = council_card(&data, leeds, &palette());
        assert!(card.file.starts_with("cards/leeds-") && card.file.ends_with(".png"), "{}", card.file);
        assert!(card.svg.contains(">Leeds</text>"), "{}", card.svg);
        assert!(card.svg.contains("Latest overall grade: Outstanding"), "{}", card.svg);
        assert!(card.svg.contains(SOURCE));
        let date = long_date(release_date(&data));
        assert!(card.svg.contains(&format!("Data as of {date}")));
        assert!(card.alt.contains("Leeds") && card.alt.contains("Outstanding"), "{}", card.alt);
        assert!(!card.svg.contains("Hollow marks"), "Leeds replaced no council");
        let bcp = council_card(&data, data.find_council("E06000058").unwrap(), &palette());
        assert!(bcp.svg.contains("Hollow marks: councils it replaced"));
    }

    #[test]
    fn a_former_council_card_says_it_was_abolished() {
        let data = data();
        let north = data.find_council("E10000021").unwrap();
        let (_, words, note) = grade_words(&data, north);
        assert_eq!(note, None);
        assert!(words.starts_with("Last overall grade: Inadequate"), "{words}");
        assert!(words.ends_with("abolished April 2021"), "{words}");
    }

    #[test]
    fn a_council_inspected_again_in_2026_says_so_under_its_grade() {
        let data = data();
        let council = data
            .councils
            .iter()
            .find(|c| current_standing(&data, c).inspected_since_2026.is_some())
            .expect("a council inspected under the 2026 framework since its grade");
        let card = council_card(&data, council, &palette());
        assert!(card.svg.contains("Inspected again in "), "{}", card.svg);
        assert!(card.alt.contains("the 2026 framework gives no overall grade"), "{}", card.alt);
    }

    #[test]
    fn names_change_with_the_content() {
        let data = data();
        let p = palette();
        let a = council_card(&data, data.find_council("leeds").unwrap(), &p);
        let b = council_card(&data, data.find_council("leeds").unwrap(), &p);
        let c = council_card(&data, data.find_council("bradford").unwrap(), &p);
        assert_eq!(a.file, b.file);
        assert_ne!(a.file.rsplit('-').next(), c.file.rsplit('-').next());
        let home = home_card(&data, &p);
        let dark = Palette { bg: "#000".to_string(), ..p.clone() };
        assert_ne!(home.file, home_card(&data, &dark).file);
    }
}
