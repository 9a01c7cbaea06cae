//! The palette: stage kinds, roles and tools to drag onto the canvas.

use crate::design::{Channel, Design, RoleId, StageKindTag, ToolId};
use crate::draw::Theme;
use egui::{Id, RichText};

/// Something dragged from the palette.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaletteItem {
    /// A new stage of this kind (drop on the canvas).
    Stage(StageKindTag),
    /// One person of this role (drop on a stage).
    Role(RoleId),
    /// This tool (drop on a stage).
    Tool(ToolId),
    /// A new lead source of this channel (drop on the stage its leads enter).
    Source(Channel),
}

/// A small picture of what an item is, painted so it needs no icon font.
#[derive(Clone, Copy)]
enum Icon {
    Kind(StageKindTag),
    Person,
    Tool,
    Source,
}

/// A stage kind's outline in miniature, as on the canvas.
fn paint_kind_icon(
    painter: &egui::Painter,
    rect: egui::Rect,
    kind: StageKindTag,
    fill: egui::Color32,
    stroke: egui::Stroke,
) {
    let c = rect.center();
    let colour = stroke.color;
    match kind {
        StageKindTag::FunnelStep => {
            let points = vec![
                rect.left_top(),
                rect.right_top(),
                egui::pos2(rect.right() - 4.0, rect.bottom()),
                egui::pos2(rect.left() + 4.0, rect.bottom()),
            ];
            painter.add(egui::Shape::convex_polygon(points, fill, stroke));
        }
        StageKindTag::FlywheelSegment => {
            painter.circle_stroke(c, 6.0, egui::Stroke::new(2.5, colour));
            painter.circle_filled(c, 2.0, colour);
        }
        StageKindTag::NurturePool => {
            let body = rect.shrink2(egui::vec2(3.0, 0.0));
            painter.rect(body, 2.0, fill, stroke, egui::StrokeKind::Inside);
            painter.add(egui::Shape::ellipse_stroke(
                egui::pos2(c.x, body.top() + 2.0),
                egui::vec2(body.width() / 2.0, 2.0),
                stroke,
            ));
        }
        StageKindTag::Customer => {
            painter.rect(
                rect.shrink(1.0),
                4.0,
                fill,
                stroke,
                egui::StrokeKind::Inside,
            );
            painter.rect_stroke(
                rect.shrink(3.5),
                2.0,
                egui::Stroke::new(0.8, colour),
                egui::StrokeKind::Inside,
            );
        }
        StageKindTag::BrandReach => {
            painter.add(egui::Shape::ellipse_filled(c, egui::vec2(8.0, 6.0), fill));
            painter.add(egui::Shape::ellipse_stroke(c, egui::vec2(8.0, 6.0), stroke));
        }
        StageKindTag::Lost => {
            painter.line_segment(
                [
                    rect.left_top() + egui::vec2(3.0, 1.0),
                    rect.right_bottom() - egui::vec2(3.0, 1.0),
                ],
                stroke,
            );
            painter.line_segment(
                [
                    rect.right_top() + egui::vec2(-3.0, 1.0),
                    rect.left_bottom() + egui::vec2(3.0, -1.0),
                ],
                stroke,
            );
        }
    }
}

fn paint_icon(ui: &mut egui::Ui, icon: Icon, colour: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 14.0), egui::Sense::hover());
    let painter = ui.painter();
    let stroke = egui::Stroke::new(1.4, colour);
    let fill = colour.gamma_multiply(0.25);
    let c = rect.center();
    match icon {
        Icon::Kind(kind) => paint_kind_icon(painter, rect, kind, fill, stroke),
        Icon::Person => {
            painter.circle_stroke(egui::pos2(c.x, rect.top() + 4.0), 3.0, stroke);
            painter.add(egui::Shape::ellipse_stroke(
                egui::pos2(c.x, rect.bottom() - 1.0),
                egui::vec2(6.0, 4.0),
                stroke,
            ));
        }
        Icon::Source => {
            painter.line_segment(
                [
                    egui::pos2(rect.left() + 2.0, c.y),
                    egui::pos2(rect.right() - 3.0, c.y),
                ],
                stroke,
            );
            painter.add(egui::Shape::convex_polygon(
                vec![
                    egui::pos2(rect.right(), c.y),
                    egui::pos2(rect.right() - 6.0, c.y - 4.0),
                    egui::pos2(rect.right() - 6.0, c.y + 4.0),
                ],
                colour,
                egui::Stroke::NONE,
            ));
            painter.circle_filled(egui::pos2(rect.left() + 3.0, c.y), 2.5, colour);
        }
        Icon::Tool => {
            painter.rect(
                rect.shrink2(egui::vec2(2.0, 2.0)),
                2.0,
                fill,
                stroke,
                egui::StrokeKind::Inside,
            );
            painter.line_segment(
                [
                    egui::pos2(rect.left() + 5.0, c.y),
                    egui::pos2(rect.right() - 5.0, c.y),
                ],
                stroke,
            );
        }
    }
}

/// One item: dragged onto the canvas with the mouse, or, once Tab has reached it, Enter uses
/// it (returned): a stage kind adds a stage, anything else goes to the selected stage.
fn item_ui(
    ui: &mut egui::Ui,
    id: Id,
    item: PaletteItem,
    icon: Icon,
    label: &str,
    colour: egui::Color32,
    hint: &str,
) -> Option<PaletteItem> {
    let response = ui
        .dnd_drag_source(id, item.clone(), |ui| {
            ui.horizontal(|ui| {
                paint_icon(ui, icon, colour);
                // Painted, not a label: the item itself carries the name in the accessibility
                // tree, once.
                let galley = ui.painter().layout_no_wrap(
                    label.to_owned(),
                    egui::TextStyle::Body.resolve(ui.style()),
                    ui.visuals().text_color(),
                );
                let (rect, _) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
                ui.painter()
                    .galley(rect.min, galley, ui.visuals().text_color());
            });
        })
        .response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    let used = response.has_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    response.on_hover_text(hint);
    used.then_some(item)
}

/// Shows the palette; returns the item Enter used, if one was.
pub fn palette_ui(ui: &mut egui::Ui, design: &Design, theme: &Theme) -> Option<PaletteItem> {
    let mut used = None;
    ui.add_space(4.0);
    ui.heading(crate::tr!("palette-stages"));
    ui.label(
        RichText::new(crate::tr!("palette-stages-hint"))
            .small()
            .weak(),
    );
    ui.add_space(2.0);
    for kind in StageKindTag::ALL {
        used = used.or(item_ui(
            ui,
            Id::unique(("palette-stage", kind.message_id())),
            PaletteItem::Stage(kind),
            Icon::Kind(kind),
            &kind.label(crate::i18n::current()),
            theme.kind(kind).accent.into(),
            &crate::tr!("palette-stage-tooltip"),
        ));
    }
    ui.add_space(10.0);
    ui.heading(crate::tr!("palette-sources"));
    ui.label(
        RichText::new(crate::tr!("palette-sources-hint"))
            .small()
            .weak(),
    );
    ui.add_space(2.0);
    for channel in Channel::ALL {
        used = used.or(item_ui(
            ui,
            Id::unique(("palette-source", channel.message_id())),
            PaletteItem::Source(channel),
            Icon::Source,
            &channel.label(crate::i18n::current()),
            theme.flow.into(),
            &crate::tr!("palette-source-tooltip"),
        ));
    }
    ui.add_space(10.0);
    ui.heading(crate::tr!("palette-roles"));
    ui.label(
        RichText::new(crate::tr!("palette-roles-hint"))
            .small()
            .weak(),
    );
    ui.add_space(2.0);
    for (role_id, role) in &design.roles {
        used = used.or(item_ui(
            ui,
            Id::unique(("palette-role", role_id.as_str())),
            PaletteItem::Role(role_id.clone()),
            Icon::Person,
            &role.name_in(role_id, crate::i18n::current()),
            theme.text_muted.into(),
            &crate::tr!(
                "palette-role-tooltip",
                leads = crate::i18n::format::number(role.leads_per_person_per_week, 0),
                cost = crate::i18n::format::money(role.monthly_cost, &design.presentation.currency)
            ),
        ));
    }
    ui.add_space(10.0);
    ui.heading(crate::tr!("palette-tools"));
    ui.label(
        RichText::new(crate::tr!("palette-tools-hint"))
            .small()
            .weak(),
    );
    ui.add_space(2.0);
    for (tool_id, tool) in &design.tools {
        used = used.or(item_ui(
            ui,
            Id::unique(("palette-tool", tool_id.as_str())),
            PaletteItem::Tool(tool_id.clone()),
            Icon::Tool,
            &tool.name_in(tool_id, crate::i18n::current()),
            theme.text_muted.into(),
            &crate::tr!(
                "palette-tool-tooltip",
                category = tool.category.label(crate::i18n::current()),
                cost = crate::i18n::format::money(tool.monthly_cost, &design.presentation.currency)
            ),
        ));
    }
    used
}
