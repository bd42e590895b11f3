//! A drawn buffer as plain text: for `render`, snapshots and screen readers.

use ratatui::buffer::Buffer;

/// One line per row, trailing blanks trimmed. The blank cell after a wide character is
/// skipped, so CJK and emoji come out as written.
pub fn to_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            let width = unicode_width::UnicodeWidthStr::width(symbol);
            skip = width.saturating_sub(1);
            line.push_str(if symbol.is_empty() { " " } else { symbol });
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
