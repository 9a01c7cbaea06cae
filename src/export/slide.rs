//! A 16:9 slide: title, the diagram, the customers chart with its band, the headline figures
//! and the assumptions behind them.

use super::picture::{Picture, diagram_shapes};
use crate::design::{Design, Point, SimulationMode, StageKind, StageKindTag};
use crate::draw::bounds_of;
use crate::draw::{
    self, Align, Bounds, Colour, Line, Series, Shape, TextMeasure, Theme, line_height,
};
use crate::sim::{SimResult, Statistic, TotalMetric};

/// Slide size in points: 1920 × 1080 at scale 1.
pub const SLIDE_WIDTH: f32 = 1920.0;
/// Slide height in points.
pub const SLIDE_HEIGHT: f32 = 1080.0;
const LEFT: f32 = 80.0;
const COLUMN: f32 = 1230.0;
const RIGHT: f32 = 1840.0;

/// The slide for `design` with its simulation `result`.
#[must_use]
pub fn slide(
    design: &Design,
    result: &SimResult,
    theme: &Theme,
    background: Colour,
    measure: &dyn TextMeasure,
    language: crate::i18n::Language,
) -> Picture {
    let mut shapes = Vec::new();
    let title = slide_title(design);
    heading(
        &mut shapes,
        &title,
        &slide_subtitle(design, language),
        theme,
        measure,
    );

    let diagram_area = Bounds {
        min: Point::new(LEFT, 200.0),
        max: Point::new(COLUMN - 50.0, 1000.0),
    };
    fit_into(
        &mut shapes,
        diagram_shapes(design, Some(result), theme, None, measure, language),
        diagram_area,
        measure,
    );

    chart(&mut shapes, result, theme, measure, language);
    let table_end = figures_table(&mut shapes, design, result, theme, language);
    assumptions(
        &mut shapes,
        design,
        result,
        theme,
        measure,
        table_end + 12.0,
        language,
    );
    shapes.push(Shape::text(
        RIGHT,
        1036.0,
        Align::End,
        14.0,
        theme.text_muted,
        crate::tr_in!(language, "slide-made-with"),
    ));
    Picture {
        width: SLIDE_WIDTH,
        height: SLIDE_HEIGHT,
        background,
        title,
        shapes,
    }
}

/// A slide's title and subtitle, each on one line (cut with "…" where too long), and the rule
/// under them.
pub(super) fn heading(
    shapes: &mut Vec<Shape>,
    title: &str,
    subtitle: &str,
    theme: &Theme,
    measure: &dyn TextMeasure,
) {
    shapes.push(Shape::text(
        LEFT,
        52.0,
        Align::Start,
        46.0,
        theme.text,
        fit_line(title, 46.0, RIGHT - LEFT, measure),
    ));
    shapes.push(Shape::text(
        LEFT,
        118.0,
        Align::Start,
        22.0,
        theme.text_muted,
        fit_line(subtitle, 22.0, RIGHT - LEFT, measure),
    ));
    shapes.push(Shape::Path {
        points: vec![Point::new(LEFT, 164.0), Point::new(RIGHT, 164.0)],
        line: Line::solid(1.5, theme.grid),
    });
}

/// The slide's title: the presentation's, or the design's name.
pub(super) fn slide_title(design: &Design) -> String {
    if design.presentation.title.trim().is_empty() {
        design.name.clone()
    } else {
        design.presentation.title.clone()
    }
}

/// The slide's subtitle: the presentation's, or the sales and transaction models.
pub(super) fn slide_subtitle(design: &Design, language: crate::i18n::Language) -> String {
    if design.presentation.subtitle.trim().is_empty() {
        draw::models_line(design, language)
    } else {
        design.presentation.subtitle.clone()
    }
}

/// The moves switched on, in date order.
pub(super) fn moves_by_date(design: &Design) -> Vec<&crate::design::plan::Move> {
    let mut moves: Vec<&crate::design::plan::Move> =
        design.plan.iter().filter(|planned| planned.on).collect();
    moves.sort_by_key(|planned| planned.from);
    moves
}

/// Active customers over the horizon, with the Monte Carlo band when there is one.
fn chart(
    out: &mut Vec<Shape>,
    result: &SimResult,
    theme: &Theme,
    measure: &dyn TextMeasure,
    language: crate::i18n::Language,
) {
    let customers = result.total_series(TotalMetric::ActiveCustomers, central(result));
    let band = result.has_bands().then(|| {
        (
            result.total_series(TotalMetric::ActiveCustomers, Statistic::P10),
            result.total_series(TotalMetric::ActiveCustomers, Statistic::P90),
        )
    });
    out.push(Shape::text(
        COLUMN,
        200.0,
        Align::Start,
        24.0,
        theme.text,
        crate::tr_in!(language, "slide-active-customers"),
    ));
    let band_note = if band.is_some() {
        crate::tr_in!(language, "slide-band-note")
    } else {
        crate::tr_in!(language, "slide-expected-values")
    };
    out.push(Shape::text(
        COLUMN,
        232.0,
        Align::Start,
        16.0,
        theme.text_muted,
        band_note,
    ));
    draw::chart_shapes(
        out,
        &Series {
            label: "",
            values: &customers,
            band: band
                .as_ref()
                .map(|(low, high)| (low.as_slice(), high.as_slice())),
            colour: theme.kind(StageKindTag::Customer).accent,
            cursor: None,
            start_date: result.start_date,
            compared: None,
            others: &[],
        },
        Bounds {
            min: Point::new(COLUMN, 262.0),
            max: Point::new(RIGHT, 560.0),
        },
        theme,
        measure,
        language,
    );
}

fn central(result: &SimResult) -> Statistic {
    if result.has_bands() {
        Statistic::P50
    } else {
        Statistic::Mean
    }
}

/// Scales `diagram` to fit `area` (never above 1.4 ×, so small designs do not look bloated)
/// and centres it there.
fn fit_into(out: &mut Vec<Shape>, diagram: Vec<Shape>, area: Bounds, measure: &dyn TextMeasure) {
    let Some(bounds) = bounds_of(&diagram, measure) else {
        return;
    };
    let (scale, dx, dy) = fitting(bounds, area);
    out.extend(
        diagram
            .into_iter()
            .map(|shape| shape.transformed(scale, dx, dy)),
    );
}

/// The scale (never above 1.4 ×) and shift that fit `bounds` into `area`, centred: the
/// picture slide and the deck place a diagram alike.
pub(super) fn fitting(bounds: Bounds, area: Bounds) -> (f32, f32, f32) {
    let (width, height) = (bounds.max.x - bounds.min.x, bounds.max.y - bounds.min.y);
    let (area_width, area_height) = (area.max.x - area.min.x, area.max.y - area.min.y);
    let scale = (area_width / width.max(1.0))
        .min(area_height / height.max(1.0))
        .min(1.4);
    (
        scale,
        area.min.x + (area_width - width * scale) / 2.0 - bounds.min.x * scale,
        area.min.y + (area_height - height * scale) / 2.0 - bounds.min.y * scale,
    )
}

/// The headline figures as a two-column table; returns where it ends.
fn figures_table(
    out: &mut Vec<Shape>,
    design: &Design,
    result: &SimResult,
    theme: &Theme,
    language: crate::i18n::Language,
) -> f32 {
    let mut y = 610.0;
    for headline in draw::headline_figures(design, result, language) {
        out.push(Shape::text(
            COLUMN,
            y,
            Align::Start,
            20.0,
            theme.text_muted,
            headline.caption,
        ));
        out.push(Shape::text(
            RIGHT,
            y - 3.0,
            Align::End,
            24.0,
            theme.text,
            headline.value,
        ));
        y += 38.0;
        out.push(Shape::Path {
            points: vec![Point::new(COLUMN, y - 8.0), Point::new(RIGHT, y - 8.0)],
            line: Line::solid(1.0, theme.grid),
        });
    }
    y
}

/// Sources, horizon and simulation mode in small type under the table, wrapped to the column.
fn assumptions(
    out: &mut Vec<Shape>,
    design: &Design,
    result: &SimResult,
    theme: &Theme,
    measure: &dyn TextMeasure,
    top: f32,
    language: crate::i18n::Language,
) {
    let sources: Vec<String> = design
        .sources
        .values()
        .map(|source| {
            crate::tr_in!(
                language,
                "slide-source",
                name = source.name.as_str(),
                leads = draw::format_count(source.leads_per_week, language),
                season = season_note(source, language)
            )
        })
        .collect();
    let sources = if sources.is_empty() {
        crate::tr_in!(language, "slide-no-sources")
    } else {
        crate::tr_in!(language, "slide-sources", sources = sources.join(", "))
    };
    let mode = match design.simulation.mode {
        SimulationMode::Expected => crate::tr_in!(language, "slide-expected-values"),
        SimulationMode::MonteCarlo => crate::tr_in!(
            language,
            "slide-monte-carlo",
            runs = crate::i18n::format::count_in(language, f64::from(result.runs)),
            seed = design.simulation.seed.to_string()
        ),
    };
    let measured = draw::provenance::measured_note(design, language)
        .map_or_else(String::new, |note| format!(" {note}"));
    let text = crate::tr_in!(
        language,
        "slide-assumptions",
        sources = sources,
        starting = starting_note(design, language),
        date = crate::i18n::format::date_long_in(language, result.start_date),
        weeks = design.simulation.horizon_weeks.to_string(),
        mode = mode,
        measured = measured
    );
    let text = format!("{text}{}", plan_note(design, language));
    let size = 16.0;
    let mut y = top;
    for line in wrap(&text, size, RIGHT - COLUMN, measure) {
        out.push(Shape::text(
            COLUMN,
            y,
            Align::Start,
            size,
            theme.text_muted,
            line,
        ));
        y += line_height(size) + 2.0;
    }
}

/// " The plan: 1 Feb 2027 An account executive starts; …" for the moves switched on, in date
/// order; nothing without a plan.
fn plan_note(design: &Design, language: crate::i18n::Language) -> String {
    let moves = moves_by_date(design);
    if moves.is_empty() {
        return String::new();
    }
    let listed: Vec<String> = moves
        .iter()
        .map(|planned| {
            format!(
                "{} {}",
                crate::i18n::format::date_long_in(language, planned.from),
                planned.name
            )
        })
        .collect();
    format!(
        " {}",
        crate::tr_in!(language, "slide-plan", moves = listed.join("; "))
    )
}

/// " (season: Jul ×0.2 to Dec ×1.4)" for a source with a season, nothing when it is flat.
fn season_note(source: &crate::design::Source, language: crate::i18n::Language) -> String {
    if !source.is_seasonal() {
        return String::new();
    }
    let by_factor = |a: &(usize, f64), b: &(usize, f64)| a.1.total_cmp(&b.1);
    let months = (0..12).map(|month| (month, source.season_factor(month)));
    let (Some(low), Some(high)) = (months.clone().min_by(by_factor), months.max_by(by_factor))
    else {
        return String::new();
    };
    let name = |month: usize| crate::i18n::format::month_name_in(language, month + 1);
    crate::tr_in!(
        language,
        "slide-season",
        low_month = name(low.0),
        low = draw::format_count(low.1, language),
        high_month = name(high.0),
        high = draw::format_count(high.1, language)
    )
}

/// What the design starts from: "Starts with 120 customers and 45 open leads." or "Starts
/// empty."
fn starting_note(design: &Design, language: crate::i18n::Language) -> String {
    let mut customers = 0.0;
    let mut open = 0.0;
    let mut pooled = 0.0;
    for stage in design.stages.values() {
        match stage.kind {
            StageKind::Customer(_) => customers += stage.in_stage_today,
            StageKind::NurturePool(_) => pooled += stage.in_stage_today,
            StageKind::FunnelStep | StageKind::FlywheelSegment => open += stage.in_stage_today,
            StageKind::BrandReach(_) | StageKind::Lost => {}
        }
    }
    let parts: Vec<String> = [
        (customers, "slide-start-customers"),
        (open, "slide-start-open-leads"),
        (pooled, "slide-start-in-nurture"),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0.0)
    .map(|(count, what)| {
        crate::i18n::Message {
            id: what,
            args: vec![
                ("count", crate::i18n::Value::Plural(count)),
                (
                    "shown",
                    crate::i18n::Value::Text(draw::format_count(count, language)),
                ),
            ],
        }
        .words(language)
    })
    .collect();
    if parts.is_empty() {
        crate::tr_in!(language, "slide-starts-empty")
    } else {
        crate::tr_in!(language, "slide-starts-with", parts = parts.join(", "))
    }
}

/// Splits `text` into lines no wider than `width`, at spaces.
pub(super) fn wrap(text: &str, size: f32, width: f32, measure: &dyn TextMeasure) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if measure.width(&candidate, size) > width && !line.is_empty() {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` as one line no wider than `width`: cut with "…" where it would run on.
pub(super) fn fit_line(text: &str, size: f32, width: f32, measure: &dyn TextMeasure) -> String {
    if measure.width(text, size) <= width {
        return text.to_owned();
    }
    // No narrower glyph than a quarter of the size: what lies beyond cannot fit.
    let most = (width / (size * 0.25)).max(0.0) as usize;
    let mut kept: String = text.chars().take(most).collect();
    while !kept.is_empty() && measure.width(&format!("{kept}…"), size) > width {
        kept.pop();
    }
    format!("{}…", kept.trim_end())
}
