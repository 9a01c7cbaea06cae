//! Colours and spacings of everything Leadflow draws, light and dark, in one place: the
//! canvas, the plot and exported images all read them.

use super::Colour;
use crate::design::StageKindTag;

/// Light or dark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Light panels and canvas.
    Light,
    /// Dark panels and canvas.
    Dark,
}

/// The colours of a stage kind.
#[derive(Clone, Copy, Debug)]
pub struct KindColours {
    /// Inside of the outline.
    pub fill: Colour,
    /// The outline.
    pub stroke: Colour,
    /// The accent: icons, plot lines.
    pub accent: Colour,
    /// Figures written on the fill.
    pub label: Colour,
}

/// Every colour and size the editor paints with.
#[derive(Clone, Debug)]
pub struct Theme {
    /// Light or dark.
    pub choice: ThemeChoice,
    /// Canvas background.
    pub canvas: Colour,
    /// Grid dots.
    pub grid: Colour,
    /// Main text.
    pub text: Colour,
    /// Secondary text.
    pub text_muted: Colour,
    /// Selection outline and box.
    pub selection: Colour,
    /// A stage whose roles cannot keep up.
    pub bottleneck: Colour,
    /// Text on the bottleneck's and the selection's colour (their tags).
    pub on_accent: Colour,
    /// Flow arrows.
    pub flow: Colour,
    /// Drop-out, warm-up, referral and organic arrows.
    pub flow_secondary: Colour,
    /// Chips for roles and tools on stages.
    pub chip: Colour,
    /// Revenue in plots.
    pub revenue: Colour,
    /// Cost in plots.
    pub cost: Colour,
    /// Grid spacing in scene units.
    pub grid_step: f32,
}

impl Theme {
    /// The theme for `choice`.
    #[must_use]
    pub fn new(choice: ThemeChoice) -> Self {
        match choice {
            ThemeChoice::Light => Self {
                choice,
                canvas: Colour::rgb(0xF8, 0xF9, 0xFB),
                grid: Colour::rgb(0xD5, 0xDA, 0xE1),
                text: Colour::rgb(0x1F, 0x29, 0x37),
                text_muted: Colour::rgb(0x5B, 0x67, 0x78),
                selection: Colour::rgb(0x25, 0x63, 0xEB),
                bottleneck: Colour::rgb(0xDC, 0x26, 0x26),
                on_accent: Colour::WHITE,
                flow: Colour::rgb(0x47, 0x55, 0x69),
                flow_secondary: Colour::rgb(0xA1, 0x62, 0x07),
                chip: Colour::rgba(0xFF, 0xFF, 0xFF, 0xD0),
                revenue: Colour::rgb(0x16, 0xA3, 0x4A),
                cost: Colour::rgb(0xDC, 0x26, 0x26),
                grid_step: 20.0,
            },
            ThemeChoice::Dark => Self {
                choice,
                canvas: Colour::rgb(0x16, 0x19, 0x1F),
                grid: Colour::rgb(0x2E, 0x34, 0x3E),
                text: Colour::rgb(0xE5, 0xE7, 0xEB),
                // Light enough to read on every kind's dark fill, not only on the canvas.
                text_muted: Colour::rgb(0xB4, 0xBB, 0xC6),
                selection: Colour::rgb(0x60, 0xA5, 0xFA),
                bottleneck: Colour::rgb(0xF8, 0x71, 0x71),
                // The dark theme's red and blue are light: white on them does not read.
                on_accent: Colour::rgb(0x16, 0x19, 0x1F),
                flow: Colour::rgb(0x9C, 0xA3, 0xAF),
                flow_secondary: Colour::rgb(0xFB, 0xBF, 0x24),
                chip: Colour::rgba(0x00, 0x00, 0x00, 0x70),
                revenue: Colour::rgb(0x4A, 0xDE, 0x80),
                cost: Colour::rgb(0xF8, 0x71, 0x71),
                grid_step: 20.0,
            },
        }
    }

    /// For a projector: the light theme with darker text and lines, which survive a washed-out
    /// image in a bright meeting room.
    #[must_use]
    pub fn projector() -> Self {
        Self {
            canvas: Colour::WHITE,
            grid: Colour::rgb(0xCB, 0xD2, 0xDC),
            text: Colour::rgb(0x05, 0x0A, 0x14),
            text_muted: Colour::rgb(0x1F, 0x29, 0x37),
            flow: Colour::rgb(0x1F, 0x29, 0x37),
            flow_secondary: Colour::rgb(0x92, 0x40, 0x0E),
            chip: Colour::rgb(0xFF, 0xFF, 0xFF),
            ..Self::new(ThemeChoice::Light)
        }
    }

    /// The colours of a stage kind.
    #[must_use]
    pub fn kind(&self, kind: StageKindTag) -> KindColours {
        // The pale fill, the accent, the dark theme's fill, and the hue deep enough for
        // figures on the pale fill (contrast at least 4.5:1, tested below).
        let (light_fill, accent, dark_fill, deep) = match kind {
            StageKindTag::FunnelStep => (
                [0xDB, 0xEA, 0xFE],
                [0x25, 0x63, 0xEB],
                [0x1E, 0x3A, 0x8A],
                [0x1D, 0x4E, 0xD8],
            ),
            StageKindTag::FlywheelSegment => (
                [0xED, 0xE9, 0xFE],
                [0x7C, 0x3A, 0xED],
                [0x4C, 0x1D, 0x95],
                [0x6D, 0x28, 0xD9],
            ),
            StageKindTag::NurturePool => (
                [0xFE, 0xF3, 0xC7],
                [0xD9, 0x77, 0x06],
                [0x78, 0x35, 0x0F],
                [0x92, 0x40, 0x0E],
            ),
            StageKindTag::Customer => (
                [0xDC, 0xFC, 0xE7],
                [0x16, 0xA3, 0x4A],
                [0x14, 0x53, 0x2D],
                [0x16, 0x65, 0x34],
            ),
            StageKindTag::BrandReach => (
                [0xFC, 0xE7, 0xF3],
                [0xDB, 0x27, 0x77],
                [0x83, 0x18, 0x43],
                [0xBE, 0x18, 0x5D],
            ),
            StageKindTag::Lost => (
                [0xF3, 0xF4, 0xF6],
                [0x6B, 0x72, 0x80],
                [0x37, 0x41, 0x51],
                [0x4B, 0x55, 0x63],
            ),
        };
        let rgb = |[r, g, b]: [u8; 3]| Colour::rgb(r, g, b);
        match self.choice {
            ThemeChoice::Light => KindColours {
                fill: rgb(light_fill),
                stroke: rgb(accent),
                accent: rgb(accent),
                label: rgb(deep),
            },
            // On dark fills the pale light-theme fill reads best for figures; lines and icons
            // keep the hue, lifted towards white to stand out on the dark background.
            ThemeChoice::Dark => KindColours {
                fill: rgb(dark_fill),
                stroke: rgb(light_fill).faded(0.8),
                accent: rgb(accent).mix(Colour::WHITE, 0.3),
                label: rgb(light_fill),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Theme, ThemeChoice};
    use crate::design::StageKindTag;
    use crate::draw::Colour;

    /// WCAG 2.1 AA for text of normal size.
    const LEAST_CONTRAST: f32 = 4.5;

    #[test]
    fn contrast_is_measured_as_wcag_defines_it() {
        assert!((Colour::BLACK.contrast(Colour::WHITE) - 21.0).abs() < 0.01);
        assert!((Colour::WHITE.contrast(Colour::WHITE) - 1.0).abs() < 1e-6);
        // #767676 on white is the lightest grey that passes AA: 4.54.
        let grey = Colour::rgb(0x76, 0x76, 0x76);
        assert!((grey.contrast(Colour::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn every_text_reads_on_what_it_is_drawn_on_in_every_theme() {
        let themes = [
            ("light", Theme::new(ThemeChoice::Light)),
            ("dark", Theme::new(ThemeChoice::Dark)),
            ("projector", Theme::projector()),
        ];
        let mut too_faint = Vec::new();
        for (name, theme) in &themes {
            let mut check = |what: &str, text: Colour, on: Colour| {
                let ratio = text.contrast(on);
                if ratio < LEAST_CONTRAST {
                    too_faint.push(format!("{name}: {what} {ratio:.2}"));
                }
            };
            check("text on the canvas", theme.text, theme.canvas);
            check(
                "secondary text on the canvas",
                theme.text_muted,
                theme.canvas,
            );
            check("a bottleneck tag", theme.on_accent, theme.bottleneck);
            check("a changed tag", theme.on_accent, theme.selection);
            for kind in [
                StageKindTag::FunnelStep,
                StageKindTag::FlywheelSegment,
                StageKindTag::NurturePool,
                StageKindTag::Customer,
                StageKindTag::BrandReach,
                StageKindTag::Lost,
            ] {
                let colours = theme.kind(kind);
                check(&format!("{kind:?}'s figures"), colours.label, colours.fill);
                check(
                    &format!("{kind:?}'s name and tags"),
                    theme.text,
                    colours.fill,
                );
                check(
                    &format!("{kind:?}'s parameters"),
                    theme.text_muted,
                    colours.fill,
                );
                // A role or tool chip: the chip's colour laid over the fill.
                let chip = Colour::rgb(theme.chip.r, theme.chip.g, theme.chip.b);
                let under_chip = colours.fill.mix(chip, f32::from(theme.chip.a) / 255.0);
                check(&format!("{kind:?}'s chips"), theme.text_muted, under_chip);
            }
        }
        assert!(too_faint.is_empty(), "below 4.5:1: {too_faint:?}");
    }
}
