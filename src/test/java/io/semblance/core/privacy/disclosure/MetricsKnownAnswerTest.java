// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

import static io.semblance.core.privacy.disclosure.Tables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Metadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every metric on a six-row table small enough to work out by hand, missing values included.
 *
 * <pre>
 *   real (QI sex, zip; SA dx)        synthetic
 *   r1 F 100 flu                     s1 F 100 flu
 *   r2 F 100 cold                    s2 F 100 flu
 *   r3 M 100 flu                     s3 F 100 cold
 *   r4 M 200 flu                     s4 M 200 flu
 *   r5 F  -  cold                    s5 F  -  cold
 *   r6 M 300  -                      s6 M 200 cold
 *                                    s7 M 300  -
 * </pre>
 * Synthetic groups on (sex, zip): (F,100) = flu, flu, cold; (M,200) = flu, cold; (F,-) = cold; (M,300) = -.
 */
class MetricsKnownAnswerTest {
    static final Metadata META = Tables.meta("qi:sex", "qi:zip", "sa:dx");
    static final String[][] REAL = {row("F", "100", "flu"), row("F", "100", "cold"), row("M", "100", "flu"),
            row("M", "200", "flu"), row("F", null, "cold"), row("M", "300", null)};
    static final String[][] SYN = {row("F", "100", "flu"), row("F", "100", "flu"), row("F", "100", "cold"),
            row("M", "200", "flu"), row("F", null, "cold"), row("M", "200", "cold"), row("M", "300", null)};

    static DisclosureReport report(double tau) {
        EncodedTable[] t = Tables.encode(META, REAL, SYN);
        return Disclosure.evaluate(t[0], t[1], List.of("sex", "zip"), List.of("dx"), tau, Thresholds.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void capOverMatchedRowsOnly() {
        // r1: 2 of the 3 (F,100) synthetic rows say flu -> 2/3; r2: 1/3 say cold -> 1/3; r3: (M,100) absent, left out;
        // r4: 1 of 2 (M,200) say flu -> 1/2; r5: (F,-) has cold -> 1; r6: (M,300) has missing dx, as r6 -> 1.
        // mean CAP = (2/3 + 1/3 + 1/2 + 1 + 1) / 5 = 3.5 / 5 = 0.7; score = 0.3.
        CapRisk c = report(0.2).cap();
        assertEquals(6, c.rows());
        assertEquals(5, c.matched());
        assertEquals(0.7, c.meanCap(), 1e-12);
        assertEquals(0.3, c.score(), 1e-12);
        // Real dx takes flu, cold and missing: 3 values; baseline = 1 - 1/3; protection = 0.3 / (2/3) = 0.45.
        assertEquals(2.0 / 3, c.baseline(), 1e-12);
        assertEquals(0.45, c.protection(), 1e-12);
    }

    @Test
    void replicatedUniques() {
        // Real counts: (F,100) 2, (M,100) 1, (M,200) 1, (F,-) 1, (M,300) 1 -> 4 of 6 unique: UiO = 66.67%.
        // Of those, unique in synthetic too: (F,-) and (M,300); (M,100) is absent and (M,200) occurs twice.
        ReplicatedUniques u = report(0.2).uniques();
        assertEquals(4, u.unique());
        assertEquals(2, u.replicated());
        assertEquals(400.0 / 6, u.uio(), 1e-9);
        assertEquals(200.0 / 6, u.repU(), 1e-9);
    }

    @Test
    void disco() {
        // Synthetic (F,100) and (M,200) carry two dx values: r1, r2, r4 not disclosive; r3 not found.
        // (F,-) -> cold only = r5's dx; (M,300) -> missing only = r6's dx: DiSCO = 2/6.
        // In the real data (F,100) is mixed, the other four groups single-valued: Dorig = 4/6.
        Disco d = report(0.2).disco();
        assertEquals(2, d.disclosive());
        assertEquals(200.0 / 6, d.disco(), 1e-9);
        assertEquals(4, d.inOriginal());
        assertEquals(400.0 / 6, d.dorig(), 1e-9);
    }

    @Test
    void prosecutorRiskOfTheReleasedAndRealTables() {
        // Synthetic classes: 3, 2, 1, 1 over 7 rows. tau 0.2: 1/f > 0.2 for every f <= 4, so all 7 rows are at risk.
        ProsecutorRisk p = report(0.2).released();
        assertEquals(7, p.rows());
        assertEquals(4, p.classes());
        assertEquals(1.0, p.recordsAtRisk(), 1e-12);
        assertEquals(1.0, p.highestRisk(), 1e-12);
        assertEquals(4.0 / 7, p.successRate(), 1e-12);
        assertEquals(1, p.k());
        assertEquals(2.0 / 7, p.sampleUniques(), 1e-12);
        assertEquals(4, p.largestClassAtRisk());
        // tau 0.4: 1/3 is not above it, 1/2 is: the class of 3 is safe, 2 + 1 + 1 = 4 rows at risk.
        ProsecutorRisk q = report(0.4).released();
        assertEquals(4.0 / 7, q.recordsAtRisk(), 1e-12);
        assertEquals(2, q.largestClassAtRisk());
        // Real classes: 2, 1, 1, 1, 1 over 6 rows.
        ProsecutorRisk r = report(0.2).real();
        assertEquals(5, r.classes());
        assertEquals(5.0 / 6, r.successRate(), 1e-12);
        assertEquals(4.0 / 6, r.sampleUniques(), 1e-12);
    }

    @Test
    void largerClassesAndKAnonymity() {
        // Classes 5, 5, 2 over 12 rows: k = 2, highest risk 1/2; tau 0.2 -> only the class of 2 is at risk.
        int[] keys = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2};
        ProsecutorRisk p = ProsecutorRisk.of(keys, 4, 0.2);
        assertEquals(2, p.k());
        assertEquals(0.5, p.highestRisk(), 1e-12);
        assertEquals(2.0 / 12, p.recordsAtRisk(), 1e-12);
        assertEquals(3.0 / 12, p.successRate(), 1e-12);
        assertEquals(0.0, p.sampleUniques(), 1e-12);
    }

    @Test
    void verdictsAndSentencesAreSpecific() {
        DisclosureReport r = report(0.2);
        assertEquals(Level.RED, r.capResult().level());
        assertEquals(Level.RED, r.protectionResult().level());
        assertEquals(Level.RED, r.replicatedUniquesResult().level());
        assertEquals(List.of("cap", "disclosure_protection", "replicated_uniques", "disco", "records_at_risk",
                "highest_risk"), r.results().stream().map(m -> m.key()).toList());
        String repU = r.replicatedUniquesResult().sentence();
        assertTrue(repU.startsWith("2 of 6 real people (33.3%) are unique on sex and zip"), repU);
        assertTrue(r.capResult().sentence().contains("5 of 6 real people"), r.capResult().sentence());
        assertTrue(r.discoResult().sentence().contains("one value of dx"), r.discoResult().sentence());
        assertTrue(r.recordsAtRiskResult().sentence().contains("4 or fewer rows"), r.recordsAtRiskResult().sentence());
    }

    @Test
    void twoSensitiveColumnsMultiplyTheirValueCounts() {
        Metadata meta = Tables.meta("qi:sex", "sa:dx", "sa:smoker");
        // Real dx: flu, cold (2); smoker: y, n, missing (3): 6 combinations -> baseline 5/6.
        EncodedTable[] t = Tables.encode(meta,
                new String[][]{row("F", "flu", "y"), row("F", "cold", "n"), row("M", "flu", null), row("M", "flu", "y")},
                new String[][]{row("F", "flu", "y"), row("M", "flu", "y")});
        assertEquals(6.0, Disclosure.combinations(t[0], List.of("dx", "smoker")), 0);
        // (F) in synthetic = (flu,y) only: r1 CAP 1, r2 CAP 0; (M) = (flu,y): r3 0, r4 1. mean 0.5, score 0.5.
        CapRisk c = Disclosure.evaluate(t[0], t[1], List.of("sex"), List.of("dx", "smoker"), 0.2,
                Thresholds.defaults(), ProgressListener.NONE, Cancellation.NEVER).cap();
        assertEquals(0.5, c.score(), 1e-12);
        assertEquals(0.5 / (5.0 / 6), c.protection(), 1e-12);
    }

    @Test
    void continuousQuasiIdentifierIsBinned() {
        // age 0..100 -> bins of 10: real 0,10 -> bin 0; 25 -> 2; 50 -> 4; 99,100 -> 9. Unique in real: 25, 50.
        // Synthetic 24 -> bin 2 and 50 -> bin 4, each once: both real uniques are replicated. -5 -> bin 0 (once)
        // and 150 -> bin 9 (once); 10.5 -> bin 1 and a missing age match nothing.
        Metadata meta = Tables.meta("qi:age:n", "sa:dx");
        EncodedTable[] t = Tables.encode(meta,
                new String[][]{row("0", "a"), row("10", "a"), row("25", "b"), row("50", "a"), row("99", "b"), row("100", "a")},
                new String[][]{row("-5", "a"), row("10.5", "b"), row("150", "b"), row(null, "a"), row("50", "b"), row("24", "b")});
        DisclosureReport r = Disclosure.evaluate(t[0], t[1], List.of("age"), List.of("dx"), 0.2,
                Thresholds.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(200.0 / 6, r.uniques().uio(), 1e-9);
        assertEquals(200.0 / 6, r.uniques().repU(), 1e-9);
        // CAP: bin 0 (real 0,10 = a,a) -> synthetic -5 = a: 1, 1; bin 2 (25 = b) -> 24 = b: 1; bin 4 (50 = a) -> b: 0;
        // bin 9 (99 = b, 100 = a) -> 150 = b: 1, 0. mean = 4/6; score = 1/3; dx has 2 values: protection 2/3.
        assertEquals(6, r.cap().matched());
        assertEquals(1.0 / 3, r.cap().score(), 1e-12);
        assertEquals(2.0 / 3, r.cap().protection(), 1e-12);
        // DiSCO: every synthetic bin holds one row, so it is single-valued; correct for 0, 10, 25, 99: 4 of 6.
        assertEquals(400.0 / 6, r.disco().disco(), 1e-9);
    }
}
