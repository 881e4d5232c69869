// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.ShapeMetrics;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.Numbers;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.conditions.Rebalance;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditional generation and rebalancing with the cart model on adult: fitted with the conditioned columns leading
 * its visit sequence (no row rejected), and with the default sequence (rejection).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionedCartAdultTest {
    private static final long SEED = 20261122L;
    private Dataset adult;
    private Metadata meta;
    /** Fitted with the default sequence: sex, income, race, relationship, … (fewest distinct values first). */
    private CartModel plain;
    @TempDir
    Path dir;

    @BeforeAll
    void fit() throws Exception {
        adult = TableReaders.read(Fixtures.ADULT.path());
        meta = Synthesis.detect(adult, ProgressListener.NONE, Cancellation.NEVER);
        plain = fit(CartOptions.defaults());
    }

    private CartModel fit(CartOptions options) {
        return (CartModel) Synthesis.fit("cart", adult, meta, SEED, Locale.US, options, ProgressListener.NONE,
                Cancellation.NEVER);
    }

    /** A cart model fitted as synth does for these conditions: the conditioned columns lead its sequence. */
    private CartModel leading(List<Condition> conditions, Rebalance rebalance) {
        return fit(CartOptions.defaults().leadingWith(meta, conditions, rebalance));
    }

    private static List<Condition> conditions(String... texts) {
        return Arrays.stream(texts).map(Condition::parse).toList();
    }

    private Dataset write(FittedModel m, int rows, int threads, String name) throws Exception {
        Path out = dir.resolve(name);
        new SampleWriter(threads).write(m, rows, SEED, out, true, ProgressListener.NONE, Cancellation.NEVER);
        return TableReaders.read(out);
    }

    private static double[] numbers(Dataset d, String column, int[] rows) {
        int c = d.indexOf(column);
        return Arrays.stream(rows).mapToDouble(r -> Numbers.parse(d.value(r, c))).toArray();
    }

    private static int[] rows(Dataset d, IntPredicate keep) {
        return IntStream.range(0, d.rowCount()).filter(keep).toArray();
    }

    private static IntPredicate is(Dataset d, String column, String value) {
        int c = d.indexOf(column);
        return r -> value.equals(d.value(r, c));
    }

    private double womenOver50kAge(FittedModel m, String name) throws Exception {
        long t0 = System.nanoTime();
        Dataset syn = write(m, 5000, 2, name);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(5000, syn.rowCount());
        assertEquals(5000, rows(syn, is(syn, "sex", "Female").and(is(syn, "income", ">50K"))).length);
        int[] real = rows(adult, is(adult, "sex", "Female").and(is(adult, "income", ">50K")));
        double ks = ShapeMetrics.ksComplement(numbers(adult, "age", real), numbers(syn, "age", rows(syn, r -> true)));
        System.out.printf("cart %s: sex=Female, income=>50K: age KSComplement %.3f, acceptance %.3f, %.2f s%n", name,
                ks, ((ConditionedCart) m).acceptance(), secs);
        return ks;
    }

    /** Fits a model as synth does for the conditions, checks the head of its sequence, and binds the conditions. */
    private ConditionedCart leading(List<String> head, String... texts) {
        List<Condition> c = conditions(texts);
        CartModel model = leading(c, null);
        assertEquals(head, model.visitSequence().subList(0, head.size()));
        return (ConditionedCart) Synthesis.conditioned(model, c, null);
    }

    @Test
    void leadingConditionsAreFixedAndAgeFollowsTheRealConditional() throws Exception {
        ConditionedCart m = leading(List.of("sex", "income"), "sex=Female", "income=>50K");
        assertEquals(1, m.acceptance());
        assertTrue(womenOver50kAge(m, "leading.csv") >= 0.85);
    }

    @Test
    void otherSequencesFallBackToRejection() throws Exception {
        List<Condition> c = conditions("sex=Female", "income=>50K");
        CartModel ageFirst = fit(new CartOptions(CartOptions.AUTOMATIC, true, List.of("age", "hours-per-week")));
        ConditionedCart m = (ConditionedCart) Synthesis.conditioned(ageFirst, c, null);
        assertTrue(m.acceptance() < 1, "acceptance " + m.acceptance());
        assertTrue(womenOver50kAge(m, "rejection.csv") >= 0.85);
    }

    @Test
    void rangeConditionIsMet() throws Exception {
        ConditionedCart m = leading(List.of("age"), "age=30..40");
        assertEquals(1, m.acceptance());
        Dataset syn = write(m, 5000, 2, "age.csv");
        double[] age = numbers(syn, "age", rows(syn, r -> true));
        assertEquals(5000, age.length);
        assertTrue(Arrays.stream(age).allMatch(a -> a >= 30 && a <= 40));
        int ageCol = adult.indexOf("age");
        int[] real = rows(adult, r -> {
            double a = Numbers.parse(adult.value(r, ageCol));
            return a >= 30 && a <= 40;
        });
        double ksAge = ShapeMetrics.ksComplement(numbers(adult, "age", real), age);
        double ksHours = ShapeMetrics.ksComplement(numbers(adult, "hours-per-week", real),
                numbers(syn, "hours-per-week", rows(syn, r -> true)));
        System.out.printf("cart age=30..40: age KSComplement %.3f, hours-per-week %.3f%n", ksAge, ksHours);
        assertTrue(ksAge >= 0.9 && ksHours >= 0.85, ksAge + " " + ksHours);
    }

    @Test
    void twoRangesRejectSomeRowsAndMeetBoth() throws Exception {
        ConditionedCart m = leading(List.of("age", "hours-per-week"), "age=30..40", "hours-per-week=..20");
        Dataset syn = write(m, 3000, 2, "two-ranges.csv");
        int[] all = rows(syn, r -> true);
        assertTrue(Arrays.stream(numbers(syn, "age", all)).allMatch(a -> a >= 30 && a <= 40));
        assertTrue(Arrays.stream(numbers(syn, "hours-per-week", all)).allMatch(h -> h <= 20));
        System.out.printf("cart age=30..40, hours-per-week=..20: acceptance %.3f%n", m.acceptance());
    }

    private double[] incomeShares(Rebalance r, List<Condition> c, int rows) throws Exception {
        FittedModel m = Synthesis.conditioned(leading(c, r), c, r);
        Dataset syn = write(m, rows, 2, "rebalance.csv");
        int rich = rows(syn, is(syn, "income", ">50K")).length;
        int poor = rows(syn, is(syn, "income", "<=50K")).length;
        assertEquals(rows, rich + poor);
        return new double[]{(double) rich / rows, (double) poor / rows};
    }

    @Test
    void rebalanceGivesTheRequestedShares() throws Exception {
        double[] equal = incomeShares(Rebalance.equal("income"), List.of(), 5000);
        double[] custom = incomeShares(Rebalance.parse("income", ">50K=0.7,<=50K=0.3"), List.of(), 5000);
        System.out.printf("cart rebalance income: >50K %.3f; with 0.7/0.3: %.3f%n", equal[0], custom[0]);
        assertTrue(equal[0] >= 0.45 && equal[0] <= 0.55, "share " + equal[0]);
        assertTrue(custom[0] >= 0.69 && custom[0] <= 0.71, "share " + custom[0]);
    }

    @Test
    void conditionsTheModelAlmostNeverMeetsAreRefused() {
        List<Condition> c = conditions("native-country=Holand-Netherlands", "education=Doctorate", "age=17..20");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(plain, c, null));
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().startsWith("condition native-country=Holand-Netherlands and education=Doctorate"
                + " and age=17..20 cannot be met: the model meets it in under 0.20% of its rows ("), e.getMessage());
    }

    @Test
    void sameFileWithOneOrThreeThreads() throws Exception {
        List<Condition> c = conditions("sex=Female", "age=30..40");
        Rebalance r = Rebalance.equal("income");
        for (FittedModel m : List.of(Synthesis.conditioned(leading(c, r), c, r), Synthesis.conditioned(plain, c, r))) {
            Path one = dir.resolve("t1.csv");
            Path three = dir.resolve("t3.csv");
            new SampleWriter(1).write(m, 10_000, SEED, one, true, ProgressListener.NONE, Cancellation.NEVER);
            new SampleWriter(3).write(m, 10_000, SEED, three, true, ProgressListener.NONE, Cancellation.NEVER);
            assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(three));
        }
    }
}
