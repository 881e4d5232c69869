// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static io.semblance.core.io.XlsxFixture.inline;
import static io.semblance.core.io.XlsxFixture.num;
import static io.semblance.core.io.XlsxFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads limited to the first rows (the import preview) and the settings every read reports. */
class LimitedReadTest {
    @TempDir
    Path dir;

    private static TableRead read(Path file, ReadOptions options, int maxRows) throws Exception {
        return TableReaders.read(file, options, maxRows, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void aLimitedReadGivesTheFirstRowsWithTheSettingsAFullReadUses() throws Exception {
        TableRead head = read(Fixtures.ADULT.path(), ReadOptions.defaults(), 50);
        TableRead all = read(Fixtures.ADULT.path(), ReadOptions.defaults(), Integer.MAX_VALUE);

        assertEquals(50, head.data().rowCount());
        assertFalse(head.complete());
        assertTrue(all.complete());
        assertEquals(32561, all.data().rowCount());
        assertEquals(all.format(), head.format());
        assertEquals(TableFormat.text(',', StandardCharsets.UTF_8, true), all.format());
        assertEquals(all.data().names(), head.data().names());
        for (int c = 0; c < all.data().columnCount(); c++) {
            assertEquals(all.data().value(49, c), head.data().value(49, c));
        }
    }

    @Test
    void reportsDetectedAndGivenSettings() throws Exception {
        Path file = Files.write(dir.resolve("t.txt"), "1;2\n3;4\n5;6\n".getBytes(StandardCharsets.ISO_8859_1));
        TableRead detected = read(file, ReadOptions.defaults(), 10);
        assertEquals(TableFormat.text(';', StandardCharsets.UTF_8, false), detected.format());
        assertEquals(3, detected.data().rowCount());
        assertTrue(detected.complete());

        TableRead given = read(file, ReadOptions.defaults().withHeader(true).withCharset(StandardCharsets.ISO_8859_1), 10);
        assertEquals(TableFormat.text(';', StandardCharsets.ISO_8859_1, true), given.format());
        assertEquals(List.of("1", "2"), given.data().names());
    }

    @Test
    void aFileLargerThanTheLookedAtStartIsCutBetweenRecordsNotInsideAQuotedField() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("id,note");
        String filler = "x".repeat(20_000);
        for (int i = 0; i < 400; i++) { // about 8 MB, every note spanning two lines
            lines.add(i + ",\"" + filler + "\n" + i + "\"");
        }
        Path file = Files.write(dir.resolve("long.csv"), lines);

        TableRead head = read(file, ReadOptions.defaults(), 300);
        assertFalse(head.complete());
        Dataset d = head.data();
        assertTrue(d.rowCount() > 100 && d.rowCount() < 300, "rows within the start of the file: " + d.rowCount());
        int last = d.rowCount() - 1;
        assertEquals(filler + "\n" + last, d.value(last, 1), "the last row is whole");
    }

    @Test
    void aBadRecordInTheFirstRowsFailsTheLimitedReadToo() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n3,4,5\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read(file, ReadOptions.defaults(), 50));
        assertEquals(3, e.line());
    }

    @Test
    void aWorkbookNamesItsSheetsAndStopsAfterTheWantedRows() throws Exception {
        String[] rows = new String[301];
        rows[0] = row(1, inline("A1", "n"));
        for (int r = 2; r <= 301; r++) {
            rows[r - 1] = row(r, num("A" + r, String.valueOf(r)));
        }
        Path file = new XlsxFixture().sheet("Numbers", rows).sheet("Empty").write(dir, "book.xlsx");

        TableRead head = read(file, ReadOptions.defaults(), 20);
        assertEquals(20, head.data().rowCount());
        assertFalse(head.complete());
        assertEquals(TableFormat.workbook("Numbers", List.of("Numbers", "Empty"), true), head.format());

        TableRead all = read(file, ReadOptions.defaults(), Integer.MAX_VALUE);
        assertEquals(300, all.data().rowCount());
        assertTrue(all.complete());
        assertEquals("301", all.data().value(299, 0));
    }
}
