//! Dates and times as CRMs write them. A column's format is decided from all of its values,
//! never from the first one: `03/04/2026` is March or April depending on the rest of the
//! column, and a column where every value reads both ways is refused rather than guessed.

use jiff::civil::{Date, DateTime};

/// A moment, in seconds since 1970-01-01 00:00 of the export's own clock (offsets dropped:
/// a CRM writes one account's times in one zone, and only differences are measured).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment(pub i64);

impl Moment {
    /// The calendar day of this moment.
    #[must_use]
    pub fn date(self) -> Date {
        let days = self.0.div_euclid(86_400);
        Date::constant(1970, 1, 1)
            .checked_add(jiff::Span::new().days(days))
            .unwrap_or(Date::constant(1970, 1, 1))
    }

    /// The moment a civil date and time names.
    #[must_use]
    pub fn of(time: DateTime) -> Option<Self> {
        let day = time.date().since(Date::constant(1970, 1, 1)).ok()?;
        let days = i64::from(day.get_days());
        let seconds = i64::from(time.hour()) * 3600
            + i64::from(time.minute()) * 60
            + i64::from(time.second());
        Some(Self(days * 86_400 + seconds))
    }

    /// Days from `earlier` to this moment (negative when `earlier` is later).
    #[must_use]
    pub fn days_since(self, earlier: Self) -> f64 {
        (self.0 - earlier.0) as f64 / 86_400.0
    }
}

/// A way of writing dates, one bit each so a column can keep the set its values allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateFormat {
    /// `2026-03-04`, `2026-03-04T13:05:00Z`, `2026-03-04 13:05`.
    Iso,
    /// `04.03.2026` (Nordic and German), with an optional time.
    DayDotMonth,
    /// `04/03/2026`: day first.
    DaySlashMonth,
    /// `03/04/2026 1:05 PM`: month first (US).
    MonthSlashDay,
}

impl DateFormat {
    const ALL: [Self; 4] = [
        Self::Iso,
        Self::DayDotMonth,
        Self::DaySlashMonth,
        Self::MonthSlashDay,
    ];

    fn bit(self) -> u8 {
        match self {
            Self::Iso => 1,
            Self::DayDotMonth => 2,
            Self::DaySlashMonth => 4,
            Self::MonthSlashDay => 8,
        }
    }
}

/// Which order a user says slashed dates are in, when a column cannot tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SlashOrder {
    /// Decide from the values; refuse when they read both ways.
    #[default]
    Decide,
    /// Day first.
    DayFirst,
    /// Month first.
    MonthFirst,
}

/// The formats a column's values so far allow.
#[derive(Clone, Debug)]
pub struct ColumnFormat {
    allowed: u8,
    values: u64,
    /// The first value no format left could read, with its row.
    pub first_misfit: Option<(usize, String)>,
}

impl Default for ColumnFormat {
    fn default() -> Self {
        Self {
            allowed: 0b1111,
            values: 0,
            first_misfit: None,
        }
    }
}

/// Why a date column cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnProblem {
    /// A value fits none of the formats the rest of the column allows.
    Unreadable {
        /// Its row.
        row: usize,
        /// The value.
        text: String,
    },
    /// Every value reads as day first and as month first.
    Ambiguous,
}

impl ColumnFormat {
    /// Narrows the allowed formats by one value of row `row`; empty values say nothing.
    pub fn observe(&mut self, row: usize, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        self.values += 1;
        let fits = DateFormat::ALL
            .iter()
            .filter(|format| parse(text, **format).is_some())
            .fold(0, |bits, format| bits | format.bit());
        let narrowed = self.allowed & fits;
        if narrowed == 0 && self.first_misfit.is_none() {
            self.first_misfit = Some((row, text.to_owned()));
        }
        if narrowed != 0 {
            self.allowed = narrowed;
        }
    }

    /// The column's format, or why there is none.
    ///
    /// # Errors
    /// A value no format reads, or a column that reads both day first and month first.
    pub fn decide(&self, order: SlashOrder) -> Result<Option<DateFormat>, ColumnProblem> {
        if let Some((row, text)) = &self.first_misfit {
            return Err(ColumnProblem::Unreadable {
                row: *row,
                text: text.clone(),
            });
        }
        if self.values == 0 {
            return Ok(None);
        }
        let has = |format: DateFormat| self.allowed & format.bit() != 0;
        let day_first = has(DateFormat::DaySlashMonth);
        let month_first = has(DateFormat::MonthSlashDay);
        let chosen = if has(DateFormat::Iso) {
            DateFormat::Iso
        } else if has(DateFormat::DayDotMonth) {
            DateFormat::DayDotMonth
        } else {
            match (day_first, month_first, order) {
                (true, true, SlashOrder::Decide) => return Err(ColumnProblem::Ambiguous),
                (true, true, SlashOrder::MonthFirst) | (false, true, _) => {
                    DateFormat::MonthSlashDay
                }
                _ => DateFormat::DaySlashMonth,
            }
        };
        Ok(Some(chosen))
    }
}

/// Reads `text` in `format`; `None` when it is not a valid date and time in it.
#[must_use]
pub fn parse(text: &str, format: DateFormat) -> Option<Moment> {
    let text = text.trim();
    let (date_part, time_part) = split_date_time(text, format);
    let date = match format {
        DateFormat::Iso => three_numbers(date_part, '-', [4, 2, 2])
            .and_then(|[year, month, day]| civil_date(year, month, day)),
        DateFormat::DayDotMonth => three_numbers(date_part, '.', [2, 2, 4])
            .and_then(|[day, month, year]| civil_date(year, month, day)),
        DateFormat::DaySlashMonth => three_numbers(date_part, '/', [2, 2, 4])
            .and_then(|[day, month, year]| civil_date(year, month, day)),
        DateFormat::MonthSlashDay => three_numbers(date_part, '/', [2, 2, 4])
            .and_then(|[month, day, year]| civil_date(year, month, day)),
    }?;
    let (hour, minute, second) = match time_part {
        None => (0, 0, 0),
        Some(time) => parse_time(time, format)?,
    };
    Moment::of(date.at(hour, minute, second, 0))
}

fn split_date_time(text: &str, format: DateFormat) -> (&str, Option<&str>) {
    let split = if format == DateFormat::Iso {
        text.find(['T', ' '])
    } else {
        text.find(' ')
    };
    match split {
        Some(at) => {
            let time = text[at + 1..].trim_start_matches([' ', ',']);
            (text[..at].trim_end_matches(','), Some(time))
        }
        None => (text, None),
    }
}

/// Three numbers joined by `separator`, each at most `widths` digits (the year exactly 4).
fn three_numbers(text: &str, separator: char, widths: [usize; 3]) -> Option<[i64; 3]> {
    let mut parts = text.split(separator);
    let mut numbers = [0_i64; 3];
    for (slot, width) in numbers.iter_mut().zip(widths) {
        let part = parts.next()?;
        let digits_ok = !part.is_empty()
            && part.len() <= width
            && (width != 4 || part.len() == 4)
            && part.bytes().all(|byte| byte.is_ascii_digit());
        if !digits_ok {
            return None;
        }
        *slot = part.parse().ok()?;
    }
    if parts.next().is_some() {
        return None;
    }
    Some(numbers)
}

fn civil_date(year: i64, month: i64, day: i64) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// `13:05`, `13:05:09`, `13:05:09.123`, with `Z` or `+02:00` (ISO) or ` PM` (slashed US).
fn parse_time(text: &str, format: DateFormat) -> Option<(i8, i8, i8)> {
    let mut clock = text.trim();
    let mut afternoon = None;
    let upper = clock.to_ascii_uppercase();
    if let Some(rest) = upper.strip_suffix("AM") {
        afternoon = Some(false);
        clock = clock.get(..rest.trim_end().len())?;
    } else if let Some(rest) = upper.strip_suffix("PM") {
        afternoon = Some(true);
        clock = clock.get(..rest.trim_end().len())?;
    }
    if afternoon.is_some() && format != DateFormat::MonthSlashDay {
        return None;
    }
    if format == DateFormat::Iso {
        clock = strip_offset(clock)?;
    }
    let clock = clock.split('.').next()?;
    let mut parts = clock.split(':');
    let hour: i8 = small_number(parts.next()?)?;
    let minute: i8 = small_number(parts.next()?)?;
    let second: i8 = parts.next().map_or(Some(0), small_number)?;
    if parts.next().is_some() || minute > 59 || second > 59 {
        return None;
    }
    let hour = match afternoon {
        None if hour <= 23 => hour,
        Some(pm) if (1..=12).contains(&hour) => (hour % 12) + if pm { 12 } else { 0 },
        _ => return None,
    };
    Some((hour, minute, second))
}

fn strip_offset(clock: &str) -> Option<&str> {
    if let Some(rest) = clock.strip_suffix(['Z', 'z']) {
        return Some(rest);
    }
    match clock.rfind(['+', '-']) {
        Some(at) => {
            let offset = &clock[at + 1..];
            let ok = offset.len() <= 5 && offset.bytes().all(|b| b.is_ascii_digit() || b == b':');
            ok.then_some(&clock[..at])
        }
        None => Some(clock),
    }
}

fn small_number(text: &str) -> Option<i8> {
    if text.is_empty() || text.len() > 2 || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The moment of an Excel serial date (days since 1899-12-30, or 1904-01-01 in workbooks
/// made on old Macs), as XLSX cells hold them.
#[must_use]
pub fn from_excel_serial(serial: f64, is_1904: bool) -> Option<Moment> {
    // 2,958,465 is 31 Dec 9999, the last day Excel has.
    if !serial.is_finite() || !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let epoch_days: i64 = if is_1904 { -24_107 } else { -25_569 };
    let seconds = (serial * 86_400.0).round() as i64;
    Some(Moment(epoch_days * 86_400 + seconds))
}

#[cfg(test)]
mod tests {
    use super::{ColumnFormat, ColumnProblem, DateFormat, Moment, SlashOrder, parse};
    use jiff::civil::date;

    fn moment(text: &str, format: DateFormat) -> Option<Moment> {
        parse(text, format)
    }

    #[test]
    fn every_listed_way_of_writing_a_time_reads_the_same_moment() {
        let expected = Moment::of(date(2026, 3, 4).at(13, 5, 0, 0));
        assert_eq!(moment("2026-03-04T13:05:00Z", DateFormat::Iso), expected);
        assert_eq!(
            moment("2026-03-04T13:05:00+02:00", DateFormat::Iso),
            expected
        );
        assert_eq!(moment("2026-03-04 13:05", DateFormat::Iso), expected);
        assert_eq!(
            moment("04.03.2026 13:05", DateFormat::DayDotMonth),
            expected
        );
        assert_eq!(
            moment("4/3/2026 13:05", DateFormat::DaySlashMonth),
            expected
        );
        assert_eq!(
            moment("03/04/2026 1:05 PM", DateFormat::MonthSlashDay),
            expected
        );
        assert_eq!(
            moment("3/4/2026 12:00 AM", DateFormat::MonthSlashDay),
            Moment::of(date(2026, 3, 4).at(0, 0, 0, 0))
        );
        assert_eq!(moment("2026-02-30", DateFormat::Iso), None);
        assert_eq!(moment("2026-03-04 25:00", DateFormat::Iso), None);
    }

    #[test]
    fn a_column_decides_from_all_its_values() {
        let mut column = ColumnFormat::default();
        column.observe(2, "03/04/2026");
        assert_eq!(
            column.decide(SlashOrder::Decide),
            Err(ColumnProblem::Ambiguous)
        );
        assert_eq!(
            column.decide(SlashOrder::DayFirst),
            Ok(Some(DateFormat::DaySlashMonth))
        );
        column.observe(3, "03/25/2026");
        assert_eq!(
            column.decide(SlashOrder::Decide),
            Ok(Some(DateFormat::MonthSlashDay))
        );
        column.observe(4, "25/03/2026");
        assert_eq!(
            column.decide(SlashOrder::Decide),
            Err(ColumnProblem::Unreadable {
                row: 4,
                text: "25/03/2026".to_owned()
            })
        );
    }

    #[test]
    fn excel_serials_count_from_the_end_of_1899() {
        assert_eq!(
            super::from_excel_serial(46_085.5, false),
            Moment::of(date(2026, 3, 4).at(12, 0, 0, 0))
        );
        assert_eq!(super::from_excel_serial(f64::NAN, false), None);
    }
}
