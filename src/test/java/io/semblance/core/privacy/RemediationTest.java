// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row risks and remediation on a table worked out by hand. */
class RemediationTest {
    // x numerical (range 16 in training and holdout), c and zip categorical; the row distance is
    // (min(|dx| / 16, 1) + [c differs] + [zip differs]) / 3. zip is the quasi-identifier: z1 and z3 are unique in T.
    private final Metadata meta = Tables.meta("x:n", "c:c", "zip:c");
    private final Dataset train = Tables.rows("x,c,zip", "0,a,z1", "8,a,z2", "8,b,z2", "16,b,z3");
    private final Dataset syn = Tables.rows("x,c,zip", "0,a,z1", "8,b,z3", "12,a,z2", "28,b,z3");
    private final Dataset holdout = Tables.rows("x,c,zip", "0,a,z1", "4,b,z2", "16,a,z3", "16,b,z3");

    private RowRisks risks(Dataset synthetic, Dataset hold) {
        return RowRisks.compute(train, synthetic, hold, meta, List.of("zip"), ProgressListener.NONE,
                Cancellation.NEVER);
    }

    @Test
    void eachRowsDistancesNearestRowAndReplicatedUnique() {
        RowRisks r = risks(syn, holdout);
        // S0 copies T0; S1 (8,b,z3) is .5/3 from T3 and 1/3 from T2; S2 (12,a,z2) is .25/3 from T1; S3 .75/3 from T3
        double[] expected = {0, 0.5 / 3, 0.25 / 3, 0.75 / 3};
        int[] nearest = {0, 3, 1, 3};
        // to H: S0 = H0; S1 .5/3 from H3; S2 1.25/3 from H2; S3 .75/3 from H3
        double[] toHoldout = {0, 0.5 / 3, 1.25 / 3, 0.75 / 3};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], r.toTraining(i), 1e-12, "row " + i);
            assertEquals(nearest[i], r.nearestTraining(i), "row " + i);
            assertEquals(toHoldout[i], r.toHoldout(i), 1e-12, "row " + i);
        }
        // z1 is unique in T (T0), z3 too (T3); z2 is twice in T
        assertEquals(List.of(0, 3, -1, 3), List.of(r.uniqueMatch(0), r.uniqueMatch(1), r.uniqueMatch(2),
                r.uniqueMatch(3)));
        // holdout to training: 0, .25/3, 1/3, 0 -> the 1% quantile is 0
        assertEquals(0, r.suggestedDistance(), 0);
        assertEquals(0.75 / 3, r.largestDistance(), 1e-12);
    }

    @Test
    void rowsAtRiskFollowTheCriteria() {
        RowRisks r = risks(syn, holdout);
        assertArrayEquals(new int[]{0, 2}, r.atRisk(new Remediation.Criteria(0.1, false)));
        assertArrayEquals(new int[]{0}, r.atRisk(new Remediation.Criteria(0, false)), "exact copies at 0");
        assertArrayEquals(new int[]{0, 1, 2}, r.atRisk(new Remediation.Criteria(0.5 / 3, false)), "at most");
        assertArrayEquals(new int[0], r.atRisk(new Remediation.Criteria(Double.NaN, false)));
        // z1 is unique in S (S0); z3 is twice in S (S1, S3), so neither replicates T3 while both remain
        assertArrayEquals(new int[]{0}, r.atRisk(new Remediation.Criteria(Double.NaN, true)));
        assertArrayEquals(new int[]{0, 2}, r.atRisk(new Remediation.Criteria(0.1, true)));
        // once S1 is dropped for its distance, S3 is alone with z3 and replicates T3
        assertArrayEquals(new int[]{0, 1, 2, 3}, r.atRisk(new Remediation.Criteria(0.17, true)));
    }

    @Test
    void remediationCountsEachReasonOnce() {
        RowRisks r = risks(syn, holdout);
        Remediation.Result out = Remediation.apply(syn, r, new Remediation.Criteria(0.17, true));
        assertEquals(List.of(4, 3, 1), List.of(out.dropped(), out.close(), out.uniques()));
        out = Remediation.apply(syn, r, new Remediation.Criteria(Double.NaN, true));
        assertEquals(List.of(1, 0, 1), List.of(out.dropped(), out.close(), out.uniques()));
    }

    @Test
    void remediationDropsTheRowsAtRiskAndNoCloseRowOrReplicatedUniqueRemains() {
        RowRisks r = risks(syn, holdout);
        Remediation.Result out = Remediation.apply(syn, r, new Remediation.Criteria(0.12, true));
        assertEquals(List.of(2, 2, 0), List.of(out.dropped(), out.close(), out.uniques()));
        assertEquals(2, out.remaining().rowCount());
        assertEquals("8", out.remaining().value(0, 0));
        assertEquals("28", out.remaining().value(1, 0));
        RowRisks again = risks(out.remaining(), holdout);
        for (int i = 0; i < again.rows(); i++) {
            assertTrue(again.toTraining(i) > 0.12, "row " + i + " at " + again.toTraining(i));
        }
        assertArrayEquals(new int[0], again.atRisk(new Remediation.Criteria(0.12, true)));
    }

    @Test
    void withoutHoldoutOrQuasiIdentifiers() {
        RowRisks r = RowRisks.compute(train, syn, null, meta, List.of(), ProgressListener.NONE, Cancellation.NEVER);
        assertFalse(r.hasHoldout());
        assertTrue(Double.isNaN(r.toHoldout(0)));
        assertEquals(0, r.suggestedDistance(), 0);
        assertArrayEquals(new int[0], r.atRisk(new Remediation.Criteria(Double.NaN, true)), "no quasi-identifiers");
        assertEquals(null, r.histogram(4).toHoldout());
        assertEquals(4, java.util.Arrays.stream(r.histogram(4).toTraining()).sum());
    }

    @Test
    void badInputIsOneClearMessage() {
        RowRisks r = risks(syn, holdout);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Remediation.Criteria(1.5, false));
        assertEquals("the distance threshold must be between 0 and 1, not 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Remediation.apply(train.selectRows(new int[]{0}), r, new Remediation.Criteria(0.1, false)));
        assertEquals("the row risks were measured on 4 synthetic rows, not 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RowRisks.compute(train, syn, null, meta,
                List.of("postcode"), ProgressListener.NONE, Cancellation.NEVER));
        assertEquals("no evaluated column named postcode", e.getMessage());
    }
}
