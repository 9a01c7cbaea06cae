//! Dates as a person reads them: "31 Dec 2027", "Week 12 · 22 Mar 2027", and the month marks
//! of a timeline; worded once for the plot, the headline, slides and the presentation.

use crate::design::calendar::{self, Date};

/// "31 Dec 2027", in the current language ("31 dec. 2027", "31. dec. 2027", "31.12.2027").
#[must_use]
pub fn date_long(date: Date) -> String {
    crate::i18n::format::date_long(date)
}

/// "Mar", or "Jan 2027" where a year begins (and wherever `with_year`).
#[must_use]
pub fn month_label(date: Date, with_year: bool) -> String {
    crate::i18n::format::month_label(date, with_year || date.month() == 1)
}

/// "Week 12 · 22 Mar 2027": week `week` (0-based) of a simulation starting on `start`, with
/// the date it begins.
#[must_use]
pub fn week_caption(start: Date, week: usize) -> String {
    crate::tr!(
        "week-caption",
        week = (week + 1).to_string(),
        date = date_long(calendar::week_start(start, week))
    )
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
    use super::{Date, date_long, month_marks, months_between_marks, week_caption};

    #[test]
    fn dates_read_as_a_leader_writes_them() {
        assert_eq!(date_long(Date::constant(2027, 12, 31)), "31 Dec 2027");
        assert_eq!(
            week_caption(Date::constant(2027, 1, 4), 11),
            "Week 12 · 22 Mar 2027"
        );
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
