//! Zoom to fit fills the canvas, and at the fit zoom of every example no text is smaller on
//! screen than 11 pixels: less detail is drawn instead.

use crate::driver::editor;
use leadflow::draw::{LEAST_TEXT_PX, Shape, Style, Theme, ThemeChoice};

#[test]
fn at_the_fit_zoom_of_every_example_no_text_is_under_eleven_pixels_and_the_design_fills_the_canvas()
{
    let fonts = leadflow::export::Fonts::new();
    let theme = Theme::new(ThemeChoice::Light);
    for template in leadflow::templates::TEMPLATES {
        let mut editor = editor(template.name);
        let zoom = editor.harness.state().view().scene_to_screen.scaling;
        let shown = editor.harness.state().view().scene_rect;
        let app = editor.harness.state_mut();
        let design = app.design().clone();
        let result = app.simulation().cloned();
        let shapes = leadflow::export::diagram_shapes_in(
            &design,
            result.as_ref(),
            None,
            Style::new(&theme, &fonts, leadflow::i18n::current()).legible_at(zoom),
        );
        let smallest = shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { size, text, .. } if !text.is_empty() => Some(size * zoom),
                _ => None,
            })
            .fold(f32::INFINITY, f32::min);
        assert!(
            smallest >= LEAST_TEXT_PX - 1e-3,
            "{}: text {smallest:.1} px at zoom {zoom:.2}",
            template.name
        );
        let drawn = leadflow::draw::bounds_of(&shapes, &fonts).expect("something drawn");
        let filled = ((drawn.max.x - drawn.min.x) / shown.width())
            .max((drawn.max.y - drawn.min.y) / shown.height());
        assert!(
            filled > 0.8,
            "{}: the design fills {:.0} % of the canvas",
            template.name,
            filled * 100.0
        );
    }
}
