// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Train on one half of adult, test on the other. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MlEfficacyTest {
    TestTables.Sample adult;
    EncodedTable train;
    EncodedTable test;

    @BeforeAll
    void load() {
        adult = TestTables.Sample.adult();
        int[] order = adult.shuffledRows(8);
        int half = order.length / 2;
        EncodedTable[] e = adult.encode(adult.data().selectRows(Arrays.copyOf(order, half)),
                adult.data().selectRows(Arrays.copyOfRange(order, half, order.length)));
        train = e[0];
        test = e[1];
    }

    private MlEfficacy.Result run(EncodedTable synthetic, EncodedTable holdout, String target) {
        return MlEfficacy.run(train, synthetic, holdout, target, RandomForest.Params.defaults(), 9,
                ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void realAgainstItselfPredictsIncomeWellAndHasRatioOne() {
        MlEfficacy.Result r = run(train, test, "income");
        assertEquals(MlEfficacy.Task.BINARY, r.task());
        assertEquals(">50K", r.positiveClass(), "the rarer class is scored");
        assertTrue(r.macroF1Real() > 0.7, "macro-F1 " + r.macroF1Real());
        assertTrue(r.accuracyReal() > 0.8, "accuracy " + r.accuracyReal());
        assertTrue(r.scoreReal() > 0.55 && r.scoreReal() < 0.85, "F1 of >50K " + r.scoreReal());
        assertEquals(1.0, r.ratio(), 0);
        assertEquals(test.rows(), r.holdoutRows());
    }

    @Test
    void regressionAndMultiClassTargets() {
        MlEfficacy.Result age = run(train, test, "age");
        assertEquals(MlEfficacy.Task.REGRESSION, age.task());
        assertTrue(age.scoreReal() > 0.2 && age.scoreReal() < 0.9, "R² of age " + age.scoreReal());
        MlEfficacy.Result race = run(train, test, "relationship");
        assertEquals(MlEfficacy.Task.MULTICLASS, race.task());
        assertEquals(race.macroF1Real(), race.scoreReal(), 0);
        assertTrue(race.accuracyReal() > 0.7, "accuracy " + race.accuracyReal());
    }

    @Test
    void withoutHoldoutOrTargetNothingIsScored() {
        MlEfficacy.Result r = run(train, null, "income");
        assertTrue(Double.isNaN(r.ratio()));
        assertTrue(r.problem().contains("holdout"), r.problem());
        assertTrue(run(train, test, null).problem().contains("no target"));
        assertTrue(run(train, test, "nope").problem().contains("not among"));
    }
}
