// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.model.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every import error names the file, the line and what was expected. */
class CsvReaderErrorsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private DataFormatException fails(Path p) {
        return assertThrows(DataFormatException.class, () -> TableReaders.read(p));
    }

    @Test
    void wrongFieldCountNamesLineAndExpectedCount() throws Exception {
        Path p = file("people.csv", "a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n");
        DataFormatException e = fails(p);
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("people.csv, line 4: 4 fields, expected 3"), e.getMessage());
    }

    @Test
    void tooFewFieldsAfterMultiLineQuotedFieldCountsPhysicalLines() throws Exception {
        Path p = file("notes.csv", "id,note,score\n1,\"two\nlines\",5\n2,oops\n");
        DataFormatException e = fails(p);
        assertEquals("notes.csv, line 4: 2 fields, expected 3 (as in line 1; delimiter ',')", e.getMessage());
    }

    @Test
    void unclosedQuoteNamesWhereItOpened() throws Exception {
        Path p = file("q.csv", "a,b\n1,2\n3,\"never closed\n4,5\n");
        DataFormatException e = fails(p);
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("closing quote (\") is missing"), e.getMessage());
    }

    @Test
    void textAfterClosingQuoteIsExplained() throws Exception {
        Path p = file("t.csv", "a,b\n1,\"x\"y\n");
        DataFormatException e = fails(p);
        assertEquals("t.csv, line 2, column 2: unexpected text after a closing quote; expected the delimiter ','"
                + " or the end of the line (a quote inside a quoted field must be doubled: \"\")", e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("empty.csv: the file is empty", fails(file("empty.csv", "")).getMessage());
        assertEquals("blank.csv: the file is empty", fails(file("blank.csv", " \n\r\n  \n")).getMessage());
    }

    @Test
    void headerOnlyFile() throws Exception {
        DataFormatException e = fails(file("h.csv", "name,age,city\n"));
        assertEquals("h.csv: the file has column names (line 1) but no data rows", e.getMessage());
    }

    @Test
    void duplicateAndBlankNamesAreMadeUniqueWithWarnings() throws Exception {
        Dataset d = TableReaders.read(file("dup.csv", "age,,age,AGE\n1,2,3,4\n"));
        assertEquals(java.util.List.of("age", "column_2", "age_2", "AGE"), d.names());
        assertEquals(2, d.warnings().size());
        assertEquals("column 2 has no name; called it \"column_2\"", d.warnings().get(0));
        assertEquals("column 3 repeats the name \"age\"; renamed it \"age_2\"", d.warnings().get(1));
    }

    @Test
    void oldExcelAndFoldersAndMissingFilesAreRefusedClearly() throws Exception {
        Path xls = file("old.xls", "binary");
        assertEquals("old.xls: old Excel .xls workbooks are not supported; save it as .xlsx or CSV",
                fails(xls).getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertEquals("folder.csv: is a folder, not a data file", fails(folder).getMessage());
        assertThrows(NoSuchFileException.class, () -> TableReaders.read(dir.resolve("nope.csv")));
    }
}
