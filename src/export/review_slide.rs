//! The review as a 16:9 slide for the monthly meeting: the month under review, where the plan
//! starts to differ, the deals won since the plan's first day (plan dashed, what happened, the
//! re-forecast with its band), and the months so far, won planned against actual.

use super::Picture;
use crate::crm::reforecast::Reforecast;
use crate::crm::review::Review;
use crate::crm::review_words;
use crate::design::calendar::Date;
use crate::design::{Design, Point, StageKindTag};
use crate::draw::{
    self, Align, Bounds, Colour, Line, OtherLine, Series, Shape, TextMeasure, Theme,
};
use crate::i18n::Language;
use crate::i18n::format::{month_label_in, number_in};

const LEFT: f32 = 80.0;
const COLUMN: f32 = 1120.0;
const RIGHT: f32 = 1840.0;
/// The most months the slide's table lists (the latest).
const MOST_MONTHS: usize = 13;

/// What the slide is made from.
pub struct ReviewSlideInput<'a> {
    pub design: &'a Design,
    pub review: &'a Review,
    pub ahead: Option<&'a Reforecast>,
    pub theme: &'a Theme,
    pub background: Colour,
    pub measure: &'a dyn TextMeasure,
    pub language: Language,
}

/// The review slide.
#[must_use]
pub fn review_slide(input: &ReviewSlideInput<'_>) -> Picture {
    let ReviewSlideInput {
        review,
        theme,
        measure,
        language,
        ..
    } = *input;
    let mut shapes = Vec::new();
    let title = crate::message!(
        "review-slide-title",
        name = super::slide::slide_title(input.design),
        month = month_label_in(language, review.as_of, true)
    )
    .words(language);
    super::slide::heading(
        &mut shapes,
        &title,
        &review_words::against(review, language),
        theme,
        measure,
    );
    let verdict_colour = if review.differs.is_some() {
        theme.bottleneck
    } else {
        theme.text
    };
    let mut y = 190.0;
    for line in super::slide::wrap(
        &review_words::differs(review, language),
        28.0,
        RIGHT - LEFT,
        measure,
    ) {
        shapes.push(Shape::text(
            LEFT,
            y,
            Align::Start,
            28.0,
            verdict_colour,
            line,
        ));
        y += draw::line_height(28.0) + 2.0;
    }
    if let Some(ahead) = input.ahead {
        for line in super::slide::wrap(
            &review_words::reforecast_line(ahead, language),
            20.0,
            RIGHT - LEFT,
            measure,
        ) {
            shapes.push(Shape::text(LEFT, y, Align::Start, 20.0, theme.text, line));
            y += draw::line_height(20.0) + 2.0;
        }
        chart(&mut shapes, input, ahead, y + 20.0);
    }
    months_table(&mut shapes, input, y + 20.0);
    shapes.push(Shape::text(
        RIGHT,
        1036.0,
        Align::End,
        14.0,
        theme.text_muted,
        crate::message!("slide-made-with").words(language),
    ));
    Picture {
        width: super::SLIDE_WIDTH,
        height: super::SLIDE_HEIGHT,
        background: input.background,
        title,
        shapes,
    }
}

/// The plan's deals won by the end of each week, from its months' totals.
fn planned_by_week(ahead: &Reforecast, weeks: usize) -> Vec<f64> {
    let mut points: Vec<(Date, f64)> = vec![(ahead.plan_from, 0.0)];
    points.extend(ahead.planned_by_month.iter().copied());
    (1..=weeks)
        .map(|week| {
            let day = crate::design::calendar::day_after(ahead.plan_from, week * 7);
            let after = points.iter().position(|(end, _)| *end >= day);
            match after {
                Some(0) | None => points.last().map_or(0.0, |(_, won)| *won),
                Some(index) => {
                    let (from, low) = points[index - 1];
                    let (to, high) = points[index];
                    let span = f64::from((to - from).get_days().max(1));
                    let done = f64::from((day - from).get_days());
                    low + (high - low) * (done / span).clamp(0.0, 1.0)
                }
            }
        })
        .collect()
}

/// Deals won since the plan's first day: what happened, then the re-forecast with its band;
/// the plan dashed; what happened drawn over them.
fn chart(shapes: &mut Vec<Shape>, input: &ReviewSlideInput<'_>, ahead: &Reforecast, top: f32) {
    let theme = input.theme;
    let language = input.language;
    let mut so_far = Vec::new();
    let mut running = 0.0;
    for won in &input.review.won_by_week {
        running += won;
        so_far.push(running);
    }
    let mut values = so_far.clone();
    let (mut low, mut high) = (so_far.clone(), so_far.clone());
    for (_, total) in &ahead.ahead_by_week {
        let (band_low, band_high) = crate::crm::review::poisson_band(total - ahead.won_so_far);
        values.push(*total);
        low.push(ahead.won_so_far + band_low);
        high.push(ahead.won_so_far + band_high);
    }
    let planned = planned_by_week(ahead, values.len());
    let words = |id: &'static str| crate::i18n::Message::new(id).words(language);
    let (forecast_label, plan_label, actual_label) = (
        words("review-chart-reforecast"),
        words("review-chart-plan"),
        words("review-chart-actual"),
    );
    let others = [OtherLine {
        label: &actual_label,
        values: &so_far,
        colour: theme.text,
        dashed: false,
    }];
    shapes.push(Shape::text(
        LEFT,
        top,
        Align::Start,
        22.0,
        theme.text,
        words("review-chart-title"),
    ));
    draw::chart_shapes(
        shapes,
        &Series {
            label: &forecast_label,
            values: &values,
            band: Some((&low, &high)),
            colour: theme.kind(StageKindTag::Customer).accent,
            // The counting day: what happened before it, the re-forecast after.
            cursor: so_far.len().checked_sub(1),
            start_date: ahead.plan_from,
            compared: Some((&plan_label, &planned)),
            others: &others,
        },
        Bounds {
            min: Point::new(LEFT, top + 40.0),
            max: Point::new(COLUMN - 60.0, 1010.0),
        },
        theme,
        input.measure,
        language,
    );
}

/// The latest months: won planned against actual, marked where outside the band.
fn months_table(shapes: &mut Vec<Shape>, input: &ReviewSlideInput<'_>, top: f32) {
    let theme = input.theme;
    let language = input.language;
    let words = |id: &'static str| crate::i18n::Message::new(id).words(language);
    let columns = [
        (COLUMN, Align::Start, words("review-column-month")),
        (COLUMN + 340.0, Align::End, words("review-column-planned")),
        (COLUMN + 480.0, Align::End, words("review-column-actual")),
        (RIGHT, Align::End, words("review-column-inside")),
    ];
    shapes.push(Shape::text(
        COLUMN,
        top,
        Align::Start,
        22.0,
        theme.text,
        words("review-figure-won"),
    ));
    let mut y = top + 44.0;
    for (x, align, heading) in &columns {
        shapes.push(Shape::text(
            *x,
            y,
            *align,
            18.0,
            theme.text_muted,
            heading.clone(),
        ));
    }
    y += 30.0;
    let months = &input.review.months;
    let skip = months.len().saturating_sub(MOST_MONTHS);
    for (index, month) in months.iter().enumerate().skip(skip) {
        shapes.push(Shape::Path {
            points: vec![Point::new(COLUMN, y - 4.0), Point::new(RIGHT, y - 4.0)],
            line: Line::solid(1.0, theme.grid),
        });
        let inside = month.won.inside();
        let marked = if inside { theme.text } else { theme.bottleneck };
        let label = month_label_in(
            language,
            month.first_day,
            index == skip || month.first_day.month() == 1,
        );
        let cells = [
            (label, theme.text),
            (number_in(language, month.won.planned, 1), theme.text),
            (number_in(language, month.won.actual, 0), marked),
            (
                words(if inside {
                    "review-inside"
                } else {
                    "review-outside"
                }),
                marked,
            ),
        ];
        for ((x, align, _), (text, colour)) in columns.iter().zip(cells) {
            shapes.push(Shape::text(*x, y, *align, 18.0, colour, text));
        }
        y += 34.0;
        if y > 1000.0 {
            break;
        }
    }
}
