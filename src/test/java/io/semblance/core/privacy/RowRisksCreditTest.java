// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.privacy.disclosure.Disclosure;
import io.semblance.core.privacy.disclosure.DisclosureReport;
import io.semblance.core.synth.Holdout;
import io.semblance.core.synth.Synthesis;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Row risks on german_credit agree with the evaluation's own metrics, and remediation leaves no close row and no
 * replicated unique. The synthetic rows are rows of the file drawn at random, so most copy a training row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowRisksCreditTest {
    private static final List<String> QI = List.of("age", "personal_status", "job", "housing");
    private Metadata meta;
    private Holdout split;
    private Dataset syn;
    private RowRisks risks;

    @BeforeAll
    void measure() throws Exception {
        Dataset all = TableReaders.read(Fixtures.GERMAN_CREDIT.path());
        meta = Synthesis.detect(all, ProgressListener.NONE, Cancellation.NEVER);
        split = Holdout.split(all, 0.3, 5);
        syn = all.selectRows(new Random(3).ints(600, 0, all.rowCount()).toArray());
        risks = RowRisks.compute(split.training(), syn, split.holdout(), meta, QI, ProgressListener.NONE,
                Cancellation.NEVER);
    }

    private EncodedTable[] encoded(Dataset synthetic) {
        return Tables.encode(meta, split.training(), synthetic, split.holdout());
    }

    @Test
    void distancesBinLikeTheEvaluationsHistogram() {
        EncodedTable[] e = encoded(syn);
        DcrHistogram expected = DistancePrivacy.evaluate(e[0], e[1], e[2], Thresholds.defaults(), 1,
                ProgressListener.NONE, Cancellation.NEVER).histogram();
        DcrHistogram actual = risks.histogram(DcrHistogram.BINS);
        assertArrayEquals(expected.edges(), actual.edges(), 1e-12);
        assertArrayEquals(expected.toTraining(), actual.toTraining());
        assertArrayEquals(expected.toHoldout(), actual.toHoldout());
    }

    @Test
    void replicatedUniquesAreTheRowsRepUCounts() {
        EncodedTable[] e = encoded(syn);
        DisclosureReport d = Disclosure.evaluate(e[0], e[1], QI, List.of(), 0.2, Thresholds.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);
        assertTrue(d.uniques().replicated() > 0, "drawn rows replicate some uniques");
        assertEquals(d.uniques().replicated(), risks.atRisk(new Remediation.Criteria(Double.NaN, true)).length);
    }

    @Test
    void remediationLeavesNoCloseRowAndNoReplicatedUnique() {
        double x = 0.05;
        Remediation.Result out = Remediation.apply(syn, risks, new Remediation.Criteria(x, true));
        assertTrue(out.close() > 300, "most drawn rows copy a training row: " + out.close());
        assertEquals(syn.rowCount() - out.dropped(), out.remaining().rowCount());
        EncodedTable[] e = encoded(out.remaining());
        RowDistance d = new RowDistance(e[0]);
        for (int i = 0; i < e[1].rows(); i++) {
            for (int j = 0; j < e[0].rows(); j++) {
                double dij = d.distance(e[1], i, e[0], j);
                assertTrue(dij > x, "remaining row " + i + " lies " + dij + " from training row " + j);
            }
        }
        DisclosureReport after = Disclosure.evaluate(e[0], e[1], QI, List.of(), 0.2, Thresholds.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(0, after.uniques().replicated());
    }
}
