//! A small JSON parser into a value tree, for reading scenarios (see [`crate::read`]).
//!
//! It keeps what the reading needs and nothing more: numbers are classified the way serde_json
//! classifies them (a whole number that fits `u64`, a negative one that fits `i64`, anything
//! else a fraction) without converting fractions, so no float parsing or printing is pulled in.
//!
//! A syntax error does not throw the work away: the tree built so far is kept, ending in a
//! [`Json::Bad`] node where the error was found. The reading then goes through the document in
//! order and reports the first problem it meets — a field of the wrong type before the broken
//! part is reported as such, as a streaming reader would. Errors that do not stop the parse
//! (a number out of range, a string with a lone UTF-16 surrogate escape) are `Bad` nodes inside
//! an otherwise complete tree.
//!
//! Limits: nesting deeper than [`MAX_DEPTH`] stops the parse (a clear error, never a stack
//! overflow); time and memory are linear in the length of the text.

/// The deepest nesting of arrays and objects read (serde_json's limit too).
pub const MAX_DEPTH: u32 = 128;

use std::borrow::Cow;

/// A JSON value, or the place of a syntax error. Strings and keys without escapes borrow the
/// text they were read from (no copy: a scenario's hundreds of short strings are most of its
/// reading time otherwise).
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Num(Num),
    /// A string (escapes resolved).
    Str(Cow<'a, str>),
    /// An array.
    Arr(Vec<Json<'a>>),
    /// An object: its entries in document order, duplicates kept.
    Obj(Vec<(Cow<'a, str>, Json<'a>)>),
    /// A syntax error at this place.
    Bad(Flaw),
}

/// A JSON number, classified as serde_json classifies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    /// A whole number from 0 to `u64::MAX` (no fraction, no exponent).
    Pos(u64),
    /// A negative whole number that fits `i64` (`-0` is a fraction, as in serde_json).
    Neg(i64),
    /// Any other number: a fraction, an exponent, or a whole number too large for 64 bits.
    Frac,
}

/// A syntax error: where, what, and whether the parse stopped there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flaw {
    /// Byte offset in the text.
    pub pos: usize,
    /// What is wrong.
    pub what: What,
    /// Whether the parse stopped here (the text after it was not read).
    pub hard: bool,
    /// Which value the error belongs to.
    pub place: Place,
}

/// Which value a syntax error belongs to, for its JSON path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The value at this place (a broken literal, string or number).
    Here,
    /// The enclosing array or object (a missing comma or colon, a trailing comma).
    Parent,
    /// The enclosing object, before the key of this entry could be read.
    Key,
}

/// The kinds of syntax error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum What {
    EndInValue,
    EndInString,
    ExpectedValue,
    ExpectedColon,
    ExpectedCommaOrEnd,
    KeyNotString,
    TrailingComma,
    TrailingText,
    ControlChar,
    BadEscape,
    LoneSurrogate,
    BadNumber,
    NumberTooLarge,
    TooDeep,
}

impl What {
    /// The message, in English and in Chinese.
    pub fn text(self) -> (&'static str, &'static str) {
        match self {
            What::EndInValue => ("the text ends where a value should be", "数据不完整，在应有值的地方结束了"),
            What::EndInString => ("the text ends inside a string", "数据不完整，引号没有闭合"),
            What::ExpectedValue => ("expected a value", "这里应是一个值（数字、文字、列表或对象）"),
            What::ExpectedColon => ("expected `:` after the field name", "字段名后应有冒号 :"),
            What::ExpectedCommaOrEnd => ("expected `,` or the closing bracket", "这里应是逗号或右括号"),
            What::KeyNotString => ("a field name must be a string in double quotes", "字段名应放在双引号里"),
            What::TrailingComma => ("a comma before the closing bracket", "右括号前多了一个逗号"),
            What::TrailingText => ("text after the end of the data", "数据结束后还有多余的内容"),
            What::ControlChar => ("a control character (like a tab or newline) inside a string; write it as an escape", "文字中有控制字符（如换行或制表符），需写成转义形式"),
            What::BadEscape => ("an invalid escape in a string", "文字中有无效的转义（\\ 后面的字符）"),
            What::LoneSurrogate => ("a lone UTF-16 surrogate escape (\\uD800-\\uDFFF) in a string", "文字中有不成对的 \\u 代理项转义"),
            What::BadNumber => ("an invalid number", "数字的写法不对"),
            What::NumberTooLarge => ("a number too large to be read", "数字太大，无法读取"),
            What::TooDeep => ("arrays or objects nested more than 128 deep", "列表或对象嵌套超过 128 层"),
        }
    }
}

/// A parsed document: the value (possibly ending in a [`Json::Bad`] node where the parse
/// stopped) and any text after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc<'a> {
    /// The value.
    pub root: Json<'a>,
    /// Non-whitespace text after the value (serde_json's "trailing characters").
    pub trailing: Option<Flaw>,
    /// Whether the parse stopped at a syntax error inside the value.
    pub stopped: bool,
}

/// Parses a JSON text. Never fails and never panics: syntax errors become [`Json::Bad`] nodes.
pub fn parse(text: &str) -> Doc<'_> {
    let mut p = Parser {
        s: text,
        b: text.as_bytes(),
        i: 0,
        depth: 0,
        stopped: false,
    };
    let root = p.value();
    let stopped = p.stopped;
    let mut trailing = None;
    if !stopped {
        p.ws();
        if p.i < p.b.len() {
            trailing = Some(p.flaw(What::TrailingText, true));
        }
    }
    Doc {
        root,
        trailing,
        stopped,
    }
}

impl Json<'_> {
    /// The error that stopped the parse, if this value holds it (the last element or entry,
    /// recursively): the value is incomplete.
    pub fn stop(&self) -> Option<&Flaw> {
        match self {
            Json::Bad(f) if f.hard => Some(f),
            Json::Arr(items) => items.last().and_then(Json::stop),
            Json::Obj(entries) => entries.last().and_then(|(_, v)| v.stop()),
            _ => None,
        }
    }
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    depth: u32,
    stopped: bool,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn flaw(&mut self, what: What, hard: bool) -> Flaw {
        self.stopped |= hard;
        Flaw {
            pos: self.i,
            what,
            hard,
            place: Place::Here,
        }
    }

    /// A hard error at the current position, as a node at `place`.
    fn stop(&mut self, what: What, place: Place) -> Json<'a> {
        let mut f = self.flaw(what, true);
        f.place = place;
        Json::Bad(f)
    }

    fn value(&mut self) -> Json<'a> {
        self.ws();
        match self.peek() {
            None => self.stop(What::EndInValue, Place::Here),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                self.i += 1;
                match self.string() {
                    Ok(s) => Json::Str(s),
                    Err(f) => Json::Bad(f),
                }
            }
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.stop(What::ExpectedValue, Place::Here),
        }
    }

    fn literal(&mut self, word: &str, v: Json<'a>) -> Json<'a> {
        for &c in word.as_bytes() {
            match self.peek() {
                Some(x) if x == c => self.i += 1,
                None => return self.stop(What::EndInValue, Place::Here),
                Some(_) => return self.stop(What::ExpectedValue, Place::Here),
            }
        }
        v
    }

    /// Opens a container; `None` (with the error node) past the depth limit.
    fn enter(&mut self) -> Result<(), Json<'a>> {
        if self.depth >= MAX_DEPTH {
            return Err(self.stop(What::TooDeep, Place::Here));
        }
        self.depth += 1;
        self.i += 1;
        Ok(())
    }

    /// After an element or entry: `Ok(true)` for another one (a comma was read), `Ok(false)` at
    /// the closing bracket (read), or the error (the parse stops).
    fn next(&mut self, close: u8, first: bool) -> Result<bool, What> {
        self.ws();
        match self.peek() {
            Some(c) if c == close => {
                self.i += 1;
                return Ok(false);
            }
            Some(b',') if !first => {
                self.i += 1;
                self.ws();
            }
            Some(_) if first => {}
            Some(_) => return Err(What::ExpectedCommaOrEnd),
            None => return Err(What::EndInValue),
        }
        match self.peek() {
            Some(c) if c == close => Err(What::TrailingComma),
            Some(_) => Ok(true),
            None => Err(What::EndInValue),
        }
    }

    fn array(&mut self) -> Json<'a> {
        if let Err(bad) = self.enter() {
            return bad;
        }
        let mut items = Vec::new();
        let mut first = true;
        loop {
            match self.next(b']', first) {
                Ok(true) => {}
                Ok(false) => break,
                Err(what) => {
                    items.push(self.stop(what, Place::Parent));
                    break;
                }
            }
            first = false;
            items.push(self.value());
            if self.stopped {
                break;
            }
        }
        self.depth -= 1;
        Json::Arr(items)
    }

    fn object(&mut self) -> Json<'a> {
        if let Err(bad) = self.enter() {
            return bad;
        }
        // Room for the fields of a segment (five or six) at once: one allocation per object
        // rather than a first one and a reallocation at the fifth field.
        let mut entries = Vec::with_capacity(8);
        let mut first = true;
        loop {
            match self.next(b'}', first) {
                Ok(true) if self.peek() == Some(b'"') => {}
                Ok(true) => {
                    entries.push((Cow::Borrowed(""), self.stop(What::KeyNotString, Place::Key)));
                    break;
                }
                Ok(false) => break,
                Err(what) => {
                    entries.push((Cow::Borrowed(""), self.stop(what, Place::Key)));
                    break;
                }
            }
            first = false;
            self.i += 1;
            // A key with a soft error (a lone surrogate) spoils its entry; the parse goes on.
            let key = self.string().map_err(|mut f| {
                f.place = Place::Key;
                f
            });
            if let Err(f) = key {
                if f.hard {
                    entries.push((Cow::Borrowed(""), Json::Bad(f)));
                    break;
                }
            }
            self.ws();
            let value = match self.peek() {
                Some(b':') => {
                    self.i += 1;
                    self.value()
                }
                Some(_) => self.stop(What::ExpectedColon, Place::Parent),
                None => self.stop(What::EndInValue, Place::Parent),
            };
            entries.push(match key {
                Ok(k) => (k, value),
                Err(mut f) => {
                    f.hard = self.stopped;
                    (Cow::Borrowed(""), Json::Bad(f))
                }
            });
            if self.stopped {
                break;
            }
        }
        self.depth -= 1;
        Json::Obj(entries)
    }

    /// A string, after its opening quote. A soft error (a lone surrogate) is reported after the
    /// whole string has been read; a hard one stops the parse.
    fn string(&mut self) -> Result<Cow<'a, str>, Flaw> {
        let mut start = self.i;
        // Most strings have no escape: borrowed from the text.
        while let Some(c) = self.peek() {
            match c {
                // ASCII: both ends are character boundaries.
                b'"' => {
                    self.i += 1;
                    return Ok(Cow::Borrowed(
                        self.s.get(start..self.i - 1).unwrap_or_default(),
                    ));
                }
                b'\\' | 0..=0x1F => break,
                _ => self.i += 1,
            }
        }
        let mut out = String::new();
        let mut soft = None;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.flaw(What::EndInString, true));
            };
            match c {
                b'"' | b'\\' => {
                    // ASCII: both ends are character boundaries.
                    out.push_str(self.s.get(start..self.i).unwrap_or_default());
                    self.i += 1;
                    if c == b'"' {
                        break;
                    }
                }
                0..=0x1F => return Err(self.flaw(What::ControlChar, true)),
                _ => {
                    self.i += 1;
                    continue;
                }
            }
            let Some(e) = self.peek() else {
                return Err(self.flaw(What::EndInString, true));
            };
            self.i += 1;
            out.push(match e {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\x08',
                b'f' => '\x0c',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let n = self.hex()?;
                    let mut code = n;
                    if (0xD800..0xDC00).contains(&n)
                        && self.b.get(self.i..self.i + 2) == Some(b"\\u")
                    {
                        self.i += 2;
                        let low = self.hex()?;
                        if (0xDC00..0xE000).contains(&low) {
                            code = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00);
                        }
                    }
                    char::from_u32(code).unwrap_or_else(|| {
                        soft.get_or_insert(self.flaw(What::LoneSurrogate, false));
                        '\u{FFFD}'
                    })
                }
                _ => return Err(self.flaw(What::BadEscape, true)),
            });
            start = self.i;
        }
        match soft {
            Some(f) => Err(f),
            None => Ok(Cow::Owned(out)),
        }
    }

    fn hex(&mut self) -> Result<u32, Flaw> {
        let mut n = 0;
        for _ in 0..4 {
            let Some(c) = self.peek() else {
                return Err(self.flaw(What::EndInString, true));
            };
            let d = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => return Err(self.flaw(What::BadEscape, true)),
            };
            n = n * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(n)
    }

    /// A number, classified as serde_json does (without the `float_roundtrip` feature): the
    /// significand is kept as `u64` until it overflows, further digits only move the exponent,
    /// and the number is out of range when serde_json's computation would give infinity.
    fn number(&mut self) -> Json<'a> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let mut sig: u64 = 0;
        let mut exp: i32 = 0;
        let mut whole = true;
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return self.stop(What::BadNumber, Place::Here);
                }
            }
            Some(b'1'..=b'9') => {
                while let Some(c @ b'0'..=b'9') = self.peek() {
                    self.i += 1;
                    match sig
                        .checked_mul(10)
                        .and_then(|s| s.checked_add(u64::from(c - b'0')))
                    {
                        Some(s) if whole => sig = s,
                        _ => {
                            whole = false;
                            exp = exp.saturating_add(1);
                        }
                    }
                }
            }
            None => return self.stop(What::EndInValue, Place::Here),
            Some(_) => return self.stop(What::BadNumber, Place::Here),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            whole = false;
            let start = self.i;
            let mut full = false;
            while let Some(c @ b'0'..=b'9') = self.peek() {
                self.i += 1;
                match sig
                    .checked_mul(10)
                    .and_then(|s| s.checked_add(u64::from(c - b'0')))
                {
                    Some(s) if !full => {
                        sig = s;
                        exp -= 1;
                    }
                    _ => full = true,
                }
            }
            if self.i == start {
                let what = if self.peek().is_some() {
                    What::BadNumber
                } else {
                    What::EndInValue
                };
                return self.stop(what, Place::Here);
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            whole = false;
            let positive = match self.peek() {
                Some(b'+') => {
                    self.i += 1;
                    true
                }
                Some(b'-') => {
                    self.i += 1;
                    false
                }
                _ => true,
            };
            match self.peek() {
                Some(b'0'..=b'9') => {}
                None => return self.stop(What::EndInValue, Place::Here),
                Some(_) => return self.stop(What::BadNumber, Place::Here),
            }
            let mut e: i32 = 0;
            let mut overflow = false;
            while let Some(c @ b'0'..=b'9') = self.peek() {
                self.i += 1;
                match e
                    .checked_mul(10)
                    .and_then(|x| x.checked_add(i32::from(c - b'0')))
                {
                    Some(x) if !overflow => e = x,
                    _ => overflow = true,
                }
            }
            if overflow {
                // serde_json: infinity is an error, zero is zero.
                if sig != 0 && positive {
                    return Json::Bad(self.flaw(What::NumberTooLarge, false));
                }
                return Json::Num(Num::Frac);
            }
            exp = if positive {
                exp.saturating_add(e)
            } else {
                exp.saturating_sub(e)
            };
        }
        if !whole {
            if sig != 0 && exp > 0 && too_large(sig, exp) {
                return Json::Bad(self.flaw(What::NumberTooLarge, false));
            }
            return Json::Num(Num::Frac);
        }
        if !negative {
            return Json::Num(Num::Pos(sig));
        }
        // As serde_json: `-0`, and values below i64::MIN, are fractions.
        let neg = (sig as i64).wrapping_neg();
        Json::Num(if neg >= 0 { Num::Frac } else { Num::Neg(neg) })
    }
}

/// Whether serde_json's `f64_from_parts` overflows: `sig as f64 * 10^exp` is infinite.
/// Below 10^289 the product of a `u64` cannot reach `f64::MAX`, and above 10^308 it always does.
fn too_large(sig: u64, exp: i32) -> bool {
    const POW: [f64; 20] = [
        1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301,
        1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308,
    ];
    match exp {
        ..=288 => false,
        289..=308 => (sig as f64 * POW[(exp - 289) as usize]).is_infinite(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_numbers() {
        let d = parse(
            r#" {"a": [1, -2, -0, 1.5, 1e3, 18446744073709551616, "x\u00e9\ud83d\ude00", true, null]} "#,
        );
        assert!(!d.stopped && d.trailing.is_none());
        let Json::Obj(e) = &d.root else { panic!() };
        let Json::Arr(a) = &e[0].1 else { panic!() };
        assert_eq!(a[0], Json::Num(Num::Pos(1)));
        assert_eq!(a[1], Json::Num(Num::Neg(-2)));
        assert_eq!(a[2], Json::Num(Num::Frac));
        assert_eq!(a[5], Json::Num(Num::Frac));
        assert_eq!(a[6], Json::Str("xé😀".into()));
    }

    #[test]
    fn errors_keep_the_tree_so_far() {
        let d = parse(r#"{"a": [1, 2"#);
        assert!(d.stopped);
        let Json::Obj(e) = &d.root else { panic!() };
        let Json::Arr(a) = &e[0].1 else { panic!() };
        assert!(matches!(
            a[2],
            Json::Bad(Flaw {
                place: Place::Parent,
                hard: true,
                ..
            })
        ));
        assert!(d.root.stop().is_some());
        let d = parse(r#"{"a": 1e400, "b": "\udc00"} x"#);
        assert!(!d.stopped);
        assert!(d.trailing.is_some());
        let Json::Obj(e) = &d.root else { panic!() };
        assert!(matches!(
            e[0].1,
            Json::Bad(Flaw {
                what: What::NumberTooLarge,
                hard: false,
                ..
            })
        ));
        assert!(matches!(
            e[1].1,
            Json::Bad(Flaw {
                what: What::LoneSurrogate,
                hard: false,
                ..
            })
        ));
    }

    #[test]
    fn deep_nesting_stops_without_overflowing() {
        let text = "[".repeat(100_000);
        let d = parse(&text);
        assert!(d.stopped);
        assert_eq!(d.root.stop().map(|f| f.what), Some(What::TooDeep));
    }

    #[test]
    fn out_of_range_as_serde_json() {
        for (t, bad) in [
            ("1e308", false),
            ("1.8e308", true),
            ("1e400", true),
            ("0e999", false),
            ("1e-400", false),
            ("17976931348623157e292", false),
            ("17976931348623159e292", true),
        ] {
            let d = parse(t);
            assert_eq!(matches!(d.root, Json::Bad(_)), bad, "{t}");
        }
    }
}
