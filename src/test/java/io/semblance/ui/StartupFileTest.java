// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void theInstalledApplicationFindsTheSampleBesideItsJar(@TempDir Path root) {
        Path jar = root.resolve("lib/app/semblance.jar");
        assertEquals(List.of(root.resolve("lib/app/sample-data/adult.csv"), root.resolve("lib/sample-data/adult.csv")),
                StartupFile.sampleCandidates(jar));
    }

    @Test
    void theBuiltJarFindsTheSampleBesideItsFolder(@TempDir Path root) {
        Path jar = root.resolve("target/semblance.jar");
        assertEquals(root.resolve("sample-data/adult.csv"), StartupFile.sampleCandidates(jar).get(1));
    }

    @Test
    void choosingAFileMakesItTheStartupFile() {
        StartupFile.choose(Path.of("relative/table.csv"));
        assertEquals(Path.of("relative/table.csv").toAbsolutePath(), StartupFile.resolve().orElseThrow());
    }

    @Test
    void theSystemPropertyChoosesAnotherFile() {
        System.setProperty(StartupFile.PROPERTY, "/data/elsewhere.csv");
        assertEquals(Path.of("/data/elsewhere.csv"), StartupFile.resolve().orElseThrow());
    }
}
