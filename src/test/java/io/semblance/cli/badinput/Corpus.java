// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.semblance.cli.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bad-input corpus of src/test/resources/io/semblance/badinput (see its README.md), copied into a folder, and
 * runs of the real command line on it, in process, as a user's shell would run them.
 */
final class Corpus {
    private static final String RESOURCES = "io/semblance/badinput/";

    private final Path in;

    private Corpus(Path in) {
        this.in = in;
    }

    /** Copies the named corpus files into {@code dir}/in. */
    static Corpus copy(Path dir, String... names) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : names) {
            try (InputStream s = Corpus.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
                if (s == null) {
                    throw new IllegalStateException(name + " is not in the corpus under " + RESOURCES);
                }
                Files.write(in.resolve(name), s.readAllBytes());
            }
        }
        return new Corpus(in);
    }

    /** A corpus file (copied, or written by a test with {@link #write}). */
    Path file(String name) {
        return in.resolve(name);
    }

    /** Writes a generated case into the corpus folder. */
    Path write(String name, byte[] content) throws IOException {
        return Files.write(in.resolve(name), content);
    }

    /** What one run of the command line gave. */
    record Run(int exit, String out, String err) {
        /** The standard-error lines. */
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs the command line with {@code args}, capturing both streams. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * Asserts the run refused its input as a user should see it: exit 3 (bad input), nothing on standard output,
     * exactly the line {@code "error: " + message} on standard error and no stack trace, and nothing left in
     * {@code outDir}: no output file, no temporary file.
     */
    static void assertRefused(Run r, String message, Path outDir) throws IOException {
        assertEquals(List.of("error: " + message), r.errLines(), r.err());
        assertEquals(3, r.exit(), r.err());
        assertEquals("", r.out());
        assertFalse(r.err().contains("Exception") || r.err().contains("at io.") || r.err().contains("\tat "), r.err());
        try (Stream<Path> left = Files.list(outDir)) {
            assertEquals(List.of(), left.toList(), "files left in the output folder");
        }
    }
}
