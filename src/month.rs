//! Calendar months (`YYYY-MM`), the time unit of every pension rule.
//!
//! Contributions are paid, credited and counted by month; ages and retirement dates are
//! expressed in months too. A [`Month`] is a plain value: no time zone, no day.
//!
//! ```
//! use pension_estimator::Month;
//! let m: Month = "2025-01".parse().unwrap();
//! assert_eq!(m.plus(13).to_string(), "2026-02");
//! assert_eq!(m.months_until("2026-02".parse().unwrap()), 13);
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar month between 1900-01 and 2200-12.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// Months since year 0 (year * 12 + month - 1): makes arithmetic and ordering trivial.
    index: i32,
}

/// The earliest year accepted anywhere in a scenario.
pub const MIN_YEAR: i32 = 1900;
/// The latest year accepted anywhere in a scenario.
pub const MAX_YEAR: i32 = 2200;

impl Month {
    /// Builds a month; `None` outside 1900-01..=2200-12 or for a month not in 1..=12.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        Some(Month {
            index: year * 12 + month as i32 - 1,
        })
    }

    /// Builds a month with the year clamped to 1900..=2200 and the month to 1..=12: total, for
    /// values computed from a clock.
    pub fn clamped(year: i64, month: u32) -> Month {
        let year = year.clamp(i64::from(MIN_YEAR), i64::from(MAX_YEAR)) as i32;
        Month {
            index: year * 12 + month.clamp(1, 12) as i32 - 1,
        }
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        self.index.div_euclid(12)
    }

    /// The month of the year, 1 to 12.
    pub fn month(self) -> u32 {
        (self.index.rem_euclid(12) + 1) as u32
    }

    /// This month moved by `n` months (negative moves back).
    pub fn plus(self, n: i32) -> Month {
        Month {
            index: self.index + n,
        }
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Month) -> i32 {
        later.index - self.index
    }

    /// January of this month's year.
    pub fn january(self) -> Month {
        Month {
            index: self.year() * 12,
        }
    }

    /// Iterates over the months from `self` to `last`, both included.
    pub fn through(self, last: Month) -> impl Iterator<Item = Month> {
        (self.index..=last.index).map(|index| Month { index })
    }
}

/// Why a text is not a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthParseError;

impl fmt::Display for MonthParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a month as YYYY-MM between 1900-01 and 2200-12")
    }
}

impl FromStr for Month {
    type Err = MonthParseError;

    fn from_str(s: &str) -> Result<Month, MonthParseError> {
        let b = s.as_bytes();
        if b.len() != 7 || b[4] != b'-' || !b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit) {
            return Err(MonthParseError);
        }
        // The digits are checked above: read by hand, without `str::parse`'s code (docs/size.md).
        let number = |d: &[u8]| d.iter().fold(0, |n, &c| n * 10 + u32::from(c - b'0'));
        Month::new(number(&b[..4]) as i32, number(&b[5..])).ok_or(MonthParseError)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// In TypeScript a month is a `"YYYY-MM"` string, declared as its own type `Month`.
impl ts_rs::TS for Month {
    type WithoutGenerics = Month;
    type OptionInnerType = Month;
    fn docs() -> Option<String> {
        Some("/**\n * A calendar month, `\"YYYY-MM\"` (e.g. `\"2026-11\"`).\n */\n".to_owned())
    }
    fn name(_: &ts_rs::Config) -> String {
        "Month".to_owned()
    }
    fn inline(_: &ts_rs::Config) -> String {
        "string".to_owned()
    }
    fn decl(_: &ts_rs::Config) -> String {
        "type Month = string;".to_owned()
    }
    fn decl_concrete(cfg: &ts_rs::Config) -> String {
        Self::decl(cfg)
    }
    fn output_path() -> Option<std::path::PathBuf> {
        Some("Month.ts".into())
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Month, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An age or a duration in whole years and months, as the retirement rules state them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
pub struct YearsMonths {
    /// Whole years.
    pub years: i32,
    /// Remaining months, 0 to 11.
    pub months: i32,
}

impl YearsMonths {
    /// Splits a number of months into years and months.
    pub fn from_months(total: i32) -> YearsMonths {
        YearsMonths {
            years: total.div_euclid(12),
            months: total.rem_euclid(12),
        }
    }

    /// The total number of months.
    pub fn total_months(self) -> i32 {
        self.years * 12 + self.months
    }
}

impl fmt::Display for YearsMonths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}y{}m", self.years, self.months)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let m: Month = "1976-09".parse().unwrap();
        assert_eq!((m.year(), m.month()), (1976, 9));
        assert_eq!(m.to_string(), "1976-09");
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "1976-9", "1976-13", "1976-00", "76-09", "1976/09", "+976-09", "2201-01", "1899-12", "",
        ] {
            assert!(bad.parse::<Month>().is_err(), "{bad}");
        }
    }

    #[test]
    fn arithmetic_crosses_years() {
        let m: Month = "2024-12".parse().unwrap();
        assert_eq!(m.plus(1).to_string(), "2025-01");
        assert_eq!(m.plus(-12).to_string(), "2023-12");
        assert_eq!(m.january().to_string(), "2024-01");
        assert_eq!(m.months_until(m.plus(-3)), -3);
        assert_eq!(m.through(m.plus(2)).count(), 3);
    }
}
