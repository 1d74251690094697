//! Rasterising the share cards' SVGs into PNGs with resvg (and tiny-skia), with the fonts
//! this crate ships (`fonts/`, DejaVu Sans; see `fonts/LICENSE`): no system font is looked
//! for, so every machine draws the same pixels. The cards render on worker threads while the
//! pages render on the main one.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{fontdb, Options, Tree};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// The shipped fonts, loaded once and shared by the workers.
pub fn fonts() -> Arc<fontdb::Database> {
    let mut db = fontdb::Database::new();
    db.load_font_data(REGULAR.to_vec());
    db.load_font_data(BOLD.to_vec());
    Arc::new(db)
}

/// The PNG of one SVG, at the SVG's own size.
pub fn png(svg: &str, fonts: &Arc<fontdb::Database>) -> Result<Vec<u8>, String> {
    let options =
        Options { font_family: "DejaVu Sans".to_string(), fontdb: fonts.clone(), ..Options::default() };
    let tree = Tree::from_str(svg, &options).map_err(|e| format!("a card's SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = Pixmap::new(size.width(), size.height()).ok_or("a card of no size")?;
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    // tiny-skia's encoder: an RGB file with harder compression would be 5% smaller but cost
    // four times the time in this debug build (the pixel copy runs unoptimised).
    pixmap.encode_png().map_err(|e| format!("encoding a card: {e}"))
}

/// Renders `jobs` (file, SVG) on `threads` worker threads in the background; joining the
/// handle gives the bytes written, or the first error.
pub fn render_all(
    jobs: Vec<(PathBuf, String)>,
    threads: usize,
) -> std::thread::JoinHandle<Result<u64, String>> {
    std::thread::spawn(move || {
        let fonts = fonts();
        let jobs = Arc::new(jobs);
        let next = Arc::new(AtomicUsize::new(0));
        let workers: Vec<_> = (0..threads.max(1))
            .map(|_| {
                let (jobs, next, fonts) = (jobs.clone(), next.clone(), fonts.clone());
                std::thread::spawn(move || -> Result<u64, String> {
                    let mut bytes = 0;
                    while let Some((path, svg)) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let png = png(svg, &fonts)?;
                        if let Some(dir) = path.parent() {
                            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                        }
                        std::fs::write(path, &png).map_err(|e| format!("{}: {e}", path.display()))?;
                        bytes += png.len() as u64;
                    }
                    Ok(bytes)
                })
            })
            .collect();
        let mut total = 0;
        for w in workers {
            total += w.join().map_err(|_| "a card renderer panicked".to_string())??;
        }
        Ok(total)
    })
}
