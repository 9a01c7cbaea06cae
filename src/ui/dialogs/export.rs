//! File → Export image…: the options with a live preview.

use crate::design::{Design, StageId};
use crate::draw::ThemeChoice;
use crate::export::{self, ExportOptions, ExportSettings, Format, Layout};
use crate::sim::SimResult;
use egui::RichText;
use std::collections::BTreeSet;

/// The preview's longest side on screen, in points.
const PREVIEW_SIZE: f32 = 440.0;

/// The open export dialog: its preview, kept until the options or the design change.
#[derive(Default)]
pub struct ExportDialog {
    preview: Option<Preview>,
}

struct Preview {
    options: ExportOptions,
    revision: u64,
    texture: egui::TextureHandle,
    /// Size of the exported image at the chosen scale, in pixels.
    full_size: (u32, u32),
}

/// What the person chose in the dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportChoice {
    /// Write the export to a file (asked for next; the dialog waits).
    Export,
    /// Put a PNG of it on the clipboard.
    Copy,
    /// Close the dialog.
    Cancel,
}

/// The options the export settings and the selection ask for.
#[must_use]
pub fn export_options(
    settings: &ExportSettings,
    selection: &BTreeSet<StageId>,
    format: Format,
) -> ExportOptions {
    // The deck's preview is its year slide, the picture closest to what it holds.
    // A report is only a PDF: another format shows the slide instead.
    let layout = match (format, settings.layout) {
        (Format::Pptx, _) => Layout::Slide,
        (format, Layout::Report) if format != Format::Pdf => Layout::Slide,
        (_, layout) => layout,
    };
    ExportOptions {
        format,
        layout,
        scale: settings.scale,
        theme: settings.theme,
        transparent: settings.transparent
            && !matches!(format, Format::Pdf | Format::Pptx)
            && !format.is_animation(),
        only: (layout == Layout::Diagram && settings.selection_only && !selection.is_empty())
            .then(|| selection.clone()),
        motion: settings.motion.clamped(),
        language: crate::i18n::current(),
    }
}

/// What the export dialog draws from: the design, its simulation, and the options.
pub struct ExportContext<'a> {
    /// The design.
    pub design: &'a Design,
    /// Its live simulation; none while the first is worked out (the preview then simulates
    /// for itself, only when it is drawn again).
    pub result: Option<&'a SimResult>,
    /// The history revision of the design, to tell when the preview is stale.
    pub revision: u64,
    /// The export options, kept between runs.
    pub settings: &'a mut ExportSettings,
    /// The selected stages (for "only the selection").
    pub selection: &'a BTreeSet<StageId>,
}

impl ExportDialog {
    /// Shows the dialog; returns what the person chose, once they have.
    pub fn show(&mut self, ctx: &egui::Context, export: ExportContext<'_>) -> Option<ExportChoice> {
        self.refresh_preview(ctx, &export);
        let ExportContext {
            settings,
            selection,
            ..
        } = export;
        let mut choice = None;
        let has_selection = !selection.is_empty();
        let response = super::anchored_dialog("leadflow-export").show(ctx, |ui| {
            ui.set_max_width(PREVIEW_SIZE + 40.0);
            let is_report = settings.format == Format::Pdf && settings.layout == Layout::Report;
            ui.heading(if settings.format == Format::Pptx {
                crate::tr!("export-dialog-export-deck")
            } else if settings.format.is_animation() {
                crate::tr!("export-dialog-export-motion")
            } else if is_report {
                crate::tr!("export-dialog-export-report")
            } else {
                crate::tr!("export-dialog-export-image")
            });
            ui.add_space(6.0);
            options_ui(ui, settings, has_selection);
            ui.add_space(8.0);
            if let Some(preview) = &self.preview {
                let size = preview.texture.size_vec2();
                let fit = (PREVIEW_SIZE / size.x.max(size.y)).min(1.0);
                ui.add(
                    egui::Image::new(&preview.texture)
                        .fit_to_exact_size(size * fit)
                        .corner_radius(4),
                );
                let (width, height) = preview.full_size;
                let note = match settings.format {
                    Format::Png => crate::tr!(
                        "export-dialog-pixels",
                        width = width.to_string(),
                        height = height.to_string()
                    ),
                    Format::Pdf if is_report => crate::tr!("export-dialog-report"),
                    Format::Svg | Format::Pdf => crate::tr!("export-dialog-vectors"),
                    Format::Pptx => crate::tr!("export-dialog-deck"),
                    Format::Gif | Format::Apng => crate::tr!(
                        "export-dialog-motion",
                        seconds = settings.motion.clamped().seconds.to_string(),
                        width = width.to_string(),
                        height = height.to_string()
                    ),
                };
                ui.label(RichText::new(note).small().weak());
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(crate::tr!("export-dialog-export")).clicked() {
                    choice = Some(ExportChoice::Export);
                }
                if ui
                    .button(crate::tr!("export-dialog-copy-as-image"))
                    .clicked()
                {
                    choice = Some(ExportChoice::Copy);
                }
                if ui.button(crate::tr!("export-dialog-cancel")).clicked() {
                    choice = Some(ExportChoice::Cancel);
                }
            });
        });
        if response.should_close() && choice.is_none() {
            choice = Some(ExportChoice::Cancel);
        }
        choice
    }

    fn refresh_preview(&mut self, ctx: &egui::Context, export: &ExportContext<'_>) {
        let options = export_options(export.settings, export.selection, export.settings.format);
        if self.preview.as_ref().is_some_and(|preview| {
            preview.options == options && preview.revision == export.revision
        }) {
            return;
        }
        let fresh;
        let result = if let Some(result) = export.result {
            result
        } else {
            fresh = crate::sim::simulate(export.design);
            &fresh
        };
        let picture = export::picture(export.design, result, &options);
        let fit = PREVIEW_SIZE / picture.width.max(picture.height).max(1.0);
        // Twice the preview's size on screen, for high-density displays.
        let Ok((width, height, rgba)) =
            export::pixels(export.design, result, &options, (2.0 * fit).min(2.0))
        else {
            self.preview = None;
            return;
        };
        let image =
            egui::ColorImage::from_rgba_unmultiplied([width as usize, height as usize], &rgba);
        let scale = if options.format.is_animation() {
            export::motion::PIXELS_PER_UNIT
        } else {
            options.scale as f32
        };
        self.preview = Some(Preview {
            full_size: (
                (picture.width * scale).ceil() as u32,
                (picture.height * scale).ceil() as u32,
            ),
            texture: ctx.load_texture("export-preview", image, egui::TextureOptions::LINEAR),
            options,
            revision: export.revision,
        });
    }
}

/// The export options as a form.
fn options_ui(ui: &mut egui::Ui, settings: &mut ExportSettings, has_selection: bool) {
    egui::Grid::new("export-options")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label(crate::tr!("export-dialog-format"));
            // Pictures and the deck on one row, the animations under them.
            let (still, moving): (Vec<Format>, Vec<Format>) = Format::ALL
                .into_iter()
                .partition(|format| !format.is_animation());
            for (row, formats) in [still, moving].into_iter().enumerate() {
                if row > 0 {
                    ui.label("");
                }
                ui.horizontal(|ui| {
                    for format in formats {
                        ui.selectable_value(
                            &mut settings.format,
                            format,
                            format.label(crate::i18n::current()),
                        );
                    }
                });
                ui.end_row();
            }
            // A deck has every slide, an animation the whole process: what one picture shows
            // is not a choice there.
            let is_deck = settings.format == Format::Pptx || settings.format.is_animation();
            if settings.format.is_animation() {
                motion_ui(ui, &mut settings.motion);
            }
            if !is_deck {
                ui.label(crate::tr!("export-dialog-show"));
                ui.horizontal(|ui| {
                    for layout in [Layout::Slide, Layout::Diagram] {
                        ui.selectable_value(
                            &mut settings.layout,
                            layout,
                            layout.label(crate::i18n::current()),
                        );
                    }
                    if settings.format == Format::Pdf {
                        ui.selectable_value(
                            &mut settings.layout,
                            Layout::Report,
                            Layout::Report.label(crate::i18n::current()),
                        );
                    }
                });
                ui.end_row();
            }
            if settings.layout == Layout::Diagram && !is_deck {
                ui.label("");
                ui.add_enabled(
                    has_selection,
                    egui::Checkbox::new(
                        &mut settings.selection_only,
                        crate::tr!("export-dialog-only-selected"),
                    ),
                );
                ui.end_row();
            }
            if settings.format == Format::Png {
                ui.label(crate::tr!("export-dialog-scale"));
                ui.horizontal(|ui| {
                    for scale in [1, 2, 4] {
                        ui.selectable_value(&mut settings.scale, scale, format!("{scale}×"));
                    }
                });
                ui.end_row();
            }
            ui.label(crate::tr!("export-dialog-theme"));
            ui.horizontal(|ui| {
                ui.selectable_value(
                    &mut settings.theme,
                    ThemeChoice::Light,
                    crate::tr!("export-dialog-light"),
                );
                ui.selectable_value(
                    &mut settings.theme,
                    ThemeChoice::Dark,
                    crate::tr!("export-dialog-dark"),
                );
            });
            ui.end_row();
            if !matches!(settings.format, Format::Pdf | Format::Pptx)
                && !settings.format.is_animation()
            {
                ui.label(crate::tr!("export-dialog-background"));
                ui.checkbox(
                    &mut settings.transparent,
                    crate::tr!("export-dialog-transparent"),
                );
                ui.end_row();
            }
        });
}

/// An animation's length and frame rate.
fn motion_ui(ui: &mut egui::Ui, motion: &mut export::motion::Motion) {
    use export::motion::Motion;
    ui.label(crate::tr!("export-dialog-seconds"));
    ui.add(
        egui::Slider::new(&mut motion.seconds, Motion::SECONDS)
            .suffix(" s")
            .integer(),
    );
    ui.end_row();
    ui.label(crate::tr!("export-dialog-fps"));
    ui.horizontal(|ui| {
        for fps in [5, 10, 15, 25] {
            ui.selectable_value(&mut motion.fps, fps, fps.to_string());
        }
    });
    ui.end_row();
}
