// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.Synthesis;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QualitySanityTest {
    @Test
    void realAgainstItselfScoresOne() throws Exception {
        Dataset d = TableReaders.read(Fixtures.GERMAN_CREDIT.path());
        Metadata meta = Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER);
        QualityReport q = QualityReport.compute(d, d, meta);
        assertEquals(1.0, q.score(), 1e-12);
        assertEquals(1.0, DiagnosticReport.compute(d, d, meta).score(), 1e-12);
    }

    @Test
    void independentlyShuffledColumnsKeepShapesAndLosePairTrends() throws Exception {
        Dataset d = TableReaders.read(Fixtures.ADULT.path());
        Metadata meta = Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER);
        String[][] cols = new String[d.columnCount()][];
        SplittableRandom rng = new SplittableRandom(4);
        for (int c = 0; c < cols.length; c++) {
            cols[c] = d.column(c).clone();
            for (int i = cols[c].length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                String t = cols[c][i];
                cols[c][i] = cols[c][j];
                cols[c][j] = t;
            }
        }
        Dataset shuffled = new Dataset("shuffled", d.names(), cols, java.util.List.of());
        QualityReport q = QualityReport.compute(d, shuffled, meta);
        assertEquals(1.0, q.columnShapes(), 1e-12);
        assertTrue(q.columnPairTrends() < 0.8, "pair trends " + q.columnPairTrends());
        QualityReport.PairScore edu = q.pairs().stream()
                .filter(p -> p.columnA().equals("education") && p.columnB().equals("education-num")).findFirst().orElseThrow();
        assertTrue(edu.score() < 0.3, "education x education-num " + edu.score());
    }
}
