// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void aLoneExistingFileOpensInTheWorkbench() throws Exception {
        Path project = Files.writeString(dir.resolve("study.semblance"), "{}");
        assertEquals(Optional.of(project), Main.fileToOpen(new String[]{project.toString()}));
    }

    @Test
    void commandsOptionsAndMissingFilesGoToTheCommandLine() throws Exception {
        Path table = Files.writeString(dir.resolve("people.csv"), "a\n1\n");
        assertTrue(Main.fileToOpen(new String[]{"synth"}).isEmpty());
        assertTrue(Main.fileToOpen(new String[]{"--version"}).isEmpty());
        assertTrue(Main.fileToOpen(new String[]{dir.resolve("missing.csv").toString()}).isEmpty());
        assertTrue(Main.fileToOpen(new String[]{dir.toString()}).isEmpty());
        assertTrue(Main.fileToOpen(new String[]{table.toString(), "--force"}).isEmpty());
        assertTrue(Main.fileToOpen(new String[]{}).isEmpty());
    }
}
