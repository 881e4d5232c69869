// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartupFileTest {
    @AfterEach
    void clear() {
        System.clearProperty(StartupFile.PROPERTY);
    }

    @Test
    void theBundledSampleOpensByDefault() {
        Path found = StartupFile.resolve().orElseThrow();
        assertTrue(found.endsWith(Path.of("sample-data", "adult.csv")), found::toString);
        assertTrue(Files.isRegularFile(found));
    }

    @Test
    void theSystemPropertyChoosesAnotherFile() {
        System.setProperty(StartupFile.PROPERTY, "/data/elsewhere.csv");
        assertEquals(Path.of("/data/elsewhere.csv"), StartupFile.resolve().orElseThrow());
    }
}
