// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import java.nio.file.Path;

/**
 * Fuzzes the .xlsx reader on arbitrary file bytes (the ZIP container and, in stored entries, the parts inside): a
 * table comes back, or the file is refused with a clear message. {@link XlsxPartsFuzzTest} reaches deeper into the
 * XML of the parts. Seeds and past findings are in {@code XlsxReaderFuzzTestInputs/workbookFile}.
 */
class XlsxReaderFuzzTest {
    @FuzzTest
    void workbookFile(byte[] bytes) throws Exception {
        Path file = ReaderContract.file("input.xlsx", bytes);
        ReaderContract.readOrRefuse(() -> TableReaders.sheets(file));
        ReadTables.read(file, Integer.MAX_VALUE);
    }
}
