// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

import static io.semblance.core.privacy.disclosure.Tables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Metadata;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The facade: edge cases, sanity on copies and on independent data, argument checks. */
class DisclosureTest {

    static DisclosureReport run(EncodedTable[] t, List<String> qi, List<String> sa) {
        return Disclosure.evaluate(t[0], t[1], qi, sa, Disclosure.DEFAULT_TAU, Thresholds.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void noRealCombinationInTheSyntheticData() {
        // Real (sex, zip) pairs F/1, M/2, F/- never occur in the synthetic table: nothing to attribute.
        Metadata meta = Tables.meta("qi:sex", "qi:zip", "sa:dx");
        EncodedTable[] t = Tables.encode(meta,
                new String[][]{row("F", "1", "a"), row("M", "2", "b"), row("F", null, "a")},
                new String[][]{row("M", "1", "a"), row("F", "2", "b"), row("M", null, "a")});
        DisclosureReport r = run(t, List.of("sex", "zip"), List.of("dx"));
        assertEquals(0, r.cap().matched());
        assertTrue(Double.isNaN(r.cap().meanCap()));
        assertEquals(1.0, r.cap().score(), 0);
        assertEquals(1.0, r.cap().protection(), 0);
        assertEquals(Level.GREEN, r.capResult().level());
        assertEquals(Level.GREEN, r.protectionResult().level());
        assertTrue(r.capResult().sentence().startsWith("No real combination of sex and zip appears"), r.capResult().sentence());
        assertEquals(0.0, r.uniques().repU(), 0);
        assertEquals(100.0, r.uniques().uio(), 0);
        assertEquals(0.0, r.disco().disco(), 0);
    }

    /** n rows: QI a (40 values), b (3 values); SA = a function of (a, b), or drawn independently. */
    static String[][] table(int n, long seed, boolean determined) {
        Random rnd = new Random(seed);
        String[][] rows = new String[n][];
        for (int i = 0; i < n; i++) {
            int a = rnd.nextInt(40);
            int b = rnd.nextInt(3);
            int sa = determined ? (a * 7 + b) % 3 : rnd.nextInt(3);
            rows[i] = row("a" + a, "b" + b, "s" + sa);
        }
        return rows;
    }

    @Test
    void trainingDataReleasedAsIsIsRedOnEveryCount() {
        Metadata meta = Tables.meta("qi:a", "qi:b", "sa:s");
        String[][] real = table(300, 1, true);
        EncodedTable[] t = Tables.encode(meta, real, real);
        DisclosureReport r = run(t, List.of("a", "b"), List.of("s"));
        assertEquals(0.0, r.cap().score(), 1e-12);
        assertEquals(0.0, r.cap().protection(), 1e-12);
        assertEquals(r.uniques().uio(), r.uniques().repU(), 0);
        assertTrue(r.uniques().repU() > 5, "repU " + r.uniques().repU());
        assertEquals(100.0, r.disco().disco(), 1e-12);
        assertEquals(r.real(), r.released());
        for (MetricResult m : r.results()) {
            assertEquals(Level.RED, m.level(), m.key() + ": " + m.sentence());
        }
    }

    @Test
    void sensitiveColumnIndependentOfTheQuasiIdentifiersIsProtected() {
        Metadata meta = Tables.meta("qi:a", "qi:b", "sa:s");
        EncodedTable[] t = Tables.encode(meta, table(20_000, 2, false), table(20_000, 3, false));
        DisclosureReport r = run(t, List.of("a", "b"), List.of("s"));
        // Each synthetic group of about 167 rows carries s0..s2 at about 1/3 each: mean CAP ~ 1/3 = the blind guess.
        assertEquals(1.0 / 3, r.cap().meanCap(), 0.01);
        assertTrue(r.cap().protection() > 0.97, "protection " + r.cap().protection());
        assertEquals(Level.GREEN, r.protectionResult().level());
        assertEquals(0.0, r.disco().disco(), 0);
    }

    @Test
    void withoutQuasiIdentifiersEverythingIsNaNAndSaysWhy() {
        Metadata meta = Tables.meta("qi:a", "sa:s");
        EncodedTable[] t = Tables.encode(meta, new String[][]{row("x", "1")}, new String[][]{row("x", "1")});
        DisclosureReport r = run(t, List.of(), List.of("s"));
        for (MetricResult m : r.results()) {
            assertTrue(Double.isNaN(m.value()), m.key());
            assertEquals(Level.AMBER, m.level());
            assertEquals("Mark quasi-identifier columns to measure linkage risk.", m.sentence());
        }
        assertTrue(Double.isNaN(r.released().recordsAtRisk()));
    }

    @Test
    void withoutSensitiveColumnsOnlyIdentityMetricsAreComputed() {
        Metadata meta = Tables.meta("qi:a", "sa:s");
        EncodedTable[] t = Tables.encode(meta, new String[][]{row("x", "1"), row("y", "2")},
                new String[][]{row("x", "1"), row("x", "1")});
        DisclosureReport r = run(t, List.of("a"), List.of());
        for (MetricResult m : List.of(r.capResult(), r.protectionResult(), r.discoResult())) {
            assertTrue(Double.isNaN(m.value()), m.key());
            assertTrue(m.sentence().startsWith("Mark sensitive columns"), m.sentence());
        }
        // x is unique in the real data but twice in the synthetic: not replicated. y is absent.
        assertEquals(100.0, r.uniques().uio(), 0);
        assertEquals(0.0, r.uniques().repU(), 0);
        assertEquals(0.5, r.released().highestRisk(), 0);
    }

    @Test
    void argumentsAreChecked() {
        Metadata meta = Tables.meta("qi:a", "sa:s");
        EncodedTable[] t = Tables.encode(meta, new String[][]{row("x", "1")}, new String[][]{row("x", "1")});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(t, List.of("a", "zip"), List.of("diagnosis")));
        assertTrue(e.getMessage().contains("zip") && e.getMessage().contains("diagnosis"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run(t, List.of("a"), List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> Disclosure.evaluate(t[0], t[1], List.of("a"),
                List.of("s"), 0, Thresholds.defaults(), ProgressListener.NONE, Cancellation.NEVER));
        EncodedTable[] other = Tables.encode(meta, new String[][]{row("q", "1")}, new String[][]{row("q", "1")});
        assertThrows(IllegalArgumentException.class, () -> run(new EncodedTable[]{t[0], other[1]}, List.of("a"),
                List.of("s")));
    }

    @Test
    void cancellationStopsTheRun() {
        Metadata meta = Tables.meta("qi:a", "sa:s");
        EncodedTable[] t = Tables.encode(meta, new String[][]{row("x", "1")}, new String[][]{row("x", "1")});
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> Disclosure.evaluate(t[0], t[1], List.of("a"), List.of("s"),
                0.2, Thresholds.defaults(), ProgressListener.NONE, cancel));
    }
}
