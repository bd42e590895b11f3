//! serde_json's error messages in a dataset author's words: JSON's names for types rather
//! than Rust's, and what was expected at that place.

/// serde_json's message, without its own position suffix, in JSON's words rather than
/// Rust's, and saying what was expected.
pub(super) fn explain(err: &serde_json::Error, path: &str) -> String {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    if path == "$" {
        if let Some(found) = message
            .strip_prefix("invalid type: ")
            .and_then(|m| m.strip_suffix(", expected struct Dataset"))
        {
            return format!(
                "found {}; expected a JSON object describing one visit",
                json_words(found)
            );
        }
    }
    let hint = |h: &str| format!("{message}; {h}");
    if message.starts_with("trailing characters") {
        return "unexpected text after the end of the JSON object; expected the end of the file"
            .to_string();
    }
    if message.starts_with("EOF while parsing") {
        return hint("the file ends too early (truncated?); expected the rest of the document");
    }
    if message == "key must be a string" {
        return hint(
            "expected a field name in double quotes (JSON has no comments or single quotes)",
        );
    }
    if message.starts_with("control character") {
        return hint("expected a closing quote, or the character written as an escape such as \\n");
    }
    if message == "trailing comma" {
        return hint("expected another value after the comma, or no comma");
    }
    if message.starts_with("unknown field `source`,") && message.contains("`sources`") {
        return hint("format 2 lists every source under `sources`; a single `source` object is format 1 (say \"format\": 1)");
    }
    if message.starts_with("duplicate field") {
        return hint("expected each field once");
    }
    if message.starts_with("missing field") {
        return hint("expected it in this object");
    }
    if message == "invalid escape" {
        return hint("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
    }
    if message.contains("hex escape") || message.contains("surrogate") {
        return hint("expected \\u and four hex digits, surrogates in valid pairs");
    }
    if message == "number out of range" {
        return hint("expected a number that fits a 64-bit float");
    }
    if message == "expected value" {
        return "expected a JSON value (NaN, Infinity, comments and bare words are not JSON)"
            .to_string();
    }
    json_words(message)
}

/// Rust's names for types, as a dataset author would say them.
fn json_words(message: &str) -> String {
    let mut m = message.to_string();
    for (rust, json) in [
        (
            "expected struct Text",
            "expected an object with \"en\" and \"ru\" texts",
        ),
        ("expected struct ", "expected an object: "),
        (
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        ),
        ("expected f64", "expected a number"),
        ("expected a sequence", "expected an array"),
        ("invalid type: map", "invalid type: object"),
        ("invalid type: sequence", "invalid type: array"),
        ("floating point", "number"),
    ] {
        m = m.replace(rust, json);
    }
    m
}
