//! The design's calendar: a start date, weeks counted from it, and the month each simulated
//! day falls in (for seasons). Dates are `jiff` civil dates: no time of day, no time zone.

use jiff::ToSpan;
pub use jiff::civil::Date;

/// Earliest start date validation accepts.
pub const EARLIEST_START: Date = Date::constant(1990, 1, 1);
/// Latest start date validation accepts.
pub const LATEST_START: Date = Date::constant(2100, 12, 31);

/// The Monday of the week `date` falls in (ISO weeks start on Monday).
#[must_use]
pub fn monday_of(date: Date) -> Date {
    let back = i64::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(back.days()).unwrap_or(date)
}

/// The Monday of the current week, in the computer's time zone (UTC when it has none): where
/// a new design, or a file saved without a start date, starts.
#[must_use]
pub fn this_monday() -> Date {
    monday_of(jiff::ZonedDateTime::now().date())
}

/// Today, in the computer's time zone (UTC when it has none).
#[must_use]
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

/// The date `days` days after `start` (0: `start` itself); `start` when out of jiff's range.
#[must_use]
pub fn day_after(start: Date, days: usize) -> Date {
    i64::try_from(days)
        .ok()
        .and_then(|days| start.checked_add(days.days()).ok())
        .unwrap_or(start)
}

/// The first day of week `week` (0-based) of a simulation starting on `start`.
#[must_use]
pub fn week_start(start: Date, week: usize) -> Date {
    day_after(start, week * 7)
}

/// The last day of `weeks` whole weeks starting on `start`: what "by 31 Dec 2027" names.
#[must_use]
pub fn last_day(start: Date, weeks: usize) -> Date {
    day_after(start, (weeks * 7).saturating_sub(1))
}

/// The month (0 = January … 11 = December) of each of `days` days from `start`.
#[must_use]
pub fn month_of_each_day(start: Date, days: usize) -> Vec<u8> {
    let mut months = Vec::with_capacity(days);
    let mut date = start;
    for _ in 0..days {
        months.push((date.month() - 1) as u8);
        date = date.tomorrow().unwrap_or(date);
    }
    months
}

/// The ISO week number (1..=53) of `date`, as Nordic calendars show it.
#[must_use]
pub fn iso_week(date: Date) -> i8 {
    date.iso_week_date().week()
}

/// A timeline position: weeks since the start (week `k` ends at `k`) and the date there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthMark {
    /// Days since the start, divided by seven.
    pub weeks: f64,
    /// The first day of the month.
    pub date: Date,
}

/// The first days of months within `weeks` weeks from `start`, every `every_months`-th month
/// counted from January (1, 2, 3, 6 or 12 keeps quarters and years aligned).
#[must_use]
pub fn month_marks(start: Date, weeks: usize, every_months: usize) -> Vec<MonthMark> {
    let every = every_months.max(1);
    let days = weeks * 7;
    let mut marks = Vec::new();
    let mut date = start.first_of_month();
    if date < start {
        date = date.last_of_month().tomorrow().unwrap_or(date);
    }
    let mut day = date_distance(start, date);
    while day <= days {
        if usize::try_from(date.month() - 1).unwrap_or(0) % every == 0 {
            marks.push(MonthMark {
                weeks: day as f64 / 7.0,
                date,
            });
        }
        let Ok(next) = date.last_of_month().tomorrow() else {
            break;
        };
        day += date_distance(date, next);
        date = next;
    }
    marks
}

/// Months between marks so that a timeline of `weeks` weeks shows at most `labels` of them.
#[must_use]
pub fn months_between_marks(weeks: usize, labels: usize) -> usize {
    let months = (weeks as f64 * 7.0 / 30.44).ceil() as usize;
    [1, 2, 3, 6, 12, 24, 60]
        .into_iter()
        .find(|&every| months.div_ceil(every) <= labels.max(1))
        .unwrap_or(120)
}

/// Whole days from `from` to `to` (0 when `to` is earlier).
fn date_distance(from: Date, to: Date) -> usize {
    to.since(from)
        .ok()
        .and_then(|span| usize::try_from(span.get_days()).ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{
        Date, iso_week, last_day, monday_of, month_marks, month_of_each_day, months_between_marks,
        week_start,
    };

    #[test]
    fn weeks_start_on_the_monday_and_count_in_days() {
        let wednesday = Date::constant(2026, 12, 2);
        assert_eq!(monday_of(wednesday), Date::constant(2026, 11, 30));
        assert_eq!(
            monday_of(Date::constant(2026, 11, 30)),
            Date::constant(2026, 11, 30)
        );
        let start = Date::constant(2026, 11, 30);
        assert_eq!(week_start(start, 5), Date::constant(2027, 1, 4));
        assert_eq!(last_day(start, 1), Date::constant(2026, 12, 6));
        assert_eq!(iso_week(Date::constant(2027, 1, 4)), 1);
        assert_eq!(iso_week(Date::constant(2026, 12, 28)), 53);
    }

    #[test]
    fn each_day_knows_its_month_across_a_new_year() {
        let months = month_of_each_day(Date::constant(2026, 12, 30), 4);
        assert_eq!(months, vec![11, 11, 0, 0]);
    }

    #[test]
    fn months_are_marked_where_they_begin() {
        let start = Date::constant(2026, 11, 30);
        let marks = month_marks(start, 10, 1);
        let dates: Vec<Date> = marks.iter().map(|mark| mark.date).collect();
        assert_eq!(
            dates,
            vec![
                Date::constant(2026, 12, 1),
                Date::constant(2027, 1, 1),
                Date::constant(2027, 2, 1)
            ]
        );
        assert!((marks[0].weeks - 1.0 / 7.0).abs() < 1e-12);
        assert!((marks[1].weeks - 32.0 / 7.0).abs() < 1e-12);
        let quarters = month_marks(start, 104, 3);
        assert!(quarters.iter().all(|mark| (mark.date.month() - 1) % 3 == 0));
        assert_eq!(quarters.len(), 8);
        assert_eq!(months_between_marks(52, 6), 2);
        assert_eq!(months_between_marks(13, 6), 1);
    }
}
