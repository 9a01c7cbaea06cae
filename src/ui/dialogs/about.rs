//! Help → About: the version, Leadflow's licence, and the licences of what it ships with: the
//! fonts bundled in the window and every crate compiled in (`assets/licences`, written by
//! `scripts/third-party-licences`; the packages install the same files).

/// The bundled fonts: name, licence, file of the licence's text (a tab between each).
const FONTS: &str = include_str!("../../../assets/licences/fonts.tsv");
/// Every crate compiled in: name, version, licence (a tab between each).
const CRATES: &str = include_str!("../../../assets/licences/crates.tsv");

/// The rows of a tab-separated table below its header line.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').collect())
}

/// How many crates are compiled in.
#[must_use]
pub fn crate_count() -> usize {
    rows(CRATES).count()
}

/// The About dialog's body; returns whether Close was pressed.
pub fn about_ui(ui: &mut egui::Ui) -> bool {
    ui.heading(crate::tr!("modals-leadflow"));
    ui.label(crate::tr!(
        "modals-version",
        version = env!("CARGO_PKG_VERSION")
    ));
    ui.label(crate::tr!("modals-design-how-your-company-sells"));
    ui.label(crate::tr!("about-licence"));
    ui.add_space(8.0);
    ui.strong(crate::tr!("about-fonts"));
    egui::Grid::new("about-fonts")
        .num_columns(2)
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            for row in rows(FONTS) {
                if let [font, licence, ..] = row.as_slice() {
                    ui.label(*font);
                    ui.label(*licence);
                    ui.end_row();
                }
            }
        });
    ui.add_space(8.0);
    ui.strong(crate::tr!(
        "about-crates",
        count_shown = crate::i18n::format::count(crate_count() as f64)
    ));
    egui::CollapsingHeader::new(crate::tr!("about-crates-list"))
        .id_salt("about-crates-list")
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(240.0)
                .show(ui, |ui| {
                    egui::Grid::new("about-crates")
                        .num_columns(2)
                        .spacing([12.0, 1.0])
                        .striped(true)
                        .show(ui, |ui| {
                            for row in rows(CRATES) {
                                if let [name, version, licence] = row.as_slice() {
                                    ui.label(format!("{name} {version}"));
                                    ui.label(*licence);
                                    ui.end_row();
                                }
                            }
                        });
                });
        });
    ui.label(egui::RichText::new(crate::tr!("about-licence-texts")).weak());
    ui.add_space(8.0);
    ui.button(crate::tr!("modals-close")).clicked()
}
