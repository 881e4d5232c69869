// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook's shared string table is read whole, and its reading stops when cancelled. */
class XlsxSharedStringsTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryStringAndStopsWhenCancelled() throws Exception {
        String[] items = IntStream.range(0, 10_000).mapToObj(i -> "text " + i).toArray(String[]::new);
        Path file = new XlsxFixture().sheet("data", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .strings(items).write(dir, "strings.xlsx");
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            String part = XlsxWorkbook.read(pkg).sharedStringsPart();
            XlsxSharedStrings strings = XlsxSharedStrings.read(pkg, part, Cancellation.NEVER);
            assertEquals(10_000, strings.size());
            assertEquals("text 9999", strings.get(9_999));
            Cancellation cancelled = new Cancellation();
            cancelled.cancel();
            assertThrows(CancelledException.class, () -> XlsxSharedStrings.read(pkg, part, cancelled),
                    "a table of many strings checks for cancellation while it is read");
        }
    }
}
