// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import java.nio.file.Path;

/**
 * Fuzzes the delimited-text reader, with its detection of encoding, delimiter and header, on arbitrary bytes: a
 * table comes back, or the file is refused with a clear message. Seeds and past findings are in
 * {@code CsvReaderFuzzTestInputs/delimitedText}; README, Testing, says how to fuzz it.
 */
class CsvReaderFuzzTest {
    @FuzzTest
    void delimitedText(byte[] bytes) throws Exception {
        Path file = ReaderContract.file("input.csv", bytes);
        TableRead all = ReadTables.read(file, Integer.MAX_VALUE);
        TableRead head = ReadTables.read(file, 3);
        if (all != null && head != null) {
            assertEquals(all.data().names(), head.data().names(), "a limited read finds the same columns");
        }
    }
}
