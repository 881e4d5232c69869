// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.conditions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Conditional generation and rebalancing with the copula on adult; refusals with the copula and cart. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionsAdultTest {
    private static final long SEED = 20261122L;
    @TempDir
    static Path dir;
    Dataset adult;
    Metadata meta;
    FittedModel copula;

    @BeforeAll
    void fit() throws Exception {
        adult = TableReaders.read(Fixtures.ADULT.path());
        meta = Synthesis.detect(adult, ProgressListener.NONE, Cancellation.NEVER);
        copula = Synthesis.fit("copula", adult, meta, SEED, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
    }

    private Path write(FittedModel m, int rows, int threads, String name) throws Exception {
        Path out = dir.resolve(name);
        new SampleWriter(threads).write(m, rows, SEED, out, true, ProgressListener.NONE, Cancellation.NEVER);
        return out;
    }

    private static List<Condition> conditions(String... texts) {
        return Arrays.stream(texts).map(Condition::parse).toList();
    }

    private static double[] numbers(Dataset d, String column, int[] rows) {
        int c = d.indexOf(column);
        return Arrays.stream(rows).mapToDouble(r -> Numbers.parse(d.value(r, c))).toArray();
    }

    private static int[] where(Dataset d, String column, String value) {
        int c = d.indexOf(column);
        return IntStream.range(0, d.rowCount()).filter(r -> value.equals(d.value(r, c))).toArray();
    }

    @Test
    void parsesConditions() {
        Condition c = Condition.parse("income=>50K");
        assertEquals("income", c.column());
        assertEquals(">50K", c.value());
        Condition r = Condition.parse("age=30..");
        assertTrue(r.isRange());
        assertEquals("30", r.from());
        assertNull(r.to());
        assertEquals("40", Condition.parse("age=..40").to());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Condition.parse("age"))
                .getMessage().contains("COL=VALUE"));
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("=3"));
        assertThrows(IllegalArgumentException.class, () -> Rebalance.parse("income", "a=0.3,b=0.6"));
    }

    @Test
    void everyRowMeetsTwoCategoricalConditionsAndAgeFollowsTheRealConditional() throws Exception {
        long t0 = System.nanoTime();
        FittedModel m = Synthesis.conditioned(copula, conditions("sex=Female", "income=>50K"), null);
        Dataset syn = TableReaders.read(write(m, 5000, 2, "female-rich.csv"));
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(5000, syn.rowCount());
        int[] all = IntStream.range(0, 5000).toArray();
        int sex = syn.indexOf("sex");
        int income = syn.indexOf("income");
        for (int r : all) {
            assertEquals("Female", syn.value(r, sex));
            assertEquals(">50K", syn.value(r, income));
        }
        int[] real = Arrays.stream(where(adult, "sex", "Female"))
                .filter(r -> ">50K".equals(adult.value(r, adult.indexOf("income")))).toArray();
        double ks = ShapeMetrics.ksComplement(numbers(adult, "age", real), numbers(syn, "age", all));
        double ksUnconditional = ShapeMetrics.ksComplement(numbers(adult, "age", real),
                numbers(adult, "age", IntStream.range(0, adult.rowCount()).toArray()));
        System.out.printf("sex=Female, income=>50K: age KSComplement %.3f (whole table: %.3f), %.2f s%n", ks,
                ksUnconditional, secs);
        assertTrue(ks >= 0.85, "age KSComplement " + ks);
    }

    @Test
    void numericRangeIsMet() throws Exception {
        FittedModel m = Synthesis.conditioned(copula, conditions("age=30..40", "hours-per-week=..20"), null);
        Dataset syn = TableReaders.read(write(m, 3000, 2, "age.csv"));
        assertEquals(3000, syn.rowCount());
        for (double a : numbers(syn, "age", IntStream.range(0, 3000).toArray())) {
            assertTrue(a >= 30 && a <= 40, "age " + a);
        }
        for (double h : numbers(syn, "hours-per-week", IntStream.range(0, 3000).toArray())) {
            assertTrue(h <= 20, "hours " + h);
        }
        Dataset open = TableReaders.read(write(Synthesis.conditioned(copula, conditions("age=60.."), null), 500, 1,
                "old.csv"));
        for (double a : numbers(open, "age", IntStream.range(0, 500).toArray())) {
            assertTrue(a >= 60, "age " + a);
        }
    }

    private double[] shares(Rebalance r, int rows) throws Exception {
        Dataset syn = TableReaders.read(write(Synthesis.conditioned(copula, List.of(), r), rows, 2, "rebalance.csv"));
        int[] rich = where(syn, "income", ">50K");
        int[] poor = where(syn, "income", "<=50K");
        assertEquals(rows, rich.length + poor.length);
        return new double[]{(double) rich.length / rows, (double) poor.length / rows};
    }

    @Test
    void rebalanceGivesEqualSharesByDefault() throws Exception {
        double[] s = shares(Rebalance.equal("income"), 5000);
        System.out.printf("rebalance income: >50K %.3f, <=50K %.3f%n", s[0], s[1]);
        assertTrue(s[0] >= 0.45 && s[0] <= 0.55, "share " + s[0]);
    }

    @Test
    void rebalanceFollowsCustomShares() throws Exception {
        double[] s = shares(Rebalance.parse("income", ">50K=0.7,<=50K=0.3"), 5000);
        System.out.printf("rebalance income 0.7/0.3: >50K %.3f%n", s[0]);
        assertTrue(s[0] >= 0.67 && s[0] <= 0.73, "share " + s[0]);
    }

    @Test
    void rebalanceWithAConditionOnAnotherColumn() throws Exception {
        Dataset syn = TableReaders.read(write(Synthesis.conditioned(copula, conditions("sex=Female"),
                Rebalance.equal("income")), 2000, 2, "rebalance-female.csv"));
        assertEquals(2000, where(syn, "sex", "Female").length);
        double rich = (double) where(syn, "income", ">50K").length / 2000;
        assertTrue(rich >= 0.45 && rich <= 0.55, "share " + rich);
    }

    /** Both models refuse the same impossible conditions with the same messages. */
    @Test
    void impossibleConditionsAreExplained() {
        FittedModel cart = Synthesis.fit("cart", adult, meta, SEED, Locale.US, ProgressListener.NONE,
                Cancellation.NEVER);
        for (FittedModel model : List.of(copula, cart)) {
            impossibleConditionsAreExplained(model);
        }
    }

    private void impossibleConditionsAreExplained(FittedModel model) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(model, conditions("income=>50K", "age=200..300"), null));
        assertEquals("condition income=>50K and age=200..300 cannot be met: no real value of age lies in 200..300",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(model, conditions("sex=Femal"), null));
        assertTrue(e.getMessage().startsWith("condition sex=Femal cannot be met: sex has no category \"Femal\""),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(model, conditions("age=40..30"), null));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(model, conditions("age=20..30", "age=31..40"), null));
        assertTrue(e.getMessage().endsWith("the conditions on age exclude each other"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(model, conditions("salary=3"), null));
        assertTrue(e.getMessage().contains("no column \"salary\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(model, conditions("age=old"), null));
        assertTrue(e.getMessage().contains("\"old\" is not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(model, List.of(), new Rebalance("income", Map.of("rich", 1.0))));
        assertTrue(e.getMessage().contains("no category \"rich\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Synthesis.conditioned(model, List.of(), Rebalance.equal("age")));
        assertTrue(e.getMessage().contains("categorical or boolean"), e.getMessage());
    }

    @Test
    void sameFileWithOneOrThreeThreads() throws Exception {
        FittedModel m = Synthesis.conditioned(copula, conditions("sex=Female", "age=30..40"),
                Rebalance.equal("income"));
        Path one = write(m, 10_000, 1, "t1.csv");
        Path three = write(m, 10_000, 3, "t3.csv");
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(three));
    }
}
