// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rows drawn into memory: the values a file would hold, repeated values held once. */
class DatasetSamplerTest {
    private static final int ROWS = 20_000;
    private static FittedModel model;
    private static Dataset drawn;

    @BeforeAll
    static void draw() throws Exception {
        Dataset credit = TableReaders.read(Fixtures.GERMAN_CREDIT.path());
        model = Synthesis.fit("copula", credit, Synthesis.detect(credit, ProgressListener.NONE, Cancellation.NEVER), 4,
                Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        drawn = DatasetSampler.draw(model, ROWS, 9, 3, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void holdsTheValuesTheWriterWritesWhateverTheThreads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("drawn.csv");
        new SampleWriter(2).write(model, ROWS, 9, file, false, ProgressListener.NONE, Cancellation.NEVER);
        Dataset written = TableReaders.read(file);
        Dataset oneThread = DatasetSampler.draw(model, ROWS, 9, 1, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(written.names(), drawn.names());
        for (int c = 0; c < drawn.columnCount(); c++) {
            assertArrayEquals(written.column(c), drawn.column(c), drawn.name(c));
            assertArrayEquals(oneThread.column(c), drawn.column(c), drawn.name(c));
        }
    }

    @Test
    void equalValuesOfAColumnAreOneObject() {
        int purpose = drawn.indexOf("purpose");
        Set<String> objects = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(objects, drawn.column(purpose));
        long distinct = java.util.Arrays.stream(drawn.column(purpose)).distinct().count();
        assertTrue(distinct > 3, "a categorical column with several values");
        assertEquals(distinct, objects.size(), "one object per distinct value, not one per row");
    }

    @Test
    void aColumnOfManyDistinctValuesIsKeptAsDrawn() {
        SharedValues shared = new SharedValues();
        String first = new String("7");
        assertSame(first, shared.keep(first));
        assertSame(first, shared.keep(new String("7")), "while few values are seen, equal ones are shared");
        for (int i = 0; i <= SharedValues.MAX_DISTINCT; i++) {
            shared.keep("v" + i);
        }
        String again = new String("7");
        assertSame(again, shared.keep(again), "past the limit values pass through unchanged");
        assertNull(shared.keep(null));
    }
}
