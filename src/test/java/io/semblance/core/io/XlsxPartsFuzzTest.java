// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the XML parts of an .xlsx workbook: the input is the parts' texts separated by NUL bytes, in the order of
 * {@link #PARTS}, zipped into a workbook and read. A table comes back, or the workbook is refused with a clear
 * message. Seeds (the parts of workbooks the product and Excel write) and past findings are in
 * {@code XlsxPartsFuzzTestInputs/workbookParts}.
 */
class XlsxPartsFuzzTest {
    /** The parts, in the order the input holds them; fewer pieces leave the last parts out. */
    static final List<String> PARTS = List.of("_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml");

    @FuzzTest
    void workbookParts(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(0);
            int start = 0;
            for (int p = 0; p < PARTS.size() && start <= bytes.length; p++) {
                int end = start;
                while (end < bytes.length && bytes[end] != 0) {
                    end++;
                }
                zip.putNextEntry(new ZipEntry(PARTS.get(p)));
                zip.write(Arrays.copyOfRange(bytes, start, end));
                zip.closeEntry();
                start = end + 1;
            }
        }
        Path file = ReaderContract.file("parts.xlsx", out.toByteArray());
        ReadTables.read(file, Integer.MAX_VALUE);
        ReadTables.read(file, 2);
    }
}
