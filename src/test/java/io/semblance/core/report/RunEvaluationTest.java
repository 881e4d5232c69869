// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.Synthesis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Evaluating a run: roles from the metadata, the holdout set aside exactly, large tables subsampled and noted. */
class RunEvaluationTest {
    private static Dataset table(int rows, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int age = 18 + r.nextInt(60);
            out.add(new String[] {String.valueOf(age), r.nextBoolean() ? "F" : "M",
                    String.valueOf(20000 + 300 * age + r.nextInt(5000))});
        }
        return Dataset.ofRows("t", List.of("age", "sex", "income"), out, List.of());
    }

    @Test
    void smallTablesAreEvaluatedWholeWithTheMetadataRoles() {
        Dataset training = table(900, 1);
        Metadata meta = Synthesis.detect(training, ProgressListener.NONE, Cancellation.NEVER);
        RunEvaluation.Result r = RunEvaluation.evaluate(training, table(700, 2), table(300, 3), meta, 5, 20_000,
                List.of(), "test", ProgressListener.NONE, Cancellation.NEVER);

        // no table is subsampled for speed; the notes say how the comparisons with the smaller holdout were made
        assertEquals(List.of("The DCR share and DCR overfitting protection allow for 900 training rows against 300"
                        + " holdout rows: by chance alone 75.00% of synthetic rows would lie closer to a training row"
                        + " than to a holdout row, which counts as the ideal 50%.",
                "For NNDR and the exact-match comparison, 300 of the 900 training rows were drawn at random to match"
                        + " the holdout's size.",
                "Identifiability allows for 700 synthetic rows against 300 holdout rows: more rows come closer to more"
                        + " training rows by chance alone, so the holdout's share is scaled to the synthetic table's"
                        + " size."),
                r.notes());
        assertEquals(r.notes(), r.report().privacy().details().get("notes"), "the report carries them too");
        assertEquals(meta.withRole(ColumnRole.QUASI_IDENTIFIER), r.report().settings().qi());
        assertEquals(meta.withRole(ColumnRole.SENSITIVE), r.report().settings().sensitive());
        assertTrue(r.report().quality().score() > 0.8, "the synthetic table follows the same law");
        assertTrue(r.report().dcr() != null, "a holdout gives DCR histograms");
    }

    @Test
    void largeTablesAreEvaluatedOnASeededSubsampleAndTheNotesSaySo() {
        Dataset training = table(5000, 1);
        Metadata meta = Synthesis.detect(training, ProgressListener.NONE, Cancellation.NEVER);
        Dataset synthetic = table(3000, 2);
        RunEvaluation.Result r = RunEvaluation.evaluate(training, synthetic, table(800, 3), meta, 5, 1000,
                List.of(), "test", ProgressListener.NONE, Cancellation.NEVER);

        assertEquals("Evaluated on a random 1,000 of the 5,000 training rows, 1,000 of the 3,000 synthetic"
                + " rows, to keep the evaluation quick", r.notes().get(0));
        List<String> ignored = new ArrayList<>();
        RunEvaluation.Result same = RunEvaluation.evaluate(RunEvaluation.subsample(training, 1000, 5, 0, "", ignored),
                RunEvaluation.subsample(synthetic, 1000, 5, 1, "", ignored), table(800, 3), meta, 5, 1000, List.of(),
                "test", ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(3, same.notes().size(), same.notes().toString());
        assertEquals(same.notes(), r.notes().subList(1, r.notes().size()), "then the comparisons with the holdout");
        assertEquals(same.report().quality(), r.report().quality(), "the seeded subsample is what was evaluated");
    }

    @Test
    void theSubsampleKeepsRowOrderAndDependsOnlyOnTheSeed() {
        Dataset d = table(5000, 9);
        List<String> noted = new ArrayList<>();
        Dataset a = RunEvaluation.subsample(d, 100, 7, 0, "training", noted);
        Dataset b = RunEvaluation.subsample(d, 100, 7, 0, "training", new ArrayList<>());
        Dataset c = RunEvaluation.subsample(d, 100, 8, 0, "training", new ArrayList<>());

        assertEquals(100, a.rowCount());
        assertEquals(Arrays.asList(a.column(2)), Arrays.asList(b.column(2)));
        assertNotEquals(Arrays.asList(a.column(2)), Arrays.asList(c.column(2)));
        assertEquals(List.of("100 of the 5,000 training rows"), noted);
        assertSame(d, RunEvaluation.subsample(d, 5000, 7, 0, "training", new ArrayList<>()));
    }
}
