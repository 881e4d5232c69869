// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import io.semblance.core.io.DataFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The contract the fuzz tests hold every reader of untrusted input to: it returns a value, or it refuses the input
 * with the project's clear-message exception ({@link DataFormatException}, or {@link IllegalArgumentException}
 * itself), which the command line turns into one line on stderr and the workbench into one sentence. Anything else
 * (a NullPointerException, an index out of bounds, a NumberFormatException leaking out, a StackOverflowError, an
 * OutOfMemoryError) is a finding, and so is a refusal without a message or one that hides such a failure as its
 * cause.
 */
public final class ReaderContract {
    private static Path folder;

    private ReaderContract() {
    }

    /**
     * Writes the fuzzer's bytes to a file of this name, in a temporary folder of this JVM removed when it exits, and
     * returns it: the readers under test read files.
     */
    public static synchronized Path file(String name, byte[] bytes) throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("fuzz-inputs");
            folder.toFile().deleteOnExit();
        }
        Path file = Files.write(folder.resolve(name), bytes);
        file.toFile().deleteOnExit();
        return file;
    }

    /** A read of untrusted input, which may refuse it. */
    @FunctionalInterface
    public interface Read<T> {
        T read() throws Exception;
    }

    /** Runs the read: its value, or null when it refused the input as the contract allows; otherwise fails. */
    public static <T> T readOrRefuse(Read<T> read) {
        try {
            return read.read();
        } catch (Throwable thrown) {
            Throwable t = unwrap(thrown);
            if (isClearRefusal(t)) {
                return null;
            }
            throw new AssertionError("the input was not refused with a clear message: " + t, thrown);
        }
    }

    /** The failure inside the wrappers the command line and the workbench look through, as they do. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof UncheckedIOException || t instanceof ExecutionException
                || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Whether {@code t} is a refusal the contract allows. */
    static boolean isClearRefusal(Throwable t) {
        boolean allowedKind = t instanceof DataFormatException || t.getClass() == IllegalArgumentException.class;
        if (!allowedKind || t.getMessage() == null || t.getMessage().isBlank()) {
            return false;
        }
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c instanceof RuntimeException && !isClearRefusal(c) || c instanceof Error) {
                return false;
            }
        }
        return true;
    }
}
