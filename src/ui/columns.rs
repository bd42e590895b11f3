//! How a table's columns share its width: each wants the width of its content, columns
//! that cannot be shown usefully are dropped in their order of giving way, and when the
//! shown ones do not fit, the longest gives way first.

/// A column as the table sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The widest cell of the rows on show, or the header where wider; 0 when every cell
    /// is empty (a column with nothing in it is not shown).
    pub want: u16,
    /// The order in which columns give way, 1 first to stay; 0 is the title, which stays.
    pub priority: u8,
}

/// The title never gets narrower than this (nor than two fifths of the table) while other
/// columns are shown beside it.
const MIN_TITLE: u16 = 24;
/// A column cut narrower than this says too little to be worth showing.
const MIN_SQUEEZED: u16 = 14;

/// The width of each column (0: not shown) in `inner` columns with `spacing` between two.
/// With `may_cut` false (a wide screen), a column is shown only whole; otherwise columns
/// are cut, the longest first, as long as each keeps a useful width.
pub fn share(columns: &[Column], inner: u16, spacing: u16, may_cut: bool) -> Vec<u16> {
    let title = columns.iter().position(|c| c.priority == 0);
    let title_floor = MIN_TITLE.max(u16::try_from(u32::from(inner) * 2 / 5).unwrap_or(u16::MAX));
    let floor = |i: usize| -> u16 {
        let c = columns[i];
        if Some(i) == title {
            c.want.min(title_floor)
        } else {
            c.want.min(MIN_SQUEEZED)
        }
    };
    let mut order: Vec<usize> = (0..columns.len())
        .filter(|&i| Some(i) != title && columns[i].want > 0)
        .collect();
    order.sort_by_key(|&i| columns[i].priority);
    let mut shown: Vec<usize> = title.into_iter().collect();
    for i in order {
        let mut with = shown.clone();
        with.push(i);
        let gaps = spacing.saturating_mul(u16::try_from(with.len() - 1).unwrap_or(u16::MAX));
        let room = inner.saturating_sub(gaps);
        let whole: u32 = with.iter().map(|&j| u32::from(columns[j].want)).sum();
        let floors: u32 = with.iter().map(|&j| u32::from(floor(j))).sum();
        if whole <= u32::from(room) || (may_cut && floors <= u32::from(room)) {
            shown = with;
        }
    }
    let gaps = spacing.saturating_mul(u16::try_from(shown.len().saturating_sub(1)).unwrap_or(0));
    let room = inner.saturating_sub(gaps);
    let mut widths = vec![0u16; columns.len()];
    // The highest level every shown column can be cut to (none below its floor) that
    // fits: the longest columns give way first, down to it.
    let fits = |level: u16| -> bool {
        let used: u32 = shown
            .iter()
            .map(|&j| u32::from(columns[j].want.min(level.max(floor(j)))))
            .sum();
        used <= u32::from(room)
    };
    let (mut lo, mut hi) = (
        0u16,
        shown.iter().map(|&j| columns[j].want).max().unwrap_or(0),
    );
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    for &j in &shown {
        widths[j] = columns[j].want.min(lo.max(floor(j)));
    }
    // What is left goes to the title: a wide table shows its titles in full and then
    // some room, never a gap after the last column.
    let used: u16 = shown
        .iter()
        .map(|&j| widths[j])
        .fold(0, u16::saturating_add);
    if let Some(t) = title {
        widths[t] = widths[t].saturating_add(room.saturating_sub(used));
    } else if let Some(&last) = shown.last() {
        widths[last] = widths[last].saturating_add(room.saturating_sub(used));
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(want: u16, priority: u8) -> Column {
        Column { want, priority }
    }

    #[test]
    fn everything_fits_whole_and_the_title_takes_the_rest() {
        let w = share(&[col(30, 0), col(10, 1), col(5, 2)], 100, 2, true);
        assert_eq!(w, vec![100 - 4 - 15, 10, 5]);
    }

    #[test]
    fn on_a_wide_screen_a_column_that_does_not_fit_whole_is_dropped_not_cut() {
        // 93 + 18 + 5 fits in 120 with gaps; companies (40) does not.
        let cols = [col(93, 0), col(40, 3), col(18, 1), col(5, 2)];
        let w = share(&cols, 120, 2, false);
        assert_eq!(w[1], 0);
        assert_eq!((w[2], w[3]), (18, 5));
        assert_eq!(w[0], 120 - 4 - 23);
        assert!(w[0] >= 93, "the title whole");
    }

    #[test]
    fn when_cutting_the_longest_gives_way_first() {
        // 60 + 40 + 18 do not fit in 110: the title, the longest, alone gives way.
        let cols = [col(60, 0), col(40, 2), col(18, 1)];
        assert_eq!(share(&cols, 110, 2, true), vec![48, 40, 18]);
        // In 120 both long ones are cut to one level; status stays whole.
        let cols = [col(60, 0), col(50, 2), col(18, 1)];
        assert_eq!(share(&cols, 120, 2, true), vec![49, 49, 18]);
        // Narrower, the title keeps two fifths and companies give way.
        assert_eq!(share(&cols, 80, 2, true), vec![32, 26, 18]);
    }

    #[test]
    fn the_title_keeps_its_floor_and_columns_too_narrow_to_read_are_dropped() {
        let cols = [col(90, 0), col(40, 1), col(30, 2), col(30, 3)];
        // 24 + 14 + 14 + 14 and the gaps do not fit in 56: the last to stay goes.
        assert_eq!(share(&cols, 56, 2, true), vec![24, 14, 14, 0]);
        // On a wider table the title keeps two fifths; a fourth column would leave the
        // others too narrow, so it goes.
        let w = share(&cols, 78, 2, true);
        assert_eq!(
            w,
            vec![32, 21, 21, 0],
            "the title over two fifths, the rest at one level"
        );
    }

    #[test]
    fn an_empty_column_is_not_shown() {
        let w = share(&[col(20, 0), col(0, 1), col(8, 2)], 60, 2, true);
        assert_eq!(w[1], 0);
        assert_eq!(w[2], 8);
    }
}
