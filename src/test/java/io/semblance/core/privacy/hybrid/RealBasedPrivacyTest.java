// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.privacy.Tables;
import io.semblance.core.synth.hybrid.Provenance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constructed hybrid tables on adult: 1,500 rows built from training records interleaved with 1,500 other real rows
 * standing in for synthetic ones. When the real-based rows carry their records' own sensitive values the verdict must
 * be red; when they carry values drawn independently from the columns' real distributions, green.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealBasedPrivacyTest {
    static final List<String> SA = List.of("income", "capital-gain", "capital-loss");
    static final List<String> QI = List.of("age", "sex", "race", "marital-status", "education", "native-country");
    static final int REAL_BASED = 1500;

    Metadata meta;
    Dataset train;
    Dataset holdout;
    Dataset others;

    @BeforeAll
    void split() {
        meta = Tables.adultMeta();
        Dataset all = Tables.adultShuffled(11);
        train = Tables.slice(all, 0, 4000);
        holdout = Tables.slice(all, 4000, 5000);
        others = Tables.slice(all, 5000, 6500);
    }

    /** A hybrid-like table and its provenance. */
    record Hybrid(Dataset table, Provenance provenance) {
    }

    /** Training records 0..1,499 with their own sensitive values ({@code own}) or independent draws, and the others. */
    Hybrid hybrid(boolean own, long seed) {
        Random rnd = new Random(seed);
        int n = REAL_BASED + others.rowCount();
        List<Integer> slot = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(slot, rnd);
        String[][] cols = new String[train.columnCount()][n];
        int[] realRow = new int[n];
        for (int r = 0; r < n; r++) {
            int s = slot.get(r);
            realRow[r] = s < REAL_BASED ? s : -1;
            for (int c = 0; c < train.columnCount(); c++) {
                boolean redraw = !own && s < REAL_BASED && SA.contains(train.name(c));
                cols[c][r] = s >= REAL_BASED ? others.value(s - REAL_BASED, c)
                        : train.value(redraw ? rnd.nextInt(train.rowCount()) : s, c);
            }
        }
        return new Hybrid(new Dataset("hybrid", train.names(), cols, List.of()), Provenance.of(realRow));
    }

    RealBasedReport evaluate(Hybrid x, boolean withHoldout) {
        Dataset h = withHoldout ? holdout : null;
        EncodedTable[] e = Tables.encode(meta, train, x.table(), h);
        return RealBasedPrivacy.evaluate(e[0], e[1], e[2], e[0], x.provenance(), QI, SA, 0.2, Thresholds.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);
    }

    @ParameterizedTest(name = "holdout {0}")
    @ValueSource(booleans = {true, false})
    void ownSensitiveValuesAreRed(boolean withHoldout) {
        RealBasedReport r = evaluate(hybrid(true, 1), withHoldout);
        MetricResult m = r.verdicts().get(0);
        assertEquals(RealBasedPrivacy.KEY, m.key());
        assertEquals(1.0, m.value(), 1e-12, m.sentence());
        assertEquals(Level.RED, m.level(), m.sentence());
        assertEquals(withHoldout, r.match().againstHoldout());
        assertEquals(REAL_BASED, r.match().copies());
        for (SensitiveMatch.Column c : r.match().columns()) {
            assertEquals(1.0, c.match(), 1e-12, c.name());
            assertTrue(c.marginal() < 0.95, c.name() + " marginal " + c.marginal());
        }
        assertTrue(m.sentence().contains("complete copies"), m.sentence());
    }

    @ParameterizedTest(name = "holdout {0}")
    @ValueSource(booleans = {true, false})
    void independentDrawsAreGreen(boolean withHoldout) {
        RealBasedReport r = evaluate(hybrid(false, 2), withHoldout);
        MetricResult m = r.verdicts().get(0);
        System.out.printf("independent draws, holdout %s: disclosure %.4f%n", withHoldout, m.value());
        r.match().columns().forEach(c -> System.out.printf("  %s: own %.4f, random draw %.4f, holdout %.4f%n",
                c.name(), c.match(), c.marginal(), c.holdout()));
        assertEquals(Level.GREEN, m.level(), m.sentence());
        for (SensitiveMatch.Column c : r.match().columns()) {
            assertEquals(c.marginal(), c.match(), 0.05, c.name());
            assertEquals(withHoldout, !Double.isNaN(c.holdout()), c.name());
        }
    }

    @Test
    void quasiIdentifierDisclosureIsMeasuredOnTheRealBasedRowsAlone() {
        RealBasedReport r = evaluate(hybrid(true, 3), true);
        List<String> keys = r.verdicts().stream().map(MetricResult::key).toList();
        assertEquals(List.of("real_based_sensitive_disclosure", "real_based_cap", "real_based_disclosure_protection",
                "real_based_replicated_uniques", "real_based_disco", "real_based_records_at_risk",
                "real_based_highest_risk"), keys);
        assertEquals(REAL_BASED, r.disclosure().released().rows());
        // with their own values attached, every real-based record found by its quasi-identifiers gives them away
        assertTrue(r.disclosure().disco().disclosive() >= r.disclosure().uniques().replicated());
        assertTrue(r.verdicts().stream().allMatch(v -> v.label().startsWith("Real-based: ")));
        assertTrue(r.note().contains("zero by construction"), r.note());
        assertEquals(List.of("age", "workclass", "fnlwgt", "education", "education-num", "marital-status",
                "occupation", "relationship", "race", "sex", "hours-per-week", "native-country"), r.realColumns());
    }

    @Test
    void aRealBasedRowThatIsNotItsRecordIsRefused() {
        Hybrid x = hybrid(true, 4);
        int row = 0;
        while (x.provenance().realRow(row) < 0) {
            row++;
        }
        String[][] cols = new String[train.columnCount()][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = x.table().column(c).clone();
        }
        int age = train.indexOf("age");
        cols[age][row] = String.valueOf(Integer.parseInt(cols[age][row]) + 1);
        Hybrid tampered = new Hybrid(new Dataset("t", train.names(), cols, List.of()), x.provenance());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluate(tampered, false));
        assertTrue(e.getMessage().contains("synthetic row " + (row + 1) + " is built from real row "
                + (x.provenance().realRow(row) + 1) + ", but their age differ"), e.getMessage());
    }

    @Test
    void realBasedThresholdsFollowTheirBaseKeyUnlessSet() {
        Thresholds t = Thresholds.defaults();
        assertEquals(t.get("cap"), t.get("real_based_cap"));
        Thresholds changed = t.with("real_based_cap", new Threshold(0.9, 0.1, true));
        assertEquals(t.get("cap"), changed.get("cap"));
        assertNotEquals(changed.get("cap"), changed.get("real_based_cap"));
        assertThrows(IllegalArgumentException.class, () -> t.get("real_based_nothing"));
    }
}
