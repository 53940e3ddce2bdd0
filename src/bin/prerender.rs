//! The release build's pre-renderer (run by `scripts/post-build.mjs`, Trunk's post-build hook):
//! writes every page of the bundled dataset, in every language, as static HTML into the built site.
//!
//!     prerender DIST BASE [ORIGIN]
//!
//! DIST is Trunk's staging directory (its `index.html` is the template), BASE the public URL the
//! site is built for (`/`, `/explorer/`), ORIGIN where it is deployed (`https://example.org`), when
//! known: absolute URLs in link previews and a sitemap.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let run = || -> Result<(), String> {
        let [dist, base, rest @ ..] = args.as_slice() else {
            return Err("usage: prerender DIST BASE [ORIGIN]".into());
        };
        let origin = rest.first().filter(|o| !o.is_empty()).cloned();
        let started = std::time::Instant::now();
        let site = cooperation_explorer::prerender::Site::read(Path::new(dist), base, origin)
            .map_err(|e| e.to_string())?;
        let pages = site.write(Path::new(dist)).map_err(|e| e.to_string())?;
        println!(
            "prerender: {pages} pages in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The pre-renderer runs natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}
