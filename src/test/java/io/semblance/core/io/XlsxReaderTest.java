// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static io.semblance.core.io.XlsxFixture.inline;
import static io.semblance.core.io.XlsxFixture.num;
import static io.semblance.core.io.XlsxFixture.row;
import static io.semblance.core.io.XlsxFixture.str;
import static io.semblance.core.io.XlsxFixture.typed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {
    @TempDir
    Path dir;

    private Dataset read(Path file, ReadOptions options) throws Exception {
        return new XlsxReader().read(file, options, null, null);
    }

    private static String[] valuesOf(Dataset d, int r) {
        String[] out = new String[d.columnCount()];
        for (int c = 0; c < out.length; c++) {
            out[c] = d.value(r, c);
        }
        return out;
    }

    @Test
    void readsSharedRichAndInlineStrings() throws Exception {
        Path file = new XlsxFixture()
                .strings("name", "city", "<r><rPr><b/></rPr><t>Ada </t></r><r><t xml:space=\"preserve\">Lovelace</t></r>",
                        "<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>", "line_x000D_break")
                .sheet("People", row(1, str("A1", 0), str("B1", 1)),
                        row(2, str("A2", 2), str("B2", 3)), row(3, inline("A3", "Grace"), str("B3", 4)))
                .write(dir, "people.xlsx");
        Dataset d = read(file, ReadOptions.defaults());
        assertEquals("people.xlsx", d.source());
        assertEquals(List.of("name", "city"), d.names());
        assertArrayEquals(new String[] {"Ada Lovelace", "東京"}, valuesOf(d, 0));
        assertArrayEquals(new String[] {"Grace", "line\rbreak"}, valuesOf(d, 1));
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void formatsNumbersBooleansErrorsAndFormulaText() throws Exception {
        Path file = new XlsxFixture().strings("n")
                .sheet("S", row(1, str("A1", 0), str("B1", 0), str("C1", 0), str("D1", 0), str("E1", 0), str("F1", 0)),
                        row(2, num("A2", "42"), num("B2", "3.5"), num("C2", "1.0E7"), typed("D2", "b", "1"),
                                typed("E2", "e", "#DIV/0!"), "<c r=\"F2\" t=\"str\"><f>A2&amp;\"x\"</f><v>42x</v></c>"),
                        row(3, num("A3", "-7"), num("B3", "0.1"), num("C3", "1.5E-5"), typed("D3", "b", "0"),
                                num("E3", "12345678901234"), "<c r=\"F3\"><f>A3*2</f><v>-14</v></c>"))
                .write(dir, "n.xlsx");
        Dataset d = read(file, ReadOptions.defaults().withHeader(true));
        assertEquals(List.of("n", "n_2", "n_3", "n_4", "n_5", "n_6"), d.names());
        assertArrayEquals(new String[] {"42", "3.5", "10000000", "true", null, "42x"}, valuesOf(d, 0));
        assertArrayEquals(new String[] {"-7", "0.1", "0.000015", "false", "12345678901234", "-14"}, valuesOf(d, 1));
    }

    @Test
    void turnsDateFormattedNumbersIntoIsoText() throws Exception {
        Path file = new XlsxFixture().strings("d")
                .styles(List.of("164=dd/mm/yyyy\\ hh:mm", "165=\"Day\" d mmm yy", "166=0.00 \"ms\";[Red]-0.00"),
                        0, 14, 22, 164, 165, 166, 21)
                .sheet("S", row(1, str("A1", 0), str("B1", 0), str("C1", 0), str("D1", 0), str("E1", 0), str("F1", 0)),
                        row(2, num("A2", "45292", 1), num("B2", "45292.75", 2), num("C2", "45292.5", 3),
                                num("D2", "45292", 4), num("E2", "1.5", 5), num("F2", "0.5", 6)),
                        row(3, num("A3", "1", 1), num("B3", "45292", 2), num("C3", "61", 3),
                                num("D3", "45292.999999", 4), num("E3", "45292", 0), num("F3", "1.25", 6)))
                .write(dir, "dates.xlsx");
        Dataset d = read(file, ReadOptions.defaults().withHeader(true));
        assertArrayEquals(new String[] {"2024-01-01", "2024-01-01 18:00:00", "2024-01-01 12:00:00", "2024-01-01",
            "1.5", "12:00:00"}, valuesOf(d, 0));
        assertArrayEquals(new String[] {"1900-01-01", "2024-01-01", "1900-03-01", "2024-01-02", "45292",
            "1900-01-01 06:00:00"}, valuesOf(d, 1));
    }

    @Test
    void honoursThe1904DateSystem() throws Exception {
        Path file = new XlsxFixture().workbookPr("date1904=\"1\"").strings("when").styles(List.of(), 0, 14)
                .sheet("S", row(1, str("A1", 0)), row(2, num("A2", "0", 1)), row(3, num("A3", "43830", 1)))
                .write(dir, "mac.xlsx");
        Dataset d = read(file, ReadOptions.defaults());
        assertEquals("1904-01-01", d.value(0, 0));
        assertEquals("2024-01-01", d.value(1, 0));
    }

    @Test
    void fillsSkippedColumnsAndRowsAndDropsTrailingBlankRows() throws Exception {
        Path file = new XlsxFixture().strings("a", "c", "e", "x")
                .sheet("S", row(1, str("A1", 0), str("C1", 1)),
                        row(2, num("A2", "1"), num("E2", "5")),
                        row(4, str("C4", 3)),
                        "<row r=\"5\"><c r=\"A5\" s=\"0\"/><c r=\"B5\" t=\"s\"><v>2</v></c></row>",
                        "<row r=\"6\" spans=\"1:3\"><c r=\"A6\"><v>6</v></c></row>",
                        "<row r=\"7\"><c r=\"A7\" s=\"1\"/></row>", "<row r=\"9\"><c r=\"B9\" t=\"inlineStr\"><is><t>  </t></is></c></row>")
                .write(dir, "gaps.xlsx");
        Dataset d = read(file, ReadOptions.defaults());
        assertEquals(List.of("a", "column_2", "c", "column_4", "column_5"), d.names());
        assertEquals(5, d.rowCount());
        assertArrayEquals(new String[] {"1", null, null, null, "5"}, valuesOf(d, 0));
        assertArrayEquals(new String[] {null, null, null, null, null}, valuesOf(d, 1));
        assertArrayEquals(new String[] {null, null, "x", null, null}, valuesOf(d, 2));
        assertArrayEquals(new String[] {null, "e", null, null, null}, valuesOf(d, 3));
        assertArrayEquals(new String[] {"6", null, null, null, null}, valuesOf(d, 4));
    }

    @Test
    void startsAtTheFirstUsedRowAndColumn() throws Exception {
        Path file = new XlsxFixture().strings("id", "score")
                .sheet("S", row(3, str("B3", 0), str("C3", 1)), row(4, num("B4", "1"), num("C4", "9.5")))
                .write(dir, "offset.xlsx");
        Dataset d = read(file, ReadOptions.defaults());
        assertEquals(List.of("id", "score"), d.names());
        assertArrayEquals(new String[] {"1", "9.5"}, valuesOf(d, 0));
    }

    @Test
    void turnsMissingTokensIntoNull() throws Exception {
        Path file = new XlsxFixture().strings("v", "NA", "-", "ok", " N/A ")
                .sheet("S", row(1, str("A1", 0), str("B1", 0)), row(2, str("A2", 1), str("B2", 2)),
                        row(3, str("A3", 3), str("B3", 4)))
                .write(dir, "missing.xlsx");
        Dataset defaults = read(file, ReadOptions.defaults());
        assertArrayEquals(new String[] {null, "-"}, valuesOf(defaults, 0));
        assertArrayEquals(new String[] {"ok", null}, valuesOf(defaults, 1));
        Dataset custom = read(file, ReadOptions.defaults().withMissing(Set.of("-")));
        assertArrayEquals(new String[] {"NA", null}, valuesOf(custom, 0));
    }

    @Test
    void detectsWhetherTheFirstRowHoldsNames() throws Exception {
        Path numbers = new XlsxFixture().sheet("S", row(1, num("A1", "1"), num("B1", "2")), row(2, num("A2", "3")))
                .write(dir, "numbers.xlsx");
        Dataset d = read(numbers, ReadOptions.defaults());
        assertEquals(List.of("column_1", "column_2"), d.names());
        assertEquals(2, d.rowCount());

        Path typed = new XlsxFixture().strings("age", "x", "y")
                .sheet("S", row(1, str("A1", 0), str("B1", 1)), row(2, num("A2", "30"), str("B2", 2)))
                .write(dir, "typed.xlsx");
        assertEquals(List.of("age", "x"), read(typed, ReadOptions.defaults()).names());
        Dataset forced = read(typed, ReadOptions.defaults().withHeader(false));
        assertEquals(List.of("column_1", "column_2"), forced.names());
        assertArrayEquals(new String[] {"age", "x"}, valuesOf(forced, 0));
    }

    @Test
    void makesBlankAndRepeatedNamesUniqueWithWarnings() throws Exception {
        Path file = new XlsxFixture().strings("id", "id", "name")
                .sheet("S", row(1, str("A1", 0), str("B1", 1), str("D1", 2)),
                        row(2, num("A2", "1"), num("B2", "2"), num("C2", "3"), num("D2", "4")))
                .write(dir, "dup.xlsx");
        Dataset d = read(file, ReadOptions.defaults());
        assertEquals(List.of("id", "id_2", "column_3", "name"), d.names());
        assertEquals(2, d.warnings().size());
        assertTrue(d.warnings().get(0).contains("repeats the name \"id\""), d.warnings().toString());
        assertTrue(d.warnings().get(1).contains("column 3 has no name"), d.warnings().toString());
    }

    @Test
    void readsANamedSheetAndExplainsUnknownNames() throws Exception {
        Path file = new XlsxFixture().strings("k", "first", "second")
                .sheet("Summary", row(1, str("A1", 0)), row(2, str("A2", 1)))
                .sheet("Data 2024", row(1, str("A1", 0)), row(2, str("A2", 2)))
                .write(dir, "two.xlsx");
        assertEquals("first", read(file, ReadOptions.defaults()).value(0, 0));
        assertEquals("second", read(file, ReadOptions.defaults().withSheet("Data 2024")).value(0, 0));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read(file, ReadOptions.defaults().withSheet("Sales")));
        assertEquals("no sheet named \"Sales\"; the workbook has: Summary, Data 2024", e.problem());
        assertEquals("two.xlsx", e.file());
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws Exception {
        String[] rows = new String[25_001];
        rows[0] = row(1, inline("A1", "n"));
        for (int r = 2; r <= rows.length; r++) {
            rows[r - 1] = row(r, num("A" + r, Integer.toString(r)));
        }
        Path file = new XlsxFixture().sheet("Big", rows).write(dir, "big.xlsx");
        List<String> messages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        Dataset d = new XlsxReader().read(file, ReadOptions.defaults(), (f, m) -> {
            fractions.add(f);
            messages.add(m);
        }, Cancellation.NEVER);
        assertEquals(25_000, d.rowCount());
        assertEquals("25001", d.value(24_999, 0));
        assertTrue(messages.size() >= 4 && messages.stream().allMatch("Reading sheet Big…"::equals), messages.toString());
        assertTrue(fractions.get(1) > 0 && fractions.get(1) < fractions.get(2), fractions.toString());

        Cancellation cancel = new Cancellation();
        assertThrows(CancelledException.class, () -> new XlsxReader().read(file, ReadOptions.defaults(), (f, m) -> {
            if (f > 0) {
                cancel.cancel();
            }
        }, cancel));
    }

    @Test
    void readsAFileShapedLikeOneExcelWrites() throws Exception {
        Path file = XlsxExcelSample.write(dir.resolve("excel.xlsx"));
        Dataset d = read(file, ReadOptions.defaults());
        assertEquals(List.of("Employee", "Hired", "Salary", "Active", "Last login"), d.names());
        assertEquals(3, d.rowCount());
        assertArrayEquals(new String[] {"Ana Souza", "2019-03-15", "52000", "true", "2024-05-02 09:30:00"}, valuesOf(d, 0));
        assertArrayEquals(new String[] {"Bo Chen", "2021-11-01", "61250.5", "false", null}, valuesOf(d, 1));
        assertArrayEquals(new String[] {"Cy Adeyemi", null, "48000", "true", "2024-04-30 17:05:12"}, valuesOf(d, 2));
    }

    @Test
    void explainsFilesThatAreNotWorkbooksAndSheetsWithoutData() throws Exception {
        Path text = Files.writeString(dir.resolve("data.xlsx"), "a,b\n1,2\n");
        assertEquals("data.xlsx: is not an Excel .xlsx workbook (expected a ZIP archive with xl/workbook.xml)",
                assertThrows(DataFormatException.class, () -> read(text, ReadOptions.defaults())).getMessage());

        Path empty = new XlsxFixture().sheet("Blank", "<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>").write(dir, "e.xlsx");
        assertEquals("sheet \"Blank\" is empty",
                assertThrows(DataFormatException.class, () -> read(empty, ReadOptions.defaults())).problem());

        Path names = new XlsxFixture().strings("id", "name").sheet("Head", row(1, str("A1", 0), str("B1", 1)))
                .write(dir, "h.xlsx");
        assertEquals("sheet \"Head\" has column names but no data rows",
                assertThrows(DataFormatException.class, () -> read(names, ReadOptions.defaults())).problem());
        assertEquals(List.of("column_1", "column_2"), read(names, ReadOptions.defaults().withHeader(false)).names());
    }
}
