use super::*;

fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

#[test]
fn used_cells_become_rows_from_the_first_used_column_with_gaps_filled() {
    // Out of order, as a file may hold them; a row without cells is left out, its place kept.
    let cells = vec![
        (4, 3, text("d5")),
        (1, 2, text("c2")),
        (1, 4, Cell::Number(1.0)),
        (4, 2, text("c5")),
    ];
    let rows = rows("S", cells);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].cells, [text("c2"), Cell::Empty, Cell::Number(1.0)]);
    assert_eq!(rows[0].place(2).render("t.xlsx"), "t.xlsx:S!E2");
    assert_eq!(rows[1].cells, [text("c5"), text("d5")]);
    assert_eq!(rows[1].place(0).render("t.xlsx"), "t.xlsx:S!C5");
}

#[test]
fn the_first_cell_beyond_the_limits_stops_the_reading() {
    let mut given = vec![
        ((0, 0), text("a")),
        // Formatted and empty, far away: not counted.
        ((1_048_575, 16_383), Cell::Empty),
        ((MAX_ROWS - 1, MAX_COLUMNS - 1), text("last read")),
        ((0, MAX_COLUMNS), text("one column too far")),
        ((MAX_ROWS, 0), text("never reached")),
    ]
    .into_iter();
    let mut asked = 0;
    let got = used_cells("S", &Progress::default(), || {
        asked += 1;
        Ok(given.next())
    });
    assert_eq!(
        got,
        Err(Problem::Beyond(Place::Sheet {
            sheet: "S".into(),
            row: 0,
            column: MAX_COLUMNS,
        }))
    );
    assert_eq!(
        asked, 4,
        "no cell is asked for after the one that is too far"
    );
    let mut given = vec![((MAX_ROWS, 0), text("a row too far"))].into_iter();
    assert_eq!(
        used_cells("S", &Progress::default(), || Ok(given.next())),
        Err(Problem::Beyond(Place::Sheet {
            sheet: "S".into(),
            row: MAX_ROWS,
            column: 0,
        }))
    );
}

#[test]
fn range_cells_keep_their_kind_and_place() {
    assert_eq!(
        range_cell(Some((2, 1)), 3, 4, &Data::Int(7)),
        ((5, 5), Cell::Number(7.0))
    );
    assert_eq!(
        range_cell(None, 0, 0, &Data::Bool(true)),
        ((0, 0), Cell::Other("true".into()))
    );
    assert_eq!(
        range_cell(Some((0, 0)), 1, 1, &Data::String("x".into())),
        ((1, 1), text("x"))
    );
}
