//! Numbers, money, percentages and dates as each language writes them (CLDR's conventions,
//! docs/domain.md §6): "1 234,5" in Swedish and Finnish, "1.234,5" in Danish, "1,234.5" in English;
//! "1,5 mn kr", "3 feb. 2027", "3. feb. 2027", "3.2.2027".
//!
//! English keeps Leadflow's own house style where it differs from CLDR: a space before "%"
//! and short money as "1.6 M EUR".

use super::{Language, current};
use jiff::civil::Date;

/// CLDR's group separator for Swedish and Finnish: a no-break space, so "1 234" never wraps.
const NO_BREAK_SPACE: char = '\u{a0}';

struct Symbols {
    group: char,
    decimal: char,
    minus: &'static str,
}

fn symbols(language: Language) -> Symbols {
    match language {
        Language::English => Symbols {
            group: ',',
            decimal: '.',
            minus: "-",
        },
        // CLDR writes a true minus sign for Swedish and Finnish.
        Language::Swedish | Language::Finnish => Symbols {
            group: NO_BREAK_SPACE,
            decimal: ',',
            minus: "\u{2212}",
        },
        Language::Danish => Symbols {
            group: '.',
            decimal: ',',
            minus: "-",
        },
    }
}

/// `value` with `decimals` decimals, grouped by thousands, in the current language.
#[must_use]
pub fn number(value: f64, decimals: usize) -> String {
    number_in(current(), value, decimals)
}

/// `value` with `decimals` decimals as a spreadsheet set to `language` reads a pasted cell:
/// the language's decimal sign, no grouping, a plain hyphen for minus.
#[must_use]
pub fn number_for_spreadsheet_in(language: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let plain = format!("{value:.decimals$}");
    let plain = if plain
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        plain.trim_start_matches('-').to_owned()
    } else {
        plain
    };
    plain.replace('.', &symbols(language).decimal.to_string())
}

/// `value` with `decimals` decimals, grouped by thousands, in `language`.
#[must_use]
pub fn number_in(language: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let symbols = symbols(language);
    let plain = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut text = String::new();
    // Rounding may leave "-0": no sign on a zero.
    if value < 0.0
        && plain
            .chars()
            .any(|digit| digit.is_ascii_digit() && digit != '0')
    {
        text.push_str(symbols.minus);
    }
    // Four-digit numbers are grouped too ("1 234"), as CLDR's sv, da and fi do.
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) {
            text.push(symbols.group);
        }
        text.push(digit);
    }
    if !fraction.is_empty() {
        text.push(symbols.decimal);
        text.push_str(fraction);
    }
    text
}

/// `value` with at most `decimals` decimals, without trailing zeros, in `language`: what a
/// number field shows ("2,5" people, "14" days, "1 234,75").
#[must_use]
pub fn number_short_in(language: Language, value: f64, decimals: usize) -> String {
    let full = number_in(language, value, decimals);
    let decimal = symbols(language).decimal;
    if decimals == 0 || !full.contains(decimal) {
        return full;
    }
    full.trim_end_matches('0')
        .trim_end_matches(decimal)
        .to_owned()
}

/// A number as a person types it in `language`: its decimal comma or a point alike, groups of
/// thousands with spaces or the language's separator, a minus or a hyphen. None for text that
/// is no number.
#[must_use]
pub fn parse_number_in(language: Language, text: &str) -> Option<f64> {
    let symbols = symbols(language);
    let mut plain: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != NO_BREAK_SPACE && *c != '\u{202f}')
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if symbols.decimal == ',' {
        if symbols.group == '.' {
            // "1.234,5", and "1.234" (a thousand groups); "2.5" stays two and a half.
            let grouped = plain.contains(',')
                || plain
                    .trim_start_matches('-')
                    .split('.')
                    .skip(1)
                    .all(|group| group.len() == 3)
                    && plain.contains('.');
            if grouped {
                plain = plain.replace('.', "");
            }
        }
        plain = plain.replace(',', ".");
    } else {
        plain = plain.replace(',', "");
    }
    plain.parse::<f64>().ok().filter(|value| value.is_finite())
}

/// A whole count, grouped: "1 234".
#[must_use]
pub fn count(value: f64) -> String {
    count_in(current(), value)
}

/// A whole count, grouped, in `language`.
#[must_use]
pub fn count_in(language: Language, value: f64) -> String {
    number_in(language, value.round(), 0)
}

/// A percentage of `percent` (40.0 for 40 %) with `decimals` decimals: "40 %".
#[must_use]
pub fn percent(percent: f64, decimals: usize) -> String {
    percent_in(current(), percent, decimals)
}

/// A percentage in `language`.
#[must_use]
pub fn percent_in(language: Language, percent: f64, decimals: usize) -> String {
    // English keeps the house style's plain space; the Nordic languages CLDR's no-break space.
    let space = if language == Language::English {
        ' '
    } else {
        NO_BREAK_SPACE
    };
    format!("{}{space}%", number_in(language, percent, decimals))
}

/// How a language writes a currency after an amount: its symbol for the Nordic currencies
/// and the euro, otherwise the code as typed.
fn currency_in(language: Language, currency: &str) -> String {
    let code = currency.trim();
    let symbol = match (language, code.to_ascii_uppercase().as_str()) {
        (Language::English, _) => None,
        (Language::Danish, "DKK") => Some("kr."),
        (_, "SEK" | "DKK" | "NOK") => Some("kr"),
        (_, "EUR") => Some("€"),
        _ => None,
    };
    symbol.map_or_else(|| code.to_owned(), str::to_owned)
}

/// A money amount, short, in the current language: "1.2 M EUR" / "1,2 mn €" / "45 tn kr" /
/// "980 kr.".
#[must_use]
pub fn money(value: f64, currency: &str) -> String {
    money_in(current(), value, currency)
}

/// A money amount, short, in `language`.
#[must_use]
pub fn money_in(language: Language, value: f64, currency: &str) -> String {
    // Alone, an amount is the largest of its own list.
    money_as_largest_in(language, value, currency, 0.0)
}

/// A money amount in the unit the largest of its list needs, so a column reads in one style
/// ("+165 k EUR" above "+8.6 k EUR", not above "+8,598 EUR"): millions with one decimal,
/// thousands (one decimal under ten thousand), or whole units when `largest` is under
/// ten thousand.
#[must_use]
pub fn money_as_largest_in(language: Language, value: f64, currency: &str, largest: f64) -> String {
    let largest = largest.abs().max(value.abs());
    let (million, thousand) = match language {
        Language::English => ("M", "k"),
        Language::Swedish => ("mn", "tn"),
        Language::Danish => ("mio.", "t."),
        Language::Finnish => ("milj.", "t."),
    };
    let amount = if largest >= 1e6 {
        format!("{} {million}", number_in(language, value / 1e6, 1))
    } else if largest >= 1e4 {
        let decimals = usize::from(value.abs() < 1e4);
        format!(
            "{} {thousand}",
            number_short_in(language, value / 1e3, decimals)
        )
    } else {
        number_in(language, value, 0)
    };
    format!("{amount} {}", currency_in(language, currency))
}

/// A span of time as a person reads it, in units every language here writes alike: "40 s",
/// "3 min" (whole minutes, rounded up), "1 h", "1 h 5 min".
#[must_use]
pub fn time_span(span: std::time::Duration) -> String {
    let seconds = span.as_secs();
    let minutes = seconds.div_ceil(60);
    if seconds < 60 {
        format!("{seconds} s")
    } else if minutes < 60 {
        format!("{minutes} min")
    } else if minutes.is_multiple_of(60) {
        format!("{} h", minutes / 60)
    } else {
        format!("{} h {} min", minutes / 60, minutes % 60)
    }
}

/// Month abbreviations as they stand in a date ("3 feb. 2027") and on a timeline ("mars").
fn month_abbreviation(language: Language, month: usize) -> &'static str {
    const ENGLISH: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const SWEDISH: [&str; 12] = [
        "jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "dec.",
    ];
    const DANISH: [&str; 12] = [
        "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
        "dec.",
    ];
    // Finnish dates are numeric; the timeline names months by their stand-alone short forms.
    const FINNISH: [&str; 12] = [
        "tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka",
        "marras", "joulu",
    ];
    let names = match language {
        Language::English => &ENGLISH,
        Language::Swedish => &SWEDISH,
        Language::Danish => &DANISH,
        Language::Finnish => &FINNISH,
    };
    names.get(month.saturating_sub(1)).copied().unwrap_or("")
}

/// The short name of month `month` (1–12) in the current language: "Mar", "mars", "maalis".
#[must_use]
pub fn month_name(month: usize) -> &'static str {
    month_abbreviation(current(), month)
}

/// The short name of month `month` (1–12) in `language`.
#[must_use]
pub fn month_name_in(language: Language, month: usize) -> &'static str {
    month_abbreviation(language, month)
}

fn month_of(date: Date) -> usize {
    usize::try_from(date.month()).unwrap_or(1)
}

/// A date in full, in the current language: "31 Dec 2027", "31 dec. 2027", "31. dec. 2027",
/// "31.12.2027".
#[must_use]
pub fn date_long(date: Date) -> String {
    date_long_in(current(), date)
}

/// A date in full, in `language`.
#[must_use]
pub fn date_long_in(language: Language, date: Date) -> String {
    let month = month_abbreviation(language, month_of(date));
    match language {
        Language::English | Language::Swedish => {
            format!("{} {month} {}", date.day(), date.year())
        }
        Language::Danish => format!("{}. {month} {}", date.day(), date.year()),
        Language::Finnish => format!("{}.{}.{}", date.day(), date.month(), date.year()),
    }
}

/// A month on a timeline: "Mar" / "mars", with its year where asked ("Jan 2027").
#[must_use]
pub fn month_label(date: Date, with_year: bool) -> String {
    month_label_in(current(), date, with_year)
}

/// A month on a timeline in `language`, with its year where asked.
#[must_use]
pub fn month_label_in(language: Language, date: Date, with_year: bool) -> String {
    let month = month_abbreviation(language, month_of(date));
    if with_year {
        format!("{month} {}", date.year())
    } else {
        month.to_owned()
    }
}

/// A month on a timeline: "Mar", with its year where a year begins and wherever `with_year`
/// ("Jan 2027").
#[must_use]
pub fn timeline_month(date: Date, with_year: bool) -> String {
    timeline_month_in(current(), date, with_year)
}

/// A month on a timeline in `language` (see [`timeline_month`]).
#[must_use]
pub fn timeline_month_in(language: Language, date: Date, with_year: bool) -> String {
    month_label_in(language, date, with_year || date.month() == 1)
}

/// "Week 12 · 22 Mar 2027": week `week` (0-based) of a simulation, which `begins` on that day.
#[must_use]
pub fn week_caption(week: usize, begins: Date) -> String {
    week_caption_in(current(), week, begins)
}

/// "Week 12 · 22 Mar 2027" in `language`.
#[must_use]
pub fn week_caption_in(language: Language, week: usize, begins: Date) -> String {
    crate::tr_in!(
        language,
        "week-caption",
        week = (week + 1).to_string(),
        date = date_long_in(language, begins)
    )
}

/// "12 Jul 2027 · ISO week 28 · week 33 of the plan": week `week` (0-based) of a plan, which
/// `begins` on that day.
#[must_use]
pub fn week_of_plan(week: usize, begins: Date) -> String {
    crate::tr!(
        "plot-week-text",
        date = date_long(begins),
        iso_week = begins.iso_week_date().week().to_string(),
        week = (week + 1).to_string()
    )
}

/// An axis label: whole numbers, thousands as k, millions as M (the headline's own units, so
/// an axis and its figure read alike).
#[must_use]
pub fn axis_label(value: f64) -> String {
    axis_label_in(current(), value)
}

/// An axis label in `language` (see [`axis_label`]).
#[must_use]
pub fn axis_label_in(language: Language, value: f64) -> String {
    if value.abs() >= 1e6 {
        crate::tr_in!(
            language,
            "tick-millions",
            value = trim(language, value / 1e6)
        )
    } else if value.abs() >= 1e4 {
        crate::tr_in!(
            language,
            "tick-thousands",
            value = trim(language, value / 1e3)
        )
    } else {
        trim(language, value)
    }
}

/// One decimal at most, in `language`: "2.5", "2,5", "3".
fn trim(language: Language, value: f64) -> String {
    let decimals = usize::from((value * 10.0).round() % 10.0 != 0.0);
    number_in(language, value, decimals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_current;

    fn date(year: i16, month: i8, day: i8) -> Date {
        Date::new(year, month, day).expect("a real date")
    }

    #[test]
    fn numbers_are_grouped_and_pointed_as_each_language_writes_them() {
        assert_eq!(number_in(Language::English, 1234.5, 1), "1,234.5");
        assert_eq!(number_in(Language::Swedish, 1234.5, 1), "1\u{a0}234,5");
        assert_eq!(
            number_in(Language::Finnish, -1_234_567.0, 0),
            "\u{2212}1\u{a0}234\u{a0}567"
        );
        assert_eq!(number_in(Language::Danish, 1234.5, 1), "1.234,5");
        assert_eq!(number_in(Language::Danish, 999.0, 0), "999");
        assert_eq!(number_in(Language::Swedish, -0.04, 1), "0,0");
        assert_eq!(number_in(Language::English, f64::NAN, 0), "–");
    }

    #[test]
    fn a_time_span_reads_in_the_largest_unit_that_fits() {
        use std::time::Duration;
        assert_eq!(time_span(Duration::from_secs(40)), "40 s");
        assert_eq!(time_span(Duration::from_secs(125)), "3 min");
        assert_eq!(time_span(Duration::from_mins(65)), "1 h 5 min");
        assert_eq!(time_span(Duration::from_secs(3_599)), "1 h");
        assert_eq!(time_span(Duration::from_hours(2)), "2 h");
    }

    #[test]
    fn a_list_of_money_reads_in_the_unit_of_its_largest() {
        let english =
            |value, largest| money_as_largest_in(Language::English, value, "EUR", largest);
        // The lever list saw "+226 k EUR" above "+5,489 EUR".
        assert_eq!(english(226_400.0, 226_400.0), "226 k EUR");
        assert_eq!(english(5_489.0, 226_400.0), "5.5 k EUR");
        assert_eq!(english(2_300_000.0, 2_300_000.0), "2.3 M EUR");
        assert_eq!(english(5_489.0, 2_300_000.0), "0.0 M EUR");
        assert_eq!(english(5_489.0, 8_000.0), "5,489 EUR");
        assert_eq!(
            money_as_largest_in(Language::Swedish, -5_000.0, "SEK", 120_000.0),
            "\u{2212}5 tn kr"
        );
    }

    #[test]
    fn money_percent_and_dates_per_language() {
        set_current(Language::Swedish);
        assert_eq!(money(1_500_000.0, "SEK"), "1,5 mn kr");
        assert_eq!(money(45_000.0, "EUR"), "45 tn €");
        assert_eq!(percent(40.0, 0), "40\u{a0}%");
        set_current(Language::English);
        assert_eq!(percent(40.0, 0), "40 %");
        set_current(Language::Swedish);
        assert_eq!(date_long(date(2027, 2, 3)), "3 feb. 2027");
        assert_eq!(month_label(date(2027, 3, 1), false), "mars");
        set_current(Language::Danish);
        assert_eq!(money(980.0, "DKK"), "980 kr.");
        assert_eq!(money(2_400_000.0, "DKK"), "2,4 mio. kr.");
        assert_eq!(date_long(date(2027, 2, 3)), "3. feb. 2027");
        set_current(Language::Finnish);
        assert_eq!(money(1_260_000.0, "EUR"), "1,3 milj. €");
        assert_eq!(date_long(date(2027, 2, 3)), "3.2.2027");
        set_current(Language::English);
        assert_eq!(money(4_400_000.0, "EUR"), "4.4 M EUR");
        assert_eq!(money(45_000.0, "EUR"), "45 k EUR");
        assert_eq!(date_long(date(2027, 12, 31)), "31 Dec 2027");
        assert_eq!(month_label(date(2027, 1, 1), true), "Jan 2027");
    }

    #[test]
    fn dates_read_as_a_leader_writes_them() {
        set_current(Language::English);
        assert_eq!(date_long(Date::constant(2027, 12, 31)), "31 Dec 2027");
        assert_eq!(
            week_caption(11, Date::constant(2027, 3, 22)),
            "Week 12 · 22 Mar 2027"
        );
        assert_eq!(
            timeline_month(Date::constant(2027, 1, 1), false),
            "Jan 2027"
        );
        assert_eq!(timeline_month(Date::constant(2027, 3, 1), false), "Mar");
    }

    #[test]
    fn number_fields_read_and_write_each_languages_numbers() {
        assert_eq!(number_short_in(Language::Swedish, 55.1, 1), "55,1");
        assert_eq!(number_short_in(Language::Swedish, 2.5, 2), "2,5");
        assert_eq!(number_short_in(Language::English, 200.0, 2), "200");
        assert_eq!(number_short_in(Language::Danish, 1234.75, 2), "1.234,75");
        assert_eq!(parse_number_in(Language::Swedish, "55,1"), Some(55.1));
        assert_eq!(parse_number_in(Language::Swedish, "55.1"), Some(55.1));
        assert_eq!(
            parse_number_in(Language::Finnish, "1\u{a0}234,5"),
            Some(1234.5)
        );
        assert_eq!(parse_number_in(Language::Swedish, "\u{2212}3"), Some(-3.0));
        assert_eq!(parse_number_in(Language::Danish, "1.234,5"), Some(1234.5));
        assert_eq!(parse_number_in(Language::Danish, "1.234"), Some(1234.0));
        assert_eq!(parse_number_in(Language::Danish, "2.5"), Some(2.5));
        assert_eq!(parse_number_in(Language::English, "1,234.5"), Some(1234.5));
        assert_eq!(parse_number_in(Language::English, "abc"), None);
    }
}
