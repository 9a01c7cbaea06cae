//! Small form helpers shared by the inspectors: every input gets an accessible label.

use egui::{Response, Slider};

/// A label and a widget in two grid cells; the widget is named by the label.
pub fn labelled(
    ui: &mut egui::Ui,
    text: &str,
    add: impl FnOnce(&mut egui::Ui) -> Response,
) -> Response {
    let label = ui.label(text);
    add(ui).labelled_by(label.id)
}

/// A 0..1 share edited as 0–100 %.
pub fn percent_slider(ui: &mut egui::Ui, value: &mut f64, _name: &str) -> Response {
    let mut percent = *value * 100.0;
    let response = ui.add(
        Slider::new(&mut percent, 0.0..=100.0)
            .suffix(" %")
            .fixed_decimals(1),
    );
    if response.changed() {
        *value = (percent / 100.0).clamp(0.0, 1.0);
    }
    response
}
