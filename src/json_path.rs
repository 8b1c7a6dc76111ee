//! The JSON path (`$.history[2].base`) of the place where a parse error was found.
//!
//! serde_json reports where in the text it stopped (line and column). Re-reading the text up to
//! that point with a small scanner that tracks the open objects (and the last key read in each)
//! and arrays (and the index reached) gives the path of the value being read there. This keeps a
//! second, path-tracking copy of every deserializer out of the wasm module.

/// One open container while scanning.
enum Frame {
    /// An object: the last key read, and whether a key comes next.
    Object { key: Option<String>, want_key: bool },
    /// An array: the index of the element being read.
    Array { index: usize },
}

/// The path of the value being read when serde_json stopped at `line`/`column` (1-based, column
/// in bytes, as serde_json counts) of `text`.
///
/// serde_json reports the position of the character it looked at next (the `,` or `}` after a
/// bad value, the `}` of an object missing a field), so the text is read up to, not including,
/// that character.
///
/// ```
/// use pension_estimator::json_path::path_at;
/// let text = r#"{"history": [{"from": "2020-01"}, {"base": {"ratio": "x"}}]}"#;
/// let col = text.find("\"x\"").unwrap() + 4; // the `}` after the bad value, 1-based
/// assert_eq!(path_at(text, 1, col), "$.history[1].base.ratio");
/// ```
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    scan(text, offset(text, line, column), false)
}

/// Like [`path_at`], for an error about a whole array or object (`invalid type: sequence`):
/// serde_json stops just after its opening bracket, which this does not count as entered.
///
/// ```
/// use pension_estimator::json_path::path_of_container_at;
/// let text = "{\"base\": {\"ratio\": [\n  []\n]}}";
/// // serde_json stops at the inner `[` (line 2, column 3).
/// assert_eq!(path_of_container_at(text, 2, 3), "$.base.ratio");
/// ```
pub fn path_of_container_at(text: &str, line: usize, column: usize) -> String {
    scan(text, offset(text, line, column), true)
}

fn scan(text: &str, stop: usize, container: bool) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < stop.min(bytes.len()) {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                want_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { want_key, .. }) => *want_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { want_key, .. }) = stack.last_mut() {
                    *want_key = false;
                }
            }
            b'"' => {
                let end = string_end(bytes, i);
                if let Some(Frame::Object {
                    key,
                    want_key: true,
                }) = stack.last_mut()
                {
                    // `i` is at a quote and `end` after one (or at the end): both char boundaries.
                    let quoted = text.get(i..end).unwrap_or("");
                    let raw = text.get(i + 1..end).unwrap_or("").trim_end_matches('"');
                    *key = Some(serde_json::from_str(quoted).unwrap_or_else(|_| raw.to_owned()));
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if container {
        let before = text.as_bytes()[..stop.min(text.len())]
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace());
        if matches!(before, Some(b'[' | b'{')) {
            stack.pop();
        }
    }
    let mut out = String::from("$");
    for f in &stack {
        match f {
            Frame::Object { key: Some(k), .. } => {
                out.push('.');
                out.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Byte offset of the character at a 1-based line and column (clamped to the text).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line.max(1) {
        match text[start..].find('\n') {
            Some(n) => start += n + 1,
            None => return text.len(),
        }
    }
    (start + column.saturating_sub(1)).min(text.len())
}

/// The index just after the string starting at `start` (a `"`), or the end of the text.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::path_at;

    fn at(text: &str, marker: &str) -> String {
        // serde_json reports the character after a value it has read: 1-based, that character's
        // column is the 0-based index just past the marker, plus one.
        let pos = text.find(marker).expect("marker") + marker.len();
        path_at(text, 1, pos + 1)
    }

    #[test]
    fn paths_of_values_keys_and_elements() {
        let t = r#"{"person": {"birth": "1990-13", "sex": 5}, "history": [{}, {"base": {"ratio": "x"}}]}"#;
        assert_eq!(at(t, r#""1990-13""#), "$.person.birth");
        assert_eq!(at(t, "5"), "$.person.sex");
        assert_eq!(at(t, r#""x""#), "$.history[1].base.ratio");
        assert_eq!(at(t, r#"[{}"#), "$.history[0]");
        // After an object closes (where a missing field is reported), the object's own path.
        assert_eq!(
            at(r#"{"person": {}, "as_of": 1}"#, r#"{"person": {}"#),
            "$.person"
        );
    }

    #[test]
    fn strings_with_brackets_quotes_and_escapes_do_not_confuse_it() {
        let t = r#"{"a\"[{": "}],\"", "b": [1, "x,]", 3]}"#;
        assert_eq!(at(t, "3"), "$.b[2]");
        assert_eq!(at(t, r#""}],\"""#), "$.a\"[{");
    }

    #[test]
    fn lines_and_out_of_range_positions() {
        let t = "{\n  \"as_of\": \"x\"\n}";
        assert_eq!(path_at(t, 2, 15), "$.as_of");
        assert_eq!(path_at(t, 99, 99), "$");
        assert_eq!(path_at("", 1, 1), "$");
        assert_eq!(path_at("\"unterminated", 1, 50), "$");
    }
}
