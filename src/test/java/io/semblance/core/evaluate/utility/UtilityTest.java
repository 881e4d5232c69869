// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The facade on german_credit: T, S and H are three disjoint slices of the real table. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UtilityTest {
    EncodedTable[] e;

    @BeforeAll
    void load() {
        TestTables.Sample credit = TestTables.Sample.load(Fixtures.GERMAN_CREDIT);
        int[] order = credit.shuffledRows(5);
        e = credit.encode(credit.data().selectRows(Arrays.copyOfRange(order, 0, 400)),
                credit.data().selectRows(Arrays.copyOfRange(order, 400, 800)),
                credit.data().selectRows(Arrays.copyOfRange(order, 800, 1000)));
    }

    @Test
    void reportsTheThreeVerdictsWithPlainSentences() {
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        UtilityReport r = Utility.evaluate(e[0], e[1], e[2], "job", Thresholds.defaults(), 3, (f, m) -> {
            fractions.add(f);
            messages.add(m);
        }, Cancellation.NEVER);
        assertEquals(List.of("discriminator_auc", "s_pmse", "ml_efficacy_ratio"),
                r.results().stream().map(MetricResult::key).toList());
        MetricResult auc = r.result("discriminator_auc");
        assertEquals(r.auc(), auc.value(), 0);
        assertEquals(Level.GREEN, auc.level(), auc.sentence());
        assertTrue(auc.sentence().startsWith(String.format(java.util.Locale.ROOT,
                "A classifier tells real from synthetic rows with AUC %.2f (0.5 = cannot tell): ", r.auc())));
        assertEquals(r.pmse() / r.nullPmse(), r.sPmse(), 1e-12);
        assertTrue(r.result("s_pmse").sentence().contains("5 label permutations"));
        MetricResult ml = r.result("ml_efficacy_ratio");
        assertTrue(ml.value() > 0.7 && ml.value() < 1.4, ml.sentence());
        assertTrue(ml.sentence().contains("predicting job"), ml.sentence());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress goes forward");
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1), 0);
        assertTrue(messages.contains("discriminator: real or synthetic? fold 3 of 5: tree 50 of 50"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("ML efficacy: model trained on real rows")));
    }

    @Test
    void withoutHoldoutMlEfficacyIsNotANumberAndSaysWhy() {
        UtilityReport r = Utility.evaluate(e[0], e[1], null, "job", Thresholds.defaults(), 3, ProgressListener.NONE,
                Cancellation.NEVER);
        MetricResult ml = r.result("ml_efficacy_ratio");
        assertTrue(Double.isNaN(ml.value()));
        assertEquals(Level.AMBER, ml.level());
        assertEquals("ML efficacy was not measured: a holdout (real rows the synthesizer never saw) is needed.",
                ml.sentence());
        assertTrue(!Double.isNaN(r.auc()));
    }

    @Test
    void sameSeedSameReport() {
        UtilityReport a = Utility.evaluate(e[0], e[1], e[2], "job", Thresholds.defaults(), 4, ProgressListener.NONE,
                Cancellation.NEVER);
        UtilityReport b = Utility.evaluate(e[0], e[1], e[2], "job", Thresholds.defaults(), 4, ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(a, b);
    }

    @Test
    void cancellationStopsTheEvaluation() {
        Cancellation cancel = new Cancellation();
        ProgressListener cancelOnFirstReport = (f, m) -> cancel.cancel();
        assertThrows(CancelledException.class, () -> Utility.evaluate(e[0], e[1], e[2], "job",
                Thresholds.defaults(), 3, cancelOnFirstReport, cancel));
    }

    @Test
    void tooFewRowsGiveNotANumberWithAReason() {
        EncodedTable[] tiny = TestTables.encode(new String[]{"x#"}, new String[][]{{"1", "2", "3"}},
                new String[][]{{"1", "2", "3"}});
        UtilityReport r = Utility.evaluate(tiny[0], tiny[1], null, null, Thresholds.defaults(), 1,
                ProgressListener.NONE, Cancellation.NEVER);
        assertTrue(Double.isNaN(r.auc()) && Double.isNaN(r.sPmse()));
        assertTrue(r.result("discriminator_auc").sentence().contains("at least a few rows"));
        assertEquals("ML efficacy was not measured: no target column was chosen.",
                r.result("ml_efficacy_ratio").sentence());
    }
}
