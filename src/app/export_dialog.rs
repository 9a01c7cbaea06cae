//! File → Export image… (options with a live preview) and Edit → Copy as image.

use super::LeadflowApp;
use super::modals::Modal;
use crate::draw::ThemeChoice;
use crate::export::{self, ExportOptions, ExportSettings, Format, Layout};
use crate::sim::SimResult;
use egui::RichText;

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

/// What the user did in the dialog.
enum Choice {
    Export,
    Copy,
    Cancel,
}

impl LeadflowApp {
    /// The options the export settings and the current selection ask for.
    pub(super) fn export_options(&self, format: Format) -> ExportOptions {
        let settings = &self.settings.export;
        let selection = &self.view.selection.stages;
        ExportOptions {
            format,
            layout: settings.layout,
            scale: settings.scale,
            theme: settings.theme,
            transparent: settings.transparent && format != Format::Pdf,
            only: (settings.layout == Layout::Diagram
                && settings.selection_only
                && !selection.is_empty())
            .then(|| selection.clone()),
        }
    }

    /// The simulation to draw: the live one, or a fresh run while the worker is busy.
    fn export_result(&self) -> SimResult {
        self.sim
            .result()
            .cloned()
            .unwrap_or_else(|| crate::sim::simulate(&self.doc.design))
    }

    /// Edit → Copy as image: a PNG of what Export would draw, on the clipboard.
    pub(super) fn copy_as_image(&mut self, ctx: &egui::Context) {
        let options = self.export_options(Format::Png);
        let result = self.export_result();
        match export::pixels(&self.doc.design, &result, &options, options.scale as f32) {
            Ok((width, height, rgba)) => ctx.copy_image(egui::ColorImage::from_rgba_unmultiplied(
                [width as usize, height as usize],
                &rgba,
            )),
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    /// Asks where to write the export; the dialog waits, out of sight, for the answer.
    fn ask_where_to_export(&mut self) {
        let format = self.settings.export.format;
        let suggested_name = format!(
            "{}.{}",
            crate::design::slugify(&self.doc.design.name),
            format.extension()
        );
        self.ask_for_file(
            super::file_actions::FilePurpose::Export,
            super::dialogs::Ask::Export {
                suggested_name,
                format,
            },
        );
    }

    /// Writes the export to `path` and closes the dialog; on failure says why and keeps the
    /// dialog open to try again.
    pub(super) fn export_to(&mut self, path: &std::path::Path) {
        let options = self.export_options(self.settings.export.format);
        let result = self.export_result();
        let written = export::export(&self.doc.design, &result, &options)
            .map_err(|error| format!("{}: {error}", path.display()))
            .and_then(|bytes| {
                crate::file::write_atomically(path, &bytes).map_err(|error| error.to_string())
            });
        match written {
            Ok(()) => self.export_dialog = None,
            Err(message) => self.modal = Some(Modal::Error(message)),
        }
    }

    /// Shows the export dialog while it is open.
    pub(super) fn export_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.export_dialog.take() else {
            return;
        };
        self.refresh_preview(ctx, &mut dialog);
        let mut choice = None;
        let has_selection = !self.view.selection.stages.is_empty();
        let response = super::modals::anchored_dialog("leadflow-export").show(ctx, |ui| {
            ui.set_max_width(PREVIEW_SIZE + 40.0);
            ui.heading(crate::tr!("export-dialog-export-image"));
            ui.add_space(6.0);
            options_ui(ui, &mut self.settings.export, has_selection);
            ui.add_space(8.0);
            if let Some(preview) = &dialog.preview {
                let size = preview.texture.size_vec2();
                let fit = (PREVIEW_SIZE / size.x.max(size.y)).min(1.0);
                ui.add(
                    egui::Image::new(&preview.texture)
                        .fit_to_exact_size(size * fit)
                        .corner_radius(4),
                );
                let (width, height) = preview.full_size;
                let note = match self.settings.export.format {
                    Format::Png => crate::tr!(
                        "export-dialog-pixels",
                        width = width.to_string(),
                        height = height.to_string()
                    ),
                    Format::Svg | Format::Pdf => crate::tr!("export-dialog-vectors"),
                };
                ui.label(RichText::new(note).small().weak());
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(crate::tr!("export-dialog-export")).clicked() {
                    choice = Some(Choice::Export);
                }
                if ui
                    .button(crate::tr!("export-dialog-copy-as-image"))
                    .clicked()
                {
                    choice = Some(Choice::Copy);
                }
                if ui.button(crate::tr!("export-dialog-cancel")).clicked() {
                    choice = Some(Choice::Cancel);
                }
            });
        });
        if response.should_close() && choice.is_none() {
            choice = Some(Choice::Cancel);
        }
        let keep_open = match choice {
            None => true,
            Some(Choice::Cancel) => false,
            Some(Choice::Copy) => {
                self.copy_as_image(ctx);
                false
            }
            Some(Choice::Export) => {
                self.ask_where_to_export();
                true
            }
        };
        if keep_open {
            self.export_dialog = Some(dialog);
        }
    }

    fn refresh_preview(&self, ctx: &egui::Context, dialog: &mut ExportDialog) {
        let options = self.export_options(self.settings.export.format);
        let revision = self.doc.history.revision();
        if dialog
            .preview
            .as_ref()
            .is_some_and(|preview| preview.options == options && preview.revision == revision)
        {
            return;
        }
        let result = self.export_result();
        let picture = export::picture(&self.doc.design, &result, &options);
        let fit = PREVIEW_SIZE / picture.width.max(picture.height).max(1.0);
        // Twice the preview's size on screen, for high-density displays.
        let Ok((width, height, rgba)) =
            export::pixels(&self.doc.design, &result, &options, (2.0 * fit).min(2.0))
        else {
            dialog.preview = None;
            return;
        };
        let image =
            egui::ColorImage::from_rgba_unmultiplied([width as usize, height as usize], &rgba);
        let scale = options.scale as f32;
        dialog.preview = Some(Preview {
            full_size: (
                (picture.width * scale).ceil() as u32,
                (picture.height * scale).ceil() as u32,
            ),
            texture: ctx.load_texture("export-preview", image, egui::TextureOptions::LINEAR),
            options,
            revision,
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
            ui.horizontal(|ui| {
                for format in Format::ALL {
                    ui.selectable_value(&mut settings.format, format, format.label());
                }
            });
            ui.end_row();
            ui.label(crate::tr!("export-dialog-show"));
            ui.horizontal(|ui| {
                for layout in [Layout::Slide, Layout::Diagram] {
                    ui.selectable_value(&mut settings.layout, layout, layout.label());
                }
            });
            ui.end_row();
            if settings.layout == Layout::Diagram {
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
            if settings.format != Format::Pdf {
                ui.label(crate::tr!("export-dialog-background"));
                ui.checkbox(
                    &mut settings.transparent,
                    crate::tr!("export-dialog-transparent"),
                );
                ui.end_row();
            }
        });
}
