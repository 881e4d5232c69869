// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.partial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.PairMetrics;
import io.semblance.core.evaluate.ShapeMetrics;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.Numbers;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Partial synthesis of adult with income, hours-per-week and fnlwgt sensitive, for both models. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartialAdultTest {
    private static final long SEED = 20261122L;
    private static final List<String> SENSITIVE = List.of("income", "hours-per-week", "fnlwgt");
    @TempDir
    static Path dir;
    Dataset adult;
    Metadata meta;
    final Map<String, FittedModel> models = new HashMap<>();
    final Map<String, Dataset> outputs = new HashMap<>();
    final Map<String, Double> fullContingency = new HashMap<>();

    @BeforeAll
    void fit() throws Exception {
        adult = TableReaders.read(Fixtures.ADULT.path());
        meta = Synthesis.detect(adult, ProgressListener.NONE, Cancellation.NEVER);
        for (String model : List.of("copula", "cart")) {
            long t0 = System.nanoTime();
            FittedModel m = partial(model, SENSITIVE);
            Path out = write(m, SEED, 2, model + ".csv");
            System.out.printf("partial %s on adult: %.1f s%n", model, (System.nanoTime() - t0) / 1e9);
            models.put(model, m);
            outputs.put(model, TableReaders.read(out));
            FittedModel full = Synthesis.fit(model, adult, meta, SEED, Locale.US, ProgressListener.NONE,
                    Cancellation.NEVER);
            fullContingency.put(model, incomeByRelationship(TableReaders.read(write(full, SEED, 2, model + "-full.csv"))));
        }
    }

    private FittedModel partial(String model, List<String> sensitive) {
        return Synthesis.partial(model, adult, meta, sensitive, SEED, Locale.US, CartOptions.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);
    }

    private Path write(FittedModel m, long seed, int threads, String name) throws Exception {
        Path out = dir.resolve(name);
        new SampleWriter(threads).write(m, adult.rowCount(), seed, out, true, ProgressListener.NONE,
                Cancellation.NEVER);
        return out;
    }

    private double incomeByRelationship(Dataset syn) {
        int inc = adult.indexOf("income");
        int rel = adult.indexOf("relationship");
        return PairMetrics.contingencySimilarity(adult.column(inc), adult.column(rel), syn.column(inc), syn.column(rel));
    }

    private static double[] numbers(String[] text) {
        return Arrays.stream(text).mapToDouble(s -> s == null ? Double.NaN : Numbers.parse(s))
                .filter(v -> !Double.isNaN(v)).toArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void keepsEveryOtherColumnRowForRow(String model) {
        Dataset syn = outputs.get(model);
        assertEquals(adult.names(), syn.names());
        assertEquals(adult.rowCount(), syn.rowCount());
        for (int c = 0; c < adult.columnCount(); c++) {
            String name = adult.name(c);
            if (!SENSITIVE.contains(name) && meta.column(name).orElseThrow().isModelled()) {
                assertArrayEquals(adult.column(c), syn.column(c), name);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void redrawsTheSensitiveColumnsKeepingTheirShapeAndAssociations(String model) {
        Dataset syn = outputs.get(model);
        int f = adult.indexOf("fnlwgt");
        String[] real = adult.column(f);
        String[] drawn = syn.column(f);
        int equal = 0;
        for (int r = 0; r < real.length; r++) {
            equal += java.util.Objects.equals(real[r], drawn[r]) ? 1 : 0;
        }
        double share = (double) equal / real.length;
        double ks = ShapeMetrics.ksComplement(numbers(real), numbers(drawn));
        int inc = adult.indexOf("income");
        int rel = adult.indexOf("relationship");
        double contingency = PairMetrics.contingencySimilarity(adult.column(inc), adult.column(rel),
                syn.column(inc), syn.column(rel));
        double vReal = PairMetrics.cramersV(adult.column(inc), adult.column(rel));
        double vSyn = PairMetrics.cramersV(syn.column(inc), syn.column(rel));
        int h = adult.indexOf("hours-per-week");
        double ksHours = ShapeMetrics.ksComplement(numbers(adult.column(h)), numbers(syn.column(h)));
        System.out.printf("partial %s: fnlwgt equal %.4f, fnlwgt KS %.4f, hours KS %.4f, income×relationship"
                + " contingency %.4f (full synthesis %.4f), Cramér's V real %.3f synthetic %.3f%n", model, share, ks,
                ksHours, contingency, fullContingency.get(model), vReal, vSyn);
        assertTrue(share <= 0.25, "fnlwgt equal in " + share);
        assertTrue(ks >= 0.9, "fnlwgt KS " + ks);
        assertTrue(ksHours >= 0.9, "hours-per-week KS " + ksHours);
        if (model.equals("cart")) {
            assertTrue(contingency >= 0.9, "contingency " + contingency);
            assertTrue(Math.abs(vReal - vSyn) <= 0.05, "Cramér's V " + vReal + " vs " + vSyn);
        } else {
            // a Gaussian copula keeps only the monotone part of a categorical association (full synthesis scores
            // about 0.88 here); conditioning on the real row must do at least as well
            assertTrue(contingency >= 0.85 && contingency >= fullContingency.get(model) - 0.01,
                    "contingency " + contingency + ", full synthesis " + fullContingency.get(model));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void sameSeedSameBytesWhateverTheThreadsAndOtherSeedsDiffer(String model) throws Exception {
        FittedModel m = models.get(model);
        byte[] one = Files.readAllBytes(write(m, 7, 1, model + "-1.csv"));
        byte[] three = Files.readAllBytes(write(m, 7, 3, model + "-3.csv"));
        byte[] other = Files.readAllBytes(write(m, 8, 3, model + "-8.csv"));
        assertArrayEquals(one, three);
        assertFalse(Arrays.equals(one, other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void refusesUnknownAndGeneratedSensitiveColumns(String model) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> partial(model, List.of("income", "salary")));
        assertEquals("the table has no column \"salary\" to treat as sensitive", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> partial(model, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void identifierColumnsAreGeneratedAndCannotBeSensitive(String model) throws Exception {
        Metadata withId = meta.with(meta.column("fnlwgt").orElseThrow().withRole(
                io.semblance.core.model.ColumnRole.IDENTIFIER));
        assertFalse(withId.column("fnlwgt").orElseThrow().isModelled());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Synthesis.partial(model,
                adult, withId, List.of("fnlwgt"), SEED, Locale.US, CartOptions.defaults(), ProgressListener.NONE,
                Cancellation.NEVER));
        assertTrue(e.getMessage().startsWith("the column(s) \"fnlwgt\" are identifiers"), e.getMessage());
        FittedModel m = Synthesis.partial(model, adult, withId, Set.of("income"), SEED, Locale.US,
                CartOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        Dataset syn = TableReaders.read(write(m, SEED, 2, model + "-id.csv"));
        int f = adult.indexOf("fnlwgt");
        long same = java.util.stream.IntStream.range(0, adult.rowCount())
                .filter(r -> java.util.Objects.equals(adult.value(r, f), syn.value(r, f))).count();
        assertTrue(same < adult.rowCount() / 100, "generated fnlwgt equal in " + same + " rows");
        assertArrayEquals(adult.column(adult.indexOf("age")), syn.column(adult.indexOf("age")));
    }

    @org.junit.jupiter.api.Test
    void copulaColumnsDerivedFromASensitiveOneFollowIt() throws Exception {
        // education-num follows exactly from education: redrawing education redraws it consistently
        FittedModel m = partial("copula", List.of("education"));
        Dataset syn = TableReaders.read(write(m, SEED, 2, "education.csv"));
        int ed = adult.indexOf("education");
        int num = adult.indexOf("education-num");
        Map<String, String> numOf = new HashMap<>();
        long changed = 0;
        for (int r = 0; r < adult.rowCount(); r++) {
            numOf.put(adult.value(r, ed), adult.value(r, num));
            changed += adult.value(r, ed).equals(syn.value(r, ed)) ? 0 : 1;
        }
        for (int r = 0; r < syn.rowCount(); r++) {
            assertEquals(numOf.get(syn.value(r, ed)), syn.value(r, num));
        }
        assertTrue(changed > adult.rowCount() / 4, "education changed in " + changed + " rows");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> partial("copula", List.of("education-num")));
        assertTrue(e.getMessage().contains("\"education-num\" follow exactly from another column"), e.getMessage());
    }
}
