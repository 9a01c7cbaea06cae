//! A colour without a UI toolkit: what the canvas, the SVG writer and the rasteriser share.

/// An sRGB colour with straight (not premultiplied) alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Colour {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
    /// Opacity, 0 (transparent) – 255 (opaque).
    pub a: u8,
}

impl Colour {
    /// Fully transparent.
    pub const TRANSPARENT: Self = Self::rgba(0, 0, 0, 0);
    /// Opaque white.
    pub const WHITE: Self = Self::rgb(0xFF, 0xFF, 0xFF);
    /// Opaque black.
    pub const BLACK: Self = Self::rgb(0, 0, 0);

    /// An opaque colour.
    #[must_use]
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b, a: 0xFF }
    }

    /// A colour with opacity `a`.
    #[must_use]
    pub const fn rgba(r: u8, g: u8, b: u8, a: u8) -> Self {
        Self { r, g, b, a }
    }

    /// The same colour with its opacity multiplied by `factor` (0–1).
    #[must_use]
    pub fn faded(self, factor: f32) -> Self {
        Self {
            a: (f32::from(self.a) * factor.clamp(0.0, 1.0)).round() as u8,
            ..self
        }
    }

    /// Part of the way (`t`, 0–1) towards `other`, channel by channel.
    #[must_use]
    pub fn mix(self, other: Self, t: f32) -> Self {
        let t = t.clamp(0.0, 1.0);
        let channel =
            |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Self {
            r: channel(self.r, other.r),
            g: channel(self.g, other.g),
            b: channel(self.b, other.b),
            a: channel(self.a, other.a),
        }
    }

    /// The contrast ratio of two opaque colours as WCAG 2.1 defines it: from 1 (the same) to
    /// 21 (black on white); text needs at least 4.5.
    #[must_use]
    pub fn contrast(self, other: Self) -> f32 {
        let luminance = |colour: Self| {
            let channel = |value: u8| {
                let value = f32::from(value) / 255.0;
                if value <= 0.040_45 {
                    value / 12.92
                } else {
                    ((value + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)
        };
        let (one, two) = (luminance(self), luminance(other));
        (one.max(two) + 0.05) / (one.min(two) + 0.05)
    }

    /// Whether nothing of it shows.
    #[must_use]
    pub fn is_transparent(self) -> bool {
        self.a == 0
    }

    /// `#rrggbb`, for SVG (opacity goes in a separate attribute).
    #[must_use]
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Opacity as a fraction.
    #[must_use]
    pub fn opacity(self) -> f32 {
        f32::from(self.a) / 255.0
    }
}

#[cfg(test)]
mod tests {
    use super::Colour;

    #[test]
    fn mixing_and_fading() {
        let grey = Colour::BLACK.mix(Colour::WHITE, 0.5);
        assert_eq!((grey.r, grey.a), (128, 255));
        assert_eq!(Colour::WHITE.faded(0.5).a, 128);
        assert_eq!(Colour::rgb(0x25, 0x63, 0xEB).hex(), "#2563eb");
    }
}
