// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written by {@link XlsxWriter}, read back with the project's own reader. */
class XlsxWriterTest {
    private static final XlsxWriter WRITER = new XlsxWriter("synthetic", Set.of("id", "amount"));

    @TempDir
    Path dir;

    /** Numbers, text that XML and Excel treat specially, missing values and a numerical column holding text. */
    private static Dataset awkward() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"1", "12.5", "Ada & <Bob> \"the\" 'best'", "2024-03-01"});
        rows.add(new String[] {"2", "-0.125", "  padded  ", "2024-03-02 13:45:00"});
        rows.add(new String[] {"3", "1.5E-9", "two\nlines and\ttab", null});
        rows.add(new String[] {"4", "042", "carriage\rreturn", "x"});
        rows.add(new String[] {"5", "1.50", "_x0041_ is not A", "y"});
        rows.add(new String[] {"6", "n/a", "\u0001control\u001F", "z"});
        rows.add(new String[] {"7", null, "東京 😀 naïve", "2024"});
        rows.add(new String[] {"8", "123456789012345678", "lone \uD800 surrogate", "0042"});
        rows.add(new String[] {"9", "1E+21", "", "-7"});
        rows.add(new String[] {"10", "7", null, "last"});
        return Dataset.ofRows("awkward", List.of("id", "amount", "note & <name>", "when"), rows, List.of());
    }

    /** With room for every text, for three (the rest inline) and for none. */
    @ParameterizedTest
    @ValueSource(ints = {XlsxWriter.SHARED_STRINGS, 3, 0})
    void everyCellReadsBackAsWritten(int sharedStrings) throws Exception {
        Dataset data = awkward();
        Path file = dir.resolve("awkward.xlsx");
        new XlsxWriter("synthetic", Set.of("id", "amount"), sharedStrings)
                .write(data, file, false, ProgressListener.NONE, Cancellation.NEVER);

        Dataset back = TableReaders.read(file);
        assertEquals(data.names(), back.names());
        assertEquals(data.rowCount(), back.rowCount());
        for (int r = 0; r < data.rowCount(); r++) {
            for (int c = 0; c < data.columnCount(); c++) {
                String expected = data.value(r, c) == null || data.value(r, c).isEmpty() ? null : data.value(r, c);
                assertEquals(expected, back.value(r, c), "row " + r + ", column " + data.name(c));
            }
        }
    }

    @Test
    void plainNumbersOfNumericalColumnsAreNumbersAndEverythingElseText() throws Exception {
        Path file = dir.resolve("awkward.xlsx");
        WRITER.write(awkward(), file, false, ProgressListener.NONE, Cancellation.NEVER);
        Map<String, String> types = cellTypes(part(file, "xl/worksheets/sheet1.xml"));

        for (String number : List.of("A2", "A10", "B2", "B3", "B4", "B10")) {
            assertEquals("number", types.get(number), number);
        }
        for (String text : List.of("B5", "B6", "B7", "B9", "C2", "D8", "D10")) {
            assertEquals("s", types.get(text), text);
        }
        assertEquals("s bold", types.get("C1"), "the header row is bold");
        assertNull(types.get("B8"), "a missing value is an empty cell");
        assertNull(types.get("C10"), "an empty text is an empty cell");
        assertEquals("s", types.get("D11"), "a cell after an empty one is placed by its reference");
        String sheet = part(file, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<dimension ref=\"A1:D11\"/>"));
        assertTrue(sheet.contains("state=\"frozen\""), "the header row stays in view");
        assertTrue(part(file, "xl/workbook.xml").contains("<sheet name=\"synthetic\""));
    }

    /** Each cell's reference (placed as Excel places cells without one) and "number", "s" or "inlineStr". */
    private static Map<String, String> cellTypes(String sheet) throws Exception {
        Map<String, String> types = new HashMap<>();
        XMLStreamReader xml = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(sheet));
        String row = null;
        int column = -1;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("row")) {
                row = xml.getAttributeValue(null, "r");
                column = -1;
            } else if (xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : ref.charAt(0) - 'A';
                String type = xml.getAttributeValue(null, "t");
                types.put((char) ('A' + column) + row, (type == null ? "number" : type)
                        + ("1".equals(xml.getAttributeValue(null, "s")) ? " bold" : ""));
            }
        }
        return types;
    }

    @Test
    void theSameTableGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        WRITER.write(awkward(), a, false, ProgressListener.NONE, Cancellation.NEVER);
        WRITER.write(awkward(), b, false, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(-1, Files.mismatch(a, b));
    }

    @Test
    void moreRowsThanASheetHoldsIsRefusedBeforeAnythingIsWritten() {
        String[] column = new String[XlsxWriter.MAX_DATA_ROWS + 1];
        Arrays.fill(column, "1");
        Dataset big = new Dataset("big", List.of("id"), new String[][] {column}, List.of());
        Path file = dir.resolve("big.xlsx");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WRITER.write(big, file, false, ProgressListener.NONE, Cancellation.NEVER));
        assertEquals("the table has 1,048,576 rows but an Excel sheet holds at most 1,048,575 below its header row;"
                + " write CSV instead", e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void aValueTooLongForACellIsNamedAndLeavesNoFile() throws Exception {
        Dataset data = Dataset.ofRows("long", List.of("id", "essay"),
                List.of(new String[] {"1", "short"}, new String[] {"2", "x".repeat(XlsxWriter.MAX_CELL_CHARS + 1)}),
                List.of());
        Path file = dir.resolve("long.xlsx");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WRITER.write(data, file, false, ProgressListener.NONE, Cancellation.NEVER));
        assertEquals("column \"essay\", row 2, holds 32,768 characters but an Excel cell holds at most 32,767;"
                + " write CSV instead", e.getMessage());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no file and no temporary file");
        }
    }

    @Test
    void aCancelledWriteLeavesNoFileAndAnExistingFileIsKept() throws Exception {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        Path file = dir.resolve("kept.xlsx");
        Files.writeString(file, "old");

        assertThrows(CancelledException.class, () -> WRITER.write(awkward(), file, true, ProgressListener.NONE, cancel));
        assertEquals("old", Files.readString(file));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count());
        }
    }

    @Test
    void sheetNamesExcelRefusesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new XlsxWriter("a/b", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new XlsxWriter("x".repeat(32), Set.of()));
        assertEquals("AA", XlsxText.columnLetters(26));
        assertEquals("XFD", XlsxText.columnLetters(XlsxWriter.MAX_COLUMNS - 1));
    }

    private static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
