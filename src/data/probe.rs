//! Which format a document says it is, read before it is parsed: each format has its own
//! types, so messages about a format-1 file point into that file as written.
//!
//! Only the top-level object's keys are walked, up to `format` (the first key in every
//! file this project writes), so this costs next to nothing; anything odd is left for the
//! parser to report properly.

/// What the top-level `format` field says.
#[derive(Debug, PartialEq, Eq)]
pub enum Version<'a> {
    One,
    Two,
    /// A number this build does not read, and the byte offset where it starts.
    Other {
        number: &'a str,
        at: usize,
    },
    /// No readable `format` number: the parser will say what is wrong.
    Unknown,
}

pub fn version_of(text: &str) -> Version<'_> {
    let b = text.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return Version::Unknown;
    }
    i += 1;
    loop {
        i = skip_ws(b, i);
        if b.get(i) != Some(&b'"') {
            return Version::Unknown;
        }
        let Some(end) = string_end(b, i) else {
            return Version::Unknown;
        };
        let key = &b[i + 1..end - 1];
        i = skip_ws(b, end);
        if b.get(i) != Some(&b':') {
            return Version::Unknown;
        }
        i = skip_ws(b, i + 1);
        if key == b"format" {
            let start = i;
            while b
                .get(i)
                .is_some_and(|c| c.is_ascii_digit() || b"-+.eE".contains(c))
            {
                i += 1;
            }
            return match &text[start..i] {
                "" => Version::Unknown,
                "1" => Version::One,
                "2" => Version::Two,
                number => Version::Other { number, at: start },
            };
        }
        let Some(next) = value_end(b, i) else {
            return Version::Unknown;
        };
        i = skip_ws(b, next);
        if b.get(i) != Some(&b',') {
            return Version::Unknown;
        }
        i += 1;
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
    {
        i += 1;
    }
    i
}

/// Just past the closing quote of the string that opens at `i`.
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        match b.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
}

/// Just past the value that starts at `i`; nesting is counted, not recursed into.
fn value_end(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    loop {
        match b.get(i)? {
            b'"' => i = string_end(b, i)?,
            b'{' | b'[' => {
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                i += 1;
            }
            b',' if depth == 0 => return Some(i),
            _ => i += 1,
        }
        if depth == 0 && matches!(b.get(i), Some(b',' | b'}')) {
            return Some(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_field_is_found_wherever_it_is() {
        assert_eq!(version_of("{\"format\": 1}"), Version::One);
        assert_eq!(version_of(" {\n \"format\":2, \"x\": 1}"), Version::Two);
        let late = "{\"a\": {\"format\": 7, \"s\": \"}\\\"\"}, \"b\": [1, [2]], \"format\": 1}";
        assert_eq!(version_of(late), Version::One);
        assert_eq!(
            version_of("{\"format\": 3}"),
            Version::Other {
                number: "3",
                at: 11
            }
        );
    }

    #[test]
    fn anything_odd_is_left_to_the_parser() {
        for text in [
            "",
            "[]",
            "{}",
            "{\"format\": \"2\"}",
            "{\"visit\": {",
            "{'format': 1}",
            "{\"a\" 1}",
        ] {
            assert_eq!(version_of(text), Version::Unknown, "{text}");
        }
    }
}
