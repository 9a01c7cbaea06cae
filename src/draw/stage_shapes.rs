//! A stage, its sources and the flows between stages as shapes: outline by kind, name, key
//! parameters, live figures, role and tool chips, arrows with share labels.

use super::Colour;
use super::geometry::{Bounds, FlowPath, FlowRole, Outline, StageGeometry};
use super::shapes::{Align, Line, Shape, TextMeasure, line_height};
use super::theme::Theme;
use crate::design::{Design, Point, Source, Stage, StageId, StageKind};
use crate::i18n::Language;
use crate::sim::{SimResult, StageMetric, Statistic};

/// What the simulation says about a stage, for its label.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StageFigures {
    /// Leads in the stage at the horizon (customers, for a customer stage).
    pub in_stage: f64,
    /// Leads moving on in the last week.
    pub moved_on_per_week: f64,
    /// Leads waiting for a free person at the horizon.
    pub backlog: f64,
}

/// The simulated figures of a stage in the last week of the horizon.
#[must_use]
pub fn figures_of(result: &SimResult, design: &Design, stage_id: &StageId) -> Option<StageFigures> {
    figures_at(result, design, stage_id, result.weeks.checked_sub(1)?)
}

/// The simulated figures of a stage in week `week` (0-based).
#[must_use]
pub fn figures_at(
    result: &SimResult,
    design: &Design,
    stage_id: &StageId,
    week: usize,
) -> Option<StageFigures> {
    let stage = result.stage_index(stage_id)?;
    let week = week.min(result.weeks.checked_sub(1)?);
    let value = |metric| result.stage_value(week, stage, metric, Statistic::Mean);
    let is_customer = design
        .stages
        .get(stage_id)
        .is_some_and(|stage| matches!(stage.kind, crate::design::StageKind::Customer(_)));
    Some(StageFigures {
        in_stage: value(StageMetric::InStage),
        moved_on_per_week: value(if is_customer {
            StageMetric::Entered
        } else {
            StageMetric::MovedOn
        }),
        backlog: value(StageMetric::Backlog),
    })
}

/// How much of a stage to draw: zoomed far out, small text is unreadable and costly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Detail {
    /// Everything: name, parameters, figures, chips, sources.
    #[default]
    Full,
    /// Name and figures only.
    Names,
    /// Outlines only.
    Outline,
}

impl Detail {
    /// The detail that is legible at `zoom` (screen points per scene unit).
    #[must_use]
    pub fn at_zoom(zoom: f32) -> Self {
        if zoom >= 0.45 {
            Self::Full
        } else if zoom >= 0.2 {
            Self::Names
        } else {
            Self::Outline
        }
    }
}

/// How a stage is marked.
#[derive(Clone, Copy, Debug, Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent marks of one stage"
)]
pub struct StageMarks {
    /// Part of the selection.
    pub selected: bool,
    /// Under the pointer.
    pub hovered: bool,
    /// The simulation's bottleneck.
    pub bottleneck: bool,
    /// A drop target of a drag in progress.
    pub drop_target: bool,
    /// Different from the scenario it is compared with.
    pub changed: bool,
    /// Validation found an error in it.
    pub error: bool,
    /// How much to draw at the current zoom.
    pub detail: Detail,
}

/// The smallest text anyone is asked to read on screen, in pixels. Zoomed out, Leadflow draws
/// less (parameters, then figures, chips, give way) rather than smaller text.
pub const LEAST_TEXT_PX: f32 = 11.0;

/// What shapes are drawn with: the theme's colours and a way to measure text.
#[derive(Clone, Copy)]
pub struct Style<'a> {
    /// Colours.
    pub theme: &'a Theme,
    /// Text widths, for tags and chips that fit their labels.
    pub measure: &'a dyn TextMeasure,
    /// The smallest text size drawn, in scene units: [`LEAST_TEXT_PX`] at the zoom shown
    /// (none for a picture, which has its own scale).
    pub least_text: f32,
    /// The language the figures and tags are worded in.
    pub language: Language,
}

impl<'a> Style<'a> {
    /// Text at the sizes it was designed at.
    #[must_use]
    pub fn new(theme: &'a Theme, measure: &'a dyn TextMeasure, language: Language) -> Self {
        Self {
            theme,
            measure,
            least_text: 0.0,
            language,
        }
    }

    /// No text smaller on screen than [`LEAST_TEXT_PX`] at `zoom` screen points per scene unit.
    #[must_use]
    pub fn legible_at(self, zoom: f32) -> Self {
        Self {
            least_text: if zoom > 0.0 {
                LEAST_TEXT_PX / zoom
            } else {
                0.0
            },
            ..self
        }
    }

    /// A text's size as drawn: its own, or the least legible when that is larger.
    fn text_size(&self, size: f32) -> f32 {
        size.max(self.least_text)
    }
}

/// A number of leads, short enough for a label.
#[must_use]
pub fn format_count(value: f64, language: crate::i18n::Language) -> String {
    use crate::i18n::format::number_in;
    if value >= 10_000.0 {
        crate::tr_in!(
            language,
            "count-thousands",
            value = number_in(language, value / 1000.0, 0)
        )
    } else if value >= 100.0 {
        number_in(language, value, 0)
    } else {
        // A whole number (60 customers today, 15 leads a week typed, 42.96 rounded) shows as
        // one: "43.0" beside "44.1" reads as a measurement it is not.
        crate::i18n::format::number_short_in(language, value, 1)
    }
}

/// How wide a line of text may be whose bottom is at `y`: a funnel step narrows downward.
fn room_at(geometry: &StageGeometry, y: f32) -> f32 {
    const MARGIN: f32 = 10.0;
    let label = geometry.label_box;
    let box_width = label.max.x - label.min.x;
    match &geometry.outline {
        Outline::Trapezoid([top_left, top_right, bottom_right, bottom_left]) => {
            let height = (bottom_left.y - top_left.y).max(1.0);
            let along = ((y - top_left.y) / height).clamp(0.0, 1.0);
            let top = top_right.x - top_left.x;
            let bottom = bottom_right.x - bottom_left.x;
            (top + (bottom - top) * along - MARGIN).min(box_width)
        }
        _ => box_width - MARGIN,
    }
}

/// Text to fit `room` wide at up to `size`: smaller, to four fifths of it but never under
/// `least`, for a long name or a long language, then cut with "…". Finnish figures are a
/// third longer than English ones.
fn fitted(
    text: &str,
    size: f32,
    room: f32,
    measure: &dyn TextMeasure,
    least: f32,
) -> (String, f32) {
    let width = measure.width(text, size);
    if width <= room {
        return (text.to_owned(), size);
    }
    let smallest = (size * 0.8).max(least).min(size);
    let shrunk = size * room / width;
    if shrunk >= smallest {
        return (text.to_owned(), shrunk);
    }
    // The longest start that fits with its ellipsis, found in a few measurements.
    let ends: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
    let fits = |count: usize| {
        let end = ends.get(count).copied().unwrap_or(text.len());
        measure.width(&format!("{}…", &text[..end]), smallest) <= room
    };
    let (mut low, mut high) = (0, ends.len());
    while low < high {
        let middle = (low + high).div_ceil(2);
        if fits(middle) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    let end = ends.get(low).copied().unwrap_or(text.len());
    (format!("{}…", text[..end].trim_end()), smallest)
}

/// Appends one stage's shapes to `out`.
pub fn stage_shapes(
    out: &mut Vec<Shape>,
    design: &Design,
    stage: &Stage,
    geometry: &StageGeometry,
    figures: Option<StageFigures>,
    marks: StageMarks,
    style: Style<'_>,
) {
    let theme = style.theme;
    let colours = theme.kind(stage.kind.tag());
    let line = if marks.selected {
        Line::solid(2.5, theme.selection)
    } else if marks.error {
        Line::dashed(2.5, theme.bottleneck, 8.0, 5.0)
    } else if marks.bottleneck {
        Line::solid(2.5, theme.bottleneck)
    } else if marks.hovered || marks.drop_target {
        Line::solid(2.0, colours.stroke)
    } else {
        Line::solid(1.2, colours.stroke)
    };
    outline_shapes(out, &geometry.outline, colours.fill, line);
    if marks.drop_target {
        out.push(Shape::Rect {
            min: Point::new(geometry.bounds.min.x - 5.5, geometry.bounds.min.y - 5.5),
            max: Point::new(geometry.bounds.max.x + 5.5, geometry.bounds.max.y + 5.5),
            corner: 8.0,
            fill: Colour::TRANSPARENT,
            line: Line::solid(1.5, theme.selection),
        });
    }
    if marks.detail == Detail::Outline {
        return;
    }
    stage_mark_shapes(out, design, stage, geometry, figures, marks, style);
    stage_label_shapes(out, design, stage, geometry, figures, style);
}

/// The tags over a stage (bottleneck or waiting, today, measured, changed, error) and its role
/// and tool chips, as [`stage_shapes`] draws them: a PowerPoint deck places them beside the
/// stage's own shape.
pub fn stage_mark_shapes(
    out: &mut Vec<Shape>,
    design: &Design,
    stage: &Stage,
    geometry: &StageGeometry,
    figures: Option<StageFigures>,
    marks: StageMarks,
    style: Style<'_>,
) {
    error_tag_shapes(out, geometry, marks, style);
    top_tags_shapes(out, stage, geometry, figures, marks, style);
    // Chips are the first detail to go when their labels would be too small to read.
    if marks.detail == Detail::Full && style.least_text <= CHIP_TEXT {
        // As wide as the outline is where the chips sit: a funnel step narrows downward.
        let bounds = geometry.label_box;
        let room = room_at(geometry, bounds.max.y - 7.0) + 10.0;
        chip_shapes(out, design, stage, bounds, room, style);
    }
}

/// The lines of text inside a stage (its name, key parameters and live figures), fitted to
/// its outline as [`stage_shapes`] draws them.
pub fn stage_label_shapes(
    out: &mut Vec<Shape>,
    design: &Design,
    stage: &Stage,
    geometry: &StageGeometry,
    figures: Option<StageFigures>,
    style: Style<'_>,
) {
    let language = style.language;
    let theme = style.theme;
    let colours = theme.kind(stage.kind.tag());
    let bounds = geometry.label_box;
    let top = match geometry.outline {
        Outline::Silo { cap_height, .. } => bounds.min.y + cap_height + 2.0,
        Outline::Sector { .. } => bounds.min.y + 4.0,
        _ => bounds.min.y + 8.0,
    };
    let figures_text = figures
        .map(|figures| figures_label(stage, figures, false, language))
        .unwrap_or_default();
    // Worded only when the whole line does not fit: a frame draws hundreds of stages.
    let figures_short = || {
        figures
            .map(|figures| figures_label(stage, figures, true, language))
            .unwrap_or_default()
    };
    let lines = [
        StageLine {
            text: stage.name.clone(),
            short: None,
            size: 17.0,
            offset: 0.0,
            colour: theme.text,
            rank: 0,
        },
        StageLine {
            text: parameters_label(design, stage, language),
            short: None,
            size: 12.5,
            offset: 23.0,
            colour: theme.text_muted,
            rank: 2,
        },
        StageLine {
            text: figures_text,
            short: Some(&figures_short),
            size: 13.5,
            offset: 41.0,
            colour: colours.label,
            rank: 1,
        },
    ];
    stage_lines_shapes(out, geometry, top, &lines, style);
}

/// The size of a chip's label.
const CHIP_TEXT: f32 = 11.0;

/// A line of text inside a stage.
struct StageLine<'a> {
    text: String,
    /// What it says in fewer words, for where the whole line would not fit.
    short: Option<&'a dyn Fn() -> String>,
    /// Its size as designed.
    size: f32,
    /// Below the first line's top, at the designed sizes.
    offset: f32,
    colour: Colour,
    /// Which goes first when not all fit: 0 stays longest.
    rank: u8,
}

/// The stage's lines: where they were designed to be when legible at their sizes; zoomed out,
/// enlarged to the least legible size and stacked, the lowest ranked left out when they do
/// not fit the stage whole.
fn stage_lines_shapes(
    out: &mut Vec<Shape>,
    geometry: &StageGeometry,
    top: f32,
    lines: &[StageLine<'_>],
    style: Style<'_>,
) {
    let center = geometry.label_box.center().x;
    let lines: Vec<&StageLine<'_>> = lines.iter().filter(|line| !line.text.is_empty()).collect();
    if lines.iter().all(|line| line.size >= style.least_text) {
        for line in lines {
            let y = top + line.offset;
            let room = room_at(geometry, y + line_height(line.size));
            let (mut text, mut size) = fitted(&line.text, line.size, room, style.measure, 0.0);
            // Cut short, the fewer words say more than the start of the whole line.
            if text != line.text
                && let Some(short) = line.short.map(|short| short())
                && !short.is_empty()
            {
                (text, size) = fitted(&short, line.size, room, style.measure, 0.0);
            }
            out.push(Shape::text(
                center,
                y,
                Align::Middle,
                size,
                line.colour,
                text,
            ));
        }
        return;
    }
    // Stacked in rank order (the wide top of a funnel step holds what matters most); a line
    // that would not fit whole is left out, save the name, which is cut.
    let mut by_rank = lines;
    by_rank.sort_by_key(|line| line.rank);
    let bottom = geometry.label_box.max.y - 4.0;
    let mut y = top;
    for line in by_rank {
        let size = style.text_size(line.size);
        if line.rank > 0 && y + line_height(size) > bottom {
            break;
        }
        let room = room_at(geometry, y + line_height(size));
        let fits = |text: &str| {
            let (shown, size) = fitted(text, size, room, style.measure, style.least_text);
            (line.rank == 0 || shown == text).then_some((shown, size))
        };
        let Some((text, size)) = fits(&line.text).or_else(|| {
            line.short
                .map(|short| short())
                .and_then(|short| fits(&short))
        }) else {
            continue;
        };
        if text.is_empty() {
            continue;
        }
        out.push(Shape::text(
            center,
            y,
            Align::Middle,
            size,
            line.colour,
            text,
        ));
        y += line_height(size) + 2.0;
    }
}

/// "57.9 in stage · 40.5/wk on", as the stage's kind says it, and in fewer words
/// ("57.9 in stage") for a stage too narrow for it.
fn figures_label(
    stage: &Stage,
    figures: StageFigures,
    short: bool,
    language: crate::i18n::Language,
) -> String {
    let count = format_count(figures.in_stage, language);
    match (&stage.kind, short) {
        (StageKind::Customer(_), false) => crate::tr_in!(
            language,
            "stage-figures-customers",
            customers = count,
            won = format_count(figures.moved_on_per_week.max(0.0), language)
        ),
        (StageKind::Customer(_), true) => {
            crate::tr_in!(language, "stage-figures-customers-short", customers = count)
        }
        (StageKind::Lost, false) => crate::tr_in!(language, "stage-figures-lost", lost = count),
        (StageKind::Lost, true) => String::new(),
        (_, false) => crate::tr_in!(
            language,
            "stage-figures-working",
            leads = count,
            onward = format_count(figures.moved_on_per_week, language)
        ),
        (_, true) => crate::tr_in!(language, "stage-figures-working-short", leads = count),
    }
}

/// "error" under the stage's bottom right corner, wholly below the outline (validation found
/// one).
fn error_tag_shapes(
    out: &mut Vec<Shape>,
    geometry: &StageGeometry,
    marks: StageMarks,
    style: Style<'_>,
) {
    let language = style.language;
    if !marks.error {
        return;
    }
    let Style { theme, measure, .. } = style;
    let size = style.text_size(10.5);
    let height = line_height(size) + 4.0;
    tag_shapes(
        out,
        Point::new(
            geometry.bounds.max.x - 22.0,
            geometry.bounds.max.y + height / 2.0 + 1.0,
        ),
        crate::tr_in!(language, "stage-tag-error"),
        size,
        (theme.bottleneck, Line::NONE, theme.on_accent),
        measure,
    );
}

/// Where the tags above a stage go: each wholly above the outline, so none covers the stage's
/// name or figures, and one that would cover a tag already placed moves just above it.
#[derive(Default)]
struct TagRows {
    placed: Vec<Bounds>,
}

impl TagRows {
    /// The centre of a tag `width` × `height` centred on `x`, its bottom at `bottom` or as far
    /// above as it takes to cover no tag placed before. It only ever moves up past a tag, so
    /// it moves at most once per tag placed.
    fn place(&mut self, x: f32, bottom: f32, width: f32, height: f32) -> Point {
        let mut rect = Bounds::centered(
            Point::new(x, bottom - height / 2.0),
            width + 4.0,
            height + 2.0,
        );
        while let Some(covered) = self.placed.iter().find(|other| {
            rect.min.x < other.max.x
                && other.min.x < rect.max.x
                && rect.min.y < other.max.y
                && other.min.y < rect.max.y
        }) {
            // Half a unit clear of it, so rounding cannot leave the two touching.
            let up = rect.max.y - covered.min.y + 0.5;
            rect.min.y -= up;
            rect.max.y -= up;
        }
        self.placed.push(rect);
        rect.center()
    }
}

/// Which corner of the stage a tag sits over.
#[derive(Clone, Copy)]
enum Corner {
    Left,
    Middle,
    Right,
}

/// The tags above a stage, most important first: the bottleneck (or how many wait where the
/// people cannot keep up) centred, what it holds today on the left, "measured" and "changed"
/// (it differs from the scenario compared with) on the right.
fn top_tags_shapes(
    out: &mut Vec<Shape>,
    stage: &Stage,
    geometry: &StageGeometry,
    figures: Option<StageFigures>,
    marks: StageMarks,
    style: Style<'_>,
) {
    let language = style.language;
    let Style { theme, measure, .. } = style;
    let colours = theme.kind(stage.kind.tag());
    let bounds = geometry.bounds;
    let bottom = bounds.min.y - 1.0;
    let mut rows = TagRows::default();
    let mut tag = |label: String, size: f32, corner: Corner, look: (Colour, Line, Colour)| {
        let width = measure.width(&label, size) + 12.0;
        let height = line_height(size) + 4.0;
        let x = match corner {
            Corner::Left => bounds.min.x + width / 2.0 + 6.0,
            Corner::Middle => geometry.label_box.center().x,
            Corner::Right => bounds.max.x - width / 2.0 - 6.0,
        };
        let center = rows.place(x, bottom, width, height);
        tag_shapes(out, center, label, size, look, measure);
    };
    // The bottleneck is named; any other stage whose people cannot keep up says how many
    // wait, as its advice does (one list of findings, on the canvas too).
    if let Some(figures) = figures
        && (marks.bottleneck || figures.backlog >= 1.0)
    {
        let label = if marks.bottleneck {
            crate::tr_in!(
                language,
                "stage-tag-bottleneck",
                waiting = format_count(figures.backlog, language)
            )
        } else {
            crate::tr_in!(
                language,
                "stage-tag-waiting",
                waiting = format_count(figures.backlog, language)
            )
        };
        tag(
            label,
            style.text_size(11.0),
            Corner::Middle,
            (theme.bottleneck, Line::NONE, theme.on_accent),
        );
    }
    let plain = (colours.fill, Line::solid(1.0, colours.stroke), theme.text);
    if let Some(label) = today_label(stage, language) {
        tag(label, style.text_size(10.5), Corner::Left, plain);
    }
    if let Some(label) = measured_label(stage, language) {
        tag(label, style.text_size(10.5), Corner::Right, plain);
    }
    if marks.changed {
        tag(
            crate::tr_in!(language, "stage-tag-changed"),
            style.text_size(10.5),
            Corner::Right,
            (theme.selection, Line::NONE, theme.on_accent),
        );
    }
}

/// Which of a stage's figures rest on data: "measured" when all it shows do, "partly
/// measured" when some do, nothing when all are assumed. On the top right corner, so a
/// leader sees at a glance what was typed.
#[must_use]
pub fn measured_label(stage: &Stage, language: crate::i18n::Language) -> Option<String> {
    let figures: Vec<bool> = match &stage.kind {
        StageKind::FunnelStep | StageKind::FlywheelSegment => vec![
            stage.measured_conversion().is_some(),
            stage.measured_days().is_some(),
        ],
        StageKind::Customer(_) => vec![stage.measured_order_value().is_some()],
        _ => Vec::new(),
    };
    match figures.iter().filter(|measured| **measured).count() {
        0 => None,
        some if some == figures.len() => Some(crate::tr_in!(language, "stage-tag-measured")),
        _ => Some(crate::tr_in!(language, "stage-tag-partly-measured")),
    }
}

/// "120 today" for a stage that holds something on the start date.
fn today_label(stage: &Stage, language: crate::i18n::Language) -> Option<String> {
    if stage.in_stage_today <= 0.0 || matches!(stage.kind, StageKind::Lost) {
        return None;
    }
    let count = stage.in_stage_today;
    let shown = if count.fract() == 0.0 && count < 10_000.0 {
        crate::i18n::format::number_in(language, count, 0)
    } else {
        format_count(count, language)
    };
    Some(crate::tr_in!(language, "stage-tag-today", count = shown))
}

/// The stage's key parameters in one short line.
fn parameters_label(design: &Design, stage: &Stage, language: crate::i18n::Language) -> String {
    use crate::i18n::format::{number_in, percent_in};
    match &stage.kind {
        StageKind::FunnelStep | StageKind::FlywheelSegment => crate::tr_in!(
            language,
            "stage-parameters-working",
            conversion = percent_in(language, stage.conversion * 100.0, 0),
            days = number_in(language, stage.days_in_stage, 0)
        ),
        StageKind::NurturePool(pool) => crate::tr_in!(
            language,
            "stage-parameters-pool",
            warm_up = percent_in(language, pool.warm_up_per_week * 100.0, 1),
            unsubscribe = percent_in(language, pool.unsubscribe_per_week * 100.0, 1)
        ),
        StageKind::Customer(customers) => crate::tr_in!(
            language,
            "stage-parameters-customers",
            order_value = crate::i18n::format::money_in(
                language,
                customers.order_value,
                &design.presentation.currency
            )
        ),
        StageKind::BrandReach(reach) => crate::tr_in!(
            language,
            "stage-parameters-reach",
            organic = percent_in(language, reach.organic_share * 100.0, 1)
        ),
        StageKind::Lost => String::new(),
    }
}

/// A label in a rounded box centred on `center`: (fill, outline, text colour).
fn tag_shapes(
    out: &mut Vec<Shape>,
    center: Point,
    label: String,
    size: f32,
    (fill, line, text_colour): (Colour, Line, Colour),
    measure: &dyn TextMeasure,
) {
    let width = measure.width(&label, size) + 12.0;
    let height = line_height(size) + 4.0;
    out.push(Shape::Rect {
        min: Point::new(center.x - width / 2.0, center.y - height / 2.0),
        max: Point::new(center.x + width / 2.0, center.y + height / 2.0),
        corner: height / 2.0,
        fill,
        line,
    });
    out.push(Shape::text(
        center.x,
        center.y - line_height(size) / 2.0,
        Align::Middle,
        size,
        text_colour,
        label,
    ));
}

/// What a screen reader says of a stage after its name: its kind, its figures as the canvas
/// shows them (the parameters, what it holds and passes on, who waits), whether the figures
/// are measured, and the sources feeding it: the words of its picture, in one sentence.
#[must_use]
pub fn stage_description(
    design: &Design,
    stage_id: &StageId,
    figures: Option<StageFigures>,
    bottleneck: bool,
    language: crate::i18n::Language,
) -> String {
    let Some(stage) = design.stages.get(stage_id) else {
        return String::new();
    };
    let mut parts = vec![
        stage.kind.tag().label(language),
        parameters_label(design, stage, language),
    ];
    if let Some(figures) = figures {
        parts.push(figures_label(stage, figures, false, language));
        let waiting = format_count(figures.backlog, language);
        if bottleneck {
            parts.push(crate::tr_in!(
                language,
                "stage-tag-bottleneck",
                waiting = waiting
            ));
        } else if figures.backlog >= 1.0 {
            parts.push(crate::tr_in!(
                language,
                "stage-tag-waiting",
                waiting = waiting
            ));
        }
    }
    parts.extend(measured_label(stage, language));
    let sources: Vec<String> = design
        .sources_entering(stage_id)
        .map(|source| {
            crate::tr_in!(
                language,
                "design-inspector-source-heading",
                name = source.name.as_str(),
                leads = format_count(source.leads_per_week, language),
                seasonal = if source.is_seasonal() { "yes" } else { "no" }
            )
        })
        .collect();
    if !sources.is_empty() {
        parts.push(crate::tr_in!(
            language,
            "canvas-stage-sources",
            sources = sources.join(", ")
        ));
    }
    parts.retain(|part| !part.trim().is_empty());
    parts.join("; ").replace('\n', " ")
}

/// The sources feeding a stage, as tags to its left with an arrow into it.
pub fn source_shapes(out: &mut Vec<Shape>, sources: &[&Source], bounds: Bounds, style: Style<'_>) {
    let theme = style.theme;
    let size = style.text_size(11.5);
    for (tag, text) in source_tags(sources, bounds, style) {
        let half_height = (tag.max.y - tag.min.y) / 2.0;
        let y = tag.min.y + half_height;
        let right = tag.max.x;
        out.push(Shape::Rect {
            min: tag.min,
            max: tag.max,
            corner: half_height,
            fill: theme.canvas,
            line: Line::solid(1.0, theme.flow),
        });
        out.push(Shape::text(
            tag.min.x + 6.0,
            y - line_height(size) / 2.0,
            Align::Start,
            size,
            theme.text,
            text,
        ));
        let tip = Point::new(bounds.min.x + 6.0, y);
        out.push(Shape::Path {
            points: vec![Point::new(right, y), Point::new(tip.x - 6.0, y)],
            line: Line::solid(1.3, theme.flow),
        });
        out.push(arrow_head(Point::new(tip.x - 8.0, y), tip, theme.flow));
    }
}

/// Where each source's tag lies beside the stage it feeds (whose label box is `bounds`): one
/// above the other, ending left of the stage; the canvas puts each source's node there.
#[must_use]
pub fn source_tag_boxes(sources: &[&Source], bounds: Bounds, style: Style<'_>) -> Vec<Bounds> {
    source_tags(sources, bounds, style)
        .into_iter()
        .map(|(tag, _)| tag)
        .collect()
}

/// Each source's tag with its text.
fn source_tags(sources: &[&Source], bounds: Bounds, style: Style<'_>) -> Vec<(Bounds, String)> {
    let language = style.language;
    let size = style.text_size(11.5);
    let half_height = line_height(size) / 2.0 + 2.0;
    sources
        .iter()
        .enumerate()
        .map(|(index, source)| {
            let text = crate::tr_in!(
                language,
                "design-inspector-source-heading",
                name = source.name.as_str(),
                leads = format_count(source.leads_per_week, language),
                seasonal = if source.is_seasonal() { "yes" } else { "no" }
            );
            let y = bounds.min.y + 14.0 + index as f32 * (2.0 * half_height + 4.0);
            let right = bounds.min.x - 28.0;
            let width = style.measure.width(&text, size) + 12.0;
            let tag = Bounds {
                min: Point::new(right - width, y - half_height),
                max: Point::new(right, y + half_height),
            };
            (tag, text)
        })
        .collect()
}

/// What a screen reader says of a source: its channel, the leads it brings and what it costs
/// a week, whether it follows a season, and the stage it feeds.
#[must_use]
pub fn source_description(
    design: &Design,
    source: &Source,
    language: crate::i18n::Language,
) -> String {
    let entry = design.stages.get(&source.entry).map_or_else(
        || source.entry.as_str().to_owned(),
        |stage| stage.name.clone(),
    );
    crate::tr_in!(
        language,
        "canvas-source-description",
        channel = source.channel.label(language),
        leads = format_count(source.leads_per_week, language),
        cost = crate::i18n::format::money_in(
            language,
            source.cost_per_week,
            &design.presentation.currency
        ),
        seasonal = if source.is_seasonal() { "yes" } else { "no" },
        stage = entry
    )
}

/// Small chips along the bottom edge: each role with its headcount, then each tool.
fn chip_shapes(
    out: &mut Vec<Shape>,
    design: &Design,
    stage: &Stage,
    bounds: Bounds,
    room: f32,
    style: Style<'_>,
) {
    let (theme, measure, language) = (style.theme, style.measure, style.language);
    let mut labels: Vec<String> = stage
        .roles
        .iter()
        .map(|staffing| {
            let label = design
                .roles
                .get(&staffing.role)
                .map_or(std::borrow::Cow::Borrowed(staffing.role.as_str()), |role| {
                    role.chip_label_in(&staffing.role, language)
                });
            format!(
                "{label} ×{}",
                crate::i18n::format::number_short_in(language, staffing.headcount, 2)
            )
        })
        .collect();
    labels.extend(stage.tools.iter().map(|tool_id| {
        design.tools.get(tool_id).map_or_else(
            || tool_id.to_string(),
            |tool| tool.chip_label_in(tool_id, language).into_owned(),
        )
    }));
    if labels.is_empty() {
        return;
    }
    let size = CHIP_TEXT;
    let widths: Vec<f32> = labels
        .iter()
        .map(|label| measure.width(label, size))
        .collect();
    let box_width = (bounds.max.x - bounds.min.x).min(room);
    // As many as fit whole, centred.
    let mut total = -4.0;
    let fitting = widths
        .iter()
        .take_while(|width| {
            total += *width + 10.0;
            total <= box_width - 16.0
        })
        .count();
    let total: f32 = widths[..fitting]
        .iter()
        .map(|width| width + 10.0)
        .sum::<f32>()
        - 4.0;
    let mut x = bounds.center().x - total / 2.0;
    let y = bounds.max.y - 23.0;
    for (label, text_width) in labels.into_iter().zip(widths).take(fitting) {
        let width = text_width + 6.0;
        out.push(Shape::Rect {
            min: Point::new(x, y),
            max: Point::new(x + width, y + 16.0),
            corner: 7.0,
            fill: theme.chip,
            line: Line::NONE,
        });
        out.push(Shape::text(
            x + 3.0,
            y + 1.5,
            Align::Start,
            size,
            theme.text_muted,
            label,
        ));
        x += width + 4.0;
    }
}

fn outline_shapes(out: &mut Vec<Shape>, outline: &Outline, fill: Colour, line: Line) {
    match outline {
        Outline::Trapezoid(points) => out.push(Shape::Polygon {
            points: points.to_vec(),
            fill,
            line,
        }),
        Outline::Sector {
            pieces, outline, ..
        } => {
            // Pieces get a hairline of their own fill so no seam shows between them.
            out.extend(pieces.iter().map(|piece| Shape::Polygon {
                points: piece.to_vec(),
                fill,
                line: Line::solid(0.6, fill),
            }));
            let mut points = outline.clone();
            points.extend(outline.first().copied());
            out.push(Shape::Path { points, line });
        }
        Outline::Silo { bounds, cap_height } => silo_shapes(out, *bounds, *cap_height, fill, line),
        Outline::Customer(bounds) => {
            out.push(Shape::Rect {
                min: bounds.min,
                max: bounds.max,
                corner: 14.0,
                fill,
                line,
            });
            out.push(Shape::Rect {
                min: Point::new(bounds.min.x + 4.0, bounds.min.y + 4.0),
                max: Point::new(bounds.max.x - 4.0, bounds.max.y - 4.0),
                corner: 10.0,
                fill: Colour::TRANSPARENT,
                line: Line::solid(1.0, line.colour.faded(0.6)),
            });
        }
        Outline::Cloud(bounds) => {
            let center = bounds.center();
            let radius = (
                (bounds.max.x - bounds.min.x) / 2.0,
                (bounds.max.y - bounds.min.y) / 2.0,
            );
            out.push(Shape::Ellipse {
                center,
                radius,
                fill,
                line: Line::dashed(line.width, line.colour, 6.0, 4.0),
            });
        }
        Outline::Lost(bounds) => out.push(Shape::Rect {
            min: bounds.min,
            max: bounds.max,
            corner: 6.0,
            fill,
            line: Line::solid(1.0, line.colour),
        }),
    }
}

/// A silo: a body between two elliptical caps, the top one drawn over the body.
fn silo_shapes(out: &mut Vec<Shape>, bounds: Bounds, cap_height: f32, fill: Colour, line: Line) {
    let radius = ((bounds.max.x - bounds.min.x) / 2.0, cap_height / 2.0);
    let center_x = bounds.center().x;
    let top_y = bounds.min.y + cap_height / 2.0;
    let bottom_y = bounds.max.y - cap_height / 2.0;
    out.push(Shape::Ellipse {
        center: Point::new(center_x, bottom_y),
        radius,
        fill,
        line,
    });
    out.push(Shape::Rect {
        min: Point::new(bounds.min.x, top_y),
        max: Point::new(bounds.max.x, bottom_y),
        corner: 0.0,
        fill,
        line: Line::NONE,
    });
    for x in [bounds.min.x, bounds.max.x] {
        out.push(Shape::Path {
            points: vec![Point::new(x, top_y), Point::new(x, bottom_y)],
            line,
        });
    }
    out.push(Shape::Ellipse {
        center: Point::new(center_x, top_y),
        radius,
        fill: fill.faded(0.92),
        line,
    });
}

/// The line a flow is drawn along: straight, or curved aside when it runs back up (a loop)
/// so it does not cross the stages in between.
#[must_use]
pub fn flow_polyline(path: &FlowPath) -> Vec<Point> {
    if let Some(rim) = path.rim {
        return rim.points();
    }
    let (start, end) = (path.start, path.end);
    let runs_back = end.y < start.y - 20.0 && (end.x - start.x).abs() < 150.0;
    if !runs_back && !path.detour {
        return vec![start, end];
    }
    // Back flows bend round the left, flows that skip a stage round the right: they never
    // lie on each other.
    let bulge = if runs_back { -160.0 } else { 170.0 };
    let controls = [
        start,
        Point::new(start.x + bulge, start.y),
        Point::new(end.x + bulge, end.y),
        end,
    ];
    (0..=32)
        .map(|step| cubic_bezier(controls, step as f32 / 32.0))
        .collect()
}

fn cubic_bezier([start, pull_start, pull_end, end]: [Point; 4], along: f32) -> Point {
    let rest = 1.0 - along;
    let weights = [
        rest * rest * rest,
        3.0 * rest * rest * along,
        3.0 * rest * along * along,
        along * along * along,
    ];
    let points = [start, pull_start, pull_end, end];
    let (x, y) = weights
        .iter()
        .zip(points)
        .fold((0.0, 0.0), |(x, y), (weight, point)| {
            (x + weight * point.x, y + weight * point.y)
        });
    Point::new(x, y)
}

/// The point halfway along a polyline.
#[must_use]
pub fn midpoint(points: &[Point]) -> Point {
    match points {
        [a, b] => Point::new(f32::midpoint(a.x, b.x), f32::midpoint(a.y, b.y)),
        _ => points.get(points.len() / 2).copied().unwrap_or_default(),
    }
}

/// A filled triangle pointing from `from` to `tip`.
fn arrow_head(from: Point, tip: Point, colour: Colour) -> Shape {
    let (dx, dy) = (tip.x - from.x, tip.y - from.y);
    let length = dx.hypot(dy).max(f32::EPSILON);
    let (ux, uy) = (dx / length, dy / length);
    let (nx, ny) = (-uy, ux);
    let base = Point::new(tip.x - ux * 10.0, tip.y - uy * 10.0);
    Shape::Polygon {
        points: vec![
            tip,
            Point::new(base.x + nx * 5.0, base.y + ny * 5.0),
            Point::new(base.x - nx * 5.0, base.y - ny * 5.0),
        ],
        fill: colour,
        line: Line::NONE,
    }
}

/// Appends a flow along `points` with an arrow head, and its share label when it carries
/// part of a stage's converters (`share` below one) or is selected.
pub fn flow_shapes(
    out: &mut Vec<Shape>,
    points: &[Point],
    role: FlowRole,
    share: Option<f64>,
    selected: bool,
    detail: Detail,
    style: Style<'_>,
) {
    let language = style.language;
    let Style { theme, measure, .. } = style;
    let (colour, width, dashed) = match role {
        FlowRole::Conversion { .. } => (theme.flow, 1.8, false),
        FlowRole::DropOut | FlowRole::WarmUp | FlowRole::Referral | FlowRole::Organic => {
            (theme.flow_secondary, 1.4, true)
        }
    };
    let colour = if selected { theme.selection } else { colour };
    let width = if selected { width + 1.2 } else { width };
    // Zoomed far out, dashes would be a blur of tiny shapes: a thinner solid line reads as well.
    let line = match (dashed, detail) {
        (true, Detail::Outline) => Line::solid(width * 0.6, colour),
        (true, _) => Line::dashed(width, colour, 6.0, 4.0),
        (false, _) => Line::solid(width, colour),
    };
    out.push(Shape::Path {
        points: points.to_vec(),
        line,
    });
    if let [.., before, tip] = points {
        out.push(arrow_head(*before, *tip, colour));
    }
    if let Some(share) = share
        && detail != Detail::Outline
        && (share < 1.0 - 1e-9 || selected)
    {
        tag_shapes(
            out,
            midpoint(points),
            crate::i18n::format::percent_in(language, share * 100.0, 0),
            style.text_size(11.0),
            (theme.canvas, Line::solid(1.0, theme.flow), theme.text),
            measure,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{TextMeasure, fitted};

    /// Every character half as wide as the font is tall.
    struct Even;

    impl TextMeasure for Even {
        fn width(&self, text: &str, size: f32) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    fn texts(shapes: &[super::Shape]) -> Vec<(String, f32)> {
        shapes
            .iter()
            .filter_map(|shape| match shape {
                super::Shape::Text { text, size, .. } => Some((text.clone(), *size)),
                _ => None,
            })
            .collect()
    }

    fn qualify_at(zoom: Option<f32>) -> Vec<(String, f32)> {
        let design = crate::templates::design_named("sales-silo").expect("example");
        let stage_id = crate::design::StageId::new("qualify");
        let geometry = crate::draw::stage_geometry(&design);
        let (_, geometry) = geometry
            .iter()
            .find(|(id, _)| *id == stage_id)
            .expect("drawn");
        let theme = crate::draw::Theme::new(crate::draw::ThemeChoice::Light);
        let style = super::Style::new(&theme, &Even, crate::i18n::current());
        let style = zoom.map_or(style, |zoom| style.legible_at(zoom));
        let figures = super::StageFigures {
            in_stage: 86.3,
            moved_on_per_week: 34.4,
            backlog: 0.0,
        };
        let mut shapes = Vec::new();
        super::stage_shapes(
            &mut shapes,
            &design,
            &design.stages[&stage_id],
            geometry,
            Some(figures),
            super::StageMarks::default(),
            style,
        );
        texts(&shapes)
    }

    #[test]
    fn zoomed_out_a_stage_draws_less_text_rather_than_smaller_text() {
        let far = qualify_at(Some(0.3));
        assert!(far.len() < 3, "far out, only what fits whole: {far:?}");
        let designed = qualify_at(None);
        assert_eq!(
            designed.len(),
            6,
            "name, parameters, figures, three chips: {designed:?}"
        );
        assert_eq!(qualify_at(Some(1.0)), designed, "legible as designed");
        for zoom in [0.7, 0.5, 0.3] {
            let shown = qualify_at(Some(zoom));
            assert_eq!(shown[0].0, "Qualify", "the name stays");
            assert!(shown.len() <= 3, "chips go first: {zoom}: {shown:?}");
            for (text, size) in &shown {
                assert!(
                    size * zoom >= super::LEAST_TEXT_PX - 1e-3,
                    "{text} at {zoom}"
                );
            }
        }
    }

    #[test]
    fn text_too_wide_for_its_stage_shrinks_a_little_then_is_cut() {
        assert_eq!(
            fitted("Kvalifioi", 10.0, 100.0, &Even, 0.0),
            ("Kvalifioi".to_owned(), 10.0)
        );
        // 22 characters at 10 are 110 wide: a tenth smaller fits.
        let (text, size) = fitted("vaiheessa 57,9 · 40/vk", 10.0, 100.0, &Even, 0.0);
        assert_eq!(text, "vaiheessa 57,9 · 40/vk");
        assert!((size - 100.0 / 11.0).abs() < 1e-4);
        // Far too long: four fifths of the size, cut to fit with "…".
        let (text, size) = fitted(
            "Kohdeasiakkaan tunnistaminen ja strategia",
            10.0,
            100.0,
            &Even,
            0.0,
        );
        assert!((size - 8.0).abs() < 1e-6);
        assert!(
            text.ends_with('…') && Even.width(&text, size) <= 100.0,
            "{text}"
        );
        assert!(
            Even.width(&format!("{text}x"), size) > 100.0,
            "as much as fits: {text}"
        );
    }

    /// The rounded boxes of tags among `shapes`: rectangles whose corners are half their
    /// height (an outline's corners are smaller).
    fn tag_boxes(shapes: &[super::Shape]) -> Vec<super::Bounds> {
        shapes
            .iter()
            .filter_map(|shape| match shape {
                super::Shape::Rect {
                    min, max, corner, ..
                } if (*corner - (max.y - min.y) / 2.0).abs() < 1e-3 => Some(super::Bounds {
                    min: *min,
                    max: *max,
                }),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn tags_never_cover_each_other_or_the_stage() {
        let mut design = crate::templates::design_named("sales-silo").expect("example");
        let stage_id = crate::design::StageId::new("qualify");
        // Every tag at once: held today, measured, the bottleneck, changed, an error.
        if let Some(stage) = design.stages.get_mut(&stage_id) {
            stage.in_stage_today = 22.0;
            stage.measured.conversion = Some(crate::design::Evidence {
                measured: stage.conversion,
                low: stage.conversion * 0.9,
                high: stage.conversion * 1.1,
                deals: 200,
                from: crate::design::calendar::Date::constant(2026, 1, 5),
                to: crate::design::calendar::Date::constant(2026, 10, 26),
                not_borne_out: None,
            });
        }
        let geometry = crate::draw::stage_geometry(&design);
        let (_, geometry) = geometry
            .iter()
            .find(|(id, _)| *id == stage_id)
            .expect("drawn");
        let theme = crate::draw::Theme::new(crate::draw::ThemeChoice::Light);
        let mut shapes = Vec::new();
        super::stage_shapes(
            &mut shapes,
            &design,
            &design.stages[&stage_id],
            geometry,
            Some(super::StageFigures {
                in_stage: 86.3,
                moved_on_per_week: 34.4,
                backlog: 126.0,
            }),
            super::StageMarks {
                bottleneck: true,
                changed: true,
                error: true,
                ..super::StageMarks::default()
            },
            super::Style::new(&theme, &Even, crate::i18n::current()),
        );
        let tags = tag_boxes(&shapes);
        assert_eq!(tags.len(), 5, "bottleneck, today, measured, changed, error");
        let overlaps = |a: &super::Bounds, b: &super::Bounds| {
            a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y
        };
        for (index, tag) in tags.iter().enumerate() {
            assert!(
                !overlaps(tag, &geometry.bounds),
                "tag {index} covers the stage: {tag:?} on {:?}",
                geometry.bounds
            );
            for other in &tags[index + 1..] {
                assert!(!overlaps(tag, other), "{tag:?} covers {other:?}");
            }
        }
    }
}

#[cfg(test)]
mod count_tests {
    use super::format_count;
    use crate::i18n::Language;

    #[test]
    fn counts_show_a_decimal_only_when_there_is_one_to_show() {
        // A slide said "43.0 open leads" for 42.96.
        assert_eq!(format_count(42.96, Language::English), "43");
        assert_eq!(format_count(44.13, Language::English), "44.1");
        assert_eq!(format_count(60.0, Language::Swedish), "60");
        assert_eq!(format_count(44.13, Language::Swedish), "44,1");
        assert_eq!(format_count(1234.4, Language::English), "1,234");
    }
}
