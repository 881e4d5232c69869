// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.core.io.DataFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What the fuzz tests accept from a reader: a value or a clear refusal, and nothing else. */
class ReaderContractTest {
    @Test
    void aValueOrAClearRefusalPasses() {
        assertEquals("table", ReaderContract.readOrRefuse(() -> "table"));
        assertNull(ReaderContract.readOrRefuse(() -> {
            throw new IllegalArgumentException("column \"age\": \"x\" is not a number");
        }));
        assertNull(ReaderContract.readOrRefuse(() -> {
            throw new DataFormatException(Path.of("a.csv"), 3, 2, "4 fields, expected 3");
        }));
        assertNull(ReaderContract.readOrRefuse(() -> {
            throw new CompletionException(new IllegalArgumentException("wrapped as the command line unwraps it"));
        }));
        assertNull(ReaderContract.readOrRefuse(() -> {
            throw new IllegalArgumentException("metadata: bad rule", new IllegalArgumentException("bad rule"));
        }));
    }

    @Test
    void anyOtherFailureIsAFinding() {
        assertFinding(() -> {
            throw new NullPointerException();
        });
        assertFinding(() -> Integer.parseInt("x"));
        assertFinding(() -> java.util.List.of().get(1));
        assertFinding(() -> {
            throw new StackOverflowError();
        });
        assertFinding(() -> {
            throw new UncheckedIOException(new IOException("Input length = 1"));
        });
        assertFinding(() -> {
            throw new IllegalArgumentException(" ");
        });
        assertFinding(() -> {
            throw new IllegalArgumentException("model.json is damaged: null", new NullPointerException());
        });
    }

    private static void assertFinding(ReaderContract.Read<?> read) {
        assertThrows(AssertionError.class, () -> ReaderContract.readOrRefuse(read));
    }
}
