//! The flow in motion: a looping GIF whose frames differ as the leads move and the weeks go
//! by, small enough for an e-mail; an animated PNG with every frame that opens again as the
//! design.

use leadflow::design::Design;
use leadflow::export::motion::Motion;
use leadflow::export::{self, ExportOptions, Format};
use leadflow::{sim, templates};

fn example(name: &str) -> Design {
    templates::design_named(name).expect("an example")
}

fn animation(design: &Design, format: Format, motion: Motion) -> Vec<u8> {
    let result = sim::simulate(design);
    let options = ExportOptions {
        format,
        motion,
        ..ExportOptions::default()
    };
    export::export(design, &result, &options).expect("an animation")
}

/// Every frame of a GIF as full RGBA images, each drawn over the one before (as a viewer
/// shows them).
fn gif_frames(bytes: &[u8]) -> (Vec<Vec<u8>>, gif::Repeat, (u16, u16)) {
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options.read_info(bytes).expect("a GIF");
    let size = (decoder.width(), decoder.height());
    let mut canvas = vec![0_u8; usize::from(size.0) * usize::from(size.1) * 4];
    let mut frames = Vec::new();
    while let Some(frame) = decoder.read_next_frame().expect("a frame") {
        for (index, pixel) in frame.buffer.chunks_exact(4).enumerate() {
            let x = usize::from(frame.left) + index % usize::from(frame.width);
            let y = usize::from(frame.top) + index / usize::from(frame.width);
            if pixel[3] != 0 {
                let at = (y * usize::from(size.0) + x) * 4;
                canvas[at..at + 4].copy_from_slice(pixel);
            }
        }
        frames.push(canvas.clone());
    }
    (frames, decoder.repeat(), size)
}

#[test]
fn the_gif_loops_through_frames_that_differ() {
    let motion = Motion { seconds: 1, fps: 6 };
    let (frames, repeat, size) = gif_frames(&animation(&example("inbound"), Format::Gif, motion));
    assert_eq!(frames.len(), 6, "seconds × frames a second");
    assert_eq!(repeat, gif::Repeat::Infinite, "it loops");
    assert_eq!(size, (960, 540));
    for pair in frames.windows(2) {
        let changed = pair[0]
            .chunks_exact(4)
            .zip(pair[1].chunks_exact(4))
            .filter(|(a, b)| a != b)
            .count();
        assert!(changed > 50, "only {changed} pixels change between frames");
    }
    // Every pixel is drawn in the first frame: nothing shows through.
    assert!(frames[0].chunks_exact(4).all(|pixel| pixel[3] == 255));
}

#[test]
fn ten_seconds_of_the_sales_silo_fit_in_an_email() {
    let bytes = animation(&example("sales-silo"), Format::Gif, Motion::default());
    assert!(
        bytes.len() < 5 * 1024 * 1024,
        "{} bytes for ten seconds",
        bytes.len()
    );
    assert!(
        bytes.starts_with(b"GIF89a"),
        "a GIF with its loop extension"
    );
}

#[test]
fn the_animated_png_has_every_frame_and_opens_again_as_the_design() {
    let design = example("flywheel");
    let motion = Motion { seconds: 1, fps: 3 };
    let bytes = animation(&design, Format::Apng, motion);
    let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
    let reader = decoder.read_info().expect("a PNG");
    let control = reader.info().animation_control().expect("an animated PNG");
    assert_eq!(control.num_frames, 3);
    assert_eq!(control.num_plays, 0, "it loops");
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("flow.apng");
    std::fs::write(&path, &bytes).expect("written");
    let opened = leadflow::file::load(&path).expect("opens as a design");
    assert_eq!(opened, design);
}

#[test]
fn the_command_line_writes_an_animation_and_refuses_a_length_out_of_range() {
    let directory = tempfile::tempdir().expect("temp dir");
    let output = directory.path().join("flow.gif");
    let run = |seconds: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_leadflow"))
            .args(["export", "assets/examples/inbound.ron", "-o"])
            .arg(&output)
            .args(["--seconds", seconds, "--fps", "2"])
            .output()
            .expect("runs")
    };
    let refused = run("0");
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--seconds"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(!output.exists());
    let written = run("2");
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let (frames, _, _) = gif_frames(&std::fs::read(&output).expect("written"));
    assert_eq!(frames.len(), 4);
}
