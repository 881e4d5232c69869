// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs go through hidden temporary files; what a killed process left of them goes at the next write. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(Path target, boolean replace, String text) throws IOException {
        AtomicFiles.write(target, replace, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A file as a killed process leaves it: written {@code secondsAgo}, lock released. */
    private Path leftover(String name, long secondsAgo) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "partial rows");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
        return p;
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("t.csv"), "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, true, out -> {
            out.write(new byte[1 << 21]);
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("t.csv"), names());
        assertThrows(FileAlreadyExistsException.class, () -> write(target, false, "new"));
        write(target, true, "new");
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("t.csv"), names());
    }

    @Test
    void whatAKilledWriterLeftIsRemovedByTheNextWriteOfTheSameFile() throws Exception {
        leftover(".t.csv.3fa9c0e1.partial", 60);
        leftover(".t.csv.77.partial", 3);
        leftover(".u.csv.3fa9c0e1.partial", 60);
        leftover(".t.csv.notes", 60);
        Path young = leftover(".t.csv.abc.partial", 0);

        write(dir.resolve("t.csv"), false, "rows");
        assertEquals(List.of(".t.csv.abc.partial", ".t.csv.notes", ".u.csv.3fa9c0e1.partial", "t.csv"), names(),
                "old leftovers of t.csv go; a young one (a live writer may be about to move it) and others stay");
        assertTrue(Files.exists(young));
    }

    @Test
    void aTemporaryFileAnotherLiveProcessIsWritingIsKept() throws Exception {
        Path held = dir.resolve(".t.csv.5eed.partial");
        ChildJvm child = ChildJvm.start(dir.resolve(".."), "32m", HoldTemporary.class.getName(), held.toString());
        try {
            long end = System.currentTimeMillis() + 60_000;
            while (!child.out().contains("locked") && System.currentTimeMillis() < end) {
                assertTrue(child.process().isAlive(), child::toString);
                Thread.sleep(20);
            }
            Files.setLastModifiedTime(held, FileTime.from(Instant.now().minusSeconds(60)));
            write(dir.resolve("t.csv"), false, "rows");
            assertTrue(Files.exists(held), "a locked temporary file belongs to a live writer");
        } finally {
            child.process().destroyForcibly().waitFor();
        }
        write(dir.resolve("t.csv"), true, "rows again");
        assertFalse(Files.exists(held), "once its writer is gone, it is a leftover");
    }

    @Test
    void stagingFoldersAreLockedWhileInUseAndRemovedWhenLeftBehind() throws Exception {
        Path old = Files.createDirectory(dir.resolve(".semblance-export-1a2b"));
        Files.writeString(old.resolve(".lock"), "");
        Files.writeString(old.resolve("r-synthetic.csv"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(60)));

        Path staging = AtomicFiles.staging(dir, "semblance-export");
        assertFalse(Files.exists(old), "a folder whose lock nobody holds is a leftover");
        assertTrue(staging.getFileName().toString().matches("\\.semblance-export-[0-9a-f]+"));
        Files.setLastModifiedTime(staging, FileTime.from(Instant.now().minusSeconds(60)));
        Path second = AtomicFiles.staging(dir, "semblance-export");
        assertTrue(Files.exists(staging), "a folder in use is kept");

        AtomicFiles.discardStaging(staging);
        AtomicFiles.discardStaging(second);
        assertEquals(List.of(), names());
    }
}
