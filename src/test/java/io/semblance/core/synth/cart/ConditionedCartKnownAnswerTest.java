// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.fake.FakeGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Conditions on the hand-worked table of {@link CartKnownAnswerTest} (g = a: y is 1..5; g = b: y is 10..14;
 * leaves of 5 rows, so the tree of y splits once, on g), where the right answer can be worked out.
 */
class ConditionedCartKnownAnswerTest {
    private static CartModel fit(boolean smoothing, List<String> sequence) {
        return new CartSynthesizer(new FakeGenerators(Locale.US), new CartOptions(5, smoothing, sequence))
                .fit(CartKnownAnswerTest.table(), CartKnownAnswerTest.meta(), 1, ProgressListener.NONE,
                        Cancellation.NEVER);
    }

    private static ConditionedCart conditioned(CartModel m, String... conditions) {
        return new ConditionedCart(m, Arrays.stream(conditions).map(Condition::parse).toList(), null);
    }

    private static double shareOfA(List<String[]> rows) {
        return rows.stream().filter(r -> r[1].equals("a")).count() / (double) rows.size();
    }

    /** Smoothed, the leaf's values may spread past 5 (but stay in the range). */
    @Test
    void aRangeAfterAFixedCategoryIsDrawnFromItsLeafWithoutRejection() {
        for (boolean smoothing : new boolean[]{false, true}) {
            ConditionedCart m = conditioned(fit(smoothing, List.of()), "g=a", "y=3..12");
            assertEquals(1, m.acceptance());
            for (String[] r : CartKnownAnswerTest.sample(m, 7, 2000)) {
                int y = Integer.parseInt(r[2]);
                assertTrue(r[1].equals("a") && y >= 3 && y <= (smoothing ? 12 : 5), String.join(",", r));
            }
        }
    }

    @Test
    void aLeafWithoutValuesInTheRangeBorrowsFromTheRoot() {
        ConditionedCart m = conditioned(fit(false, List.of()), "g=a", "y=10..12");
        assertEquals(1, m.acceptance());
        int[] seen = new int[15];
        for (String[] r : CartKnownAnswerTest.sample(m, 7, 3000)) {
            assertEquals("a", r[1]);
            seen[Integer.parseInt(r[2])]++;
        }
        for (int y = 10; y <= 12; y++) {
            assertEquals(1000, seen[y], 100, "y=" + y);
        }
    }

    /**
     * y in 3..11 holds for 3 of the 5 rows with g = a and 2 of the 5 with g = b, so given the condition g = a has
     * probability 0.6. Drawn with g first, each row is kept with a chance proportional to its leaf's share; with y
     * first, g follows from y's value. Without the correction the share would be 0.5.
     */
    @Test
    void conditionsLaterInTheSequenceAreCorrectedByRejection() {
        ConditionedCart gFirst = conditioned(fit(false, List.of()), "y=3..11");
        assertEquals(5.0 / 6, gFirst.acceptance(), 0.03);
        ConditionedCart yFirst = conditioned(fit(false, List.of("y")), "y=3..11");
        assertEquals(1, yFirst.acceptance());
        for (ConditionedCart m : List.of(gFirst, yFirst)) {
            List<String[]> rows = CartKnownAnswerTest.sample(m, 11, 4000);
            assertEquals(4000, rows.size());
            for (String[] r : rows) {
                int y = Integer.parseInt(r[2]);
                assertTrue(y >= 3 && y <= 5 || y == 10 || y == 11, String.join(",", r));
                assertEquals(r[1].equals("a"), y <= 5, String.join(",", r));
            }
            assertEquals(0.6, shareOfA(rows), 0.025);
        }
    }

    @Test
    void aSingleNumberIsFixedAndImpossibleOnesAreRefused() {
        CartModel m = fit(true, List.of());
        for (String[] r : CartKnownAnswerTest.sample(conditioned(m, "y=4"), 3, 500)) {
            assertEquals("a", r[1]);
            assertEquals("4", r[2]);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> conditioned(m, "y=7"));
        assertEquals("condition y=7 cannot be met: no real value of y is 7", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> conditioned(m, "y="));
        assertEquals("condition y= cannot be met: no real value of y is missing", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> conditioned(m, "g=a", "g=b"));
        assertEquals("condition g=a and g=b cannot be met: the conditions on g exclude each other", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> conditioned(m, "id=k1"));
        assertTrue(e.getMessage().contains("holds identifiers or personal data"), e.getMessage());
    }

    @Test
    void datesAndMissingValues() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new String[]{i % 2 == 0 ? "a" : "b", String.format("2020-01-%02d", 1 + i % 28),
                    i % 4 == 3 ? null : String.valueOf(i)});
        }
        Dataset data = Dataset.ofRows("dates", List.of("g", "d", "v"), rows, List.of());
        Metadata meta = new Metadata(List.of(ColumnMeta.of("g", SdType.CATEGORICAL),
                ColumnMeta.of("d", SdType.DATETIME).withDatetimeFormat("%Y-%m-%d"),
                ColumnMeta.of("v", SdType.NUMERICAL).withInteger(true)), null);
        CartModel m = new CartSynthesizer(new FakeGenerators(Locale.US), CartOptions.defaults())
                .fit(data, meta, 1, ProgressListener.NONE, Cancellation.NEVER);
        List<String[]> out = CartKnownAnswerTest.sample(conditioned(m, "d=2020-01-05..2020-01-09", "v="), 5, 1000);
        for (String[] r : out) {
            assertTrue(r[1].compareTo("2020-01-05") >= 0 && r[1].compareTo("2020-01-09") <= 0, r[1]);
            assertEquals("", r[2]);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> conditioned(m, "d=2020-02-01.."));
        assertEquals("condition d=2020-02-01.. cannot be met: no real value of d lies in 2020-02-01..", e.getMessage());
    }
}
