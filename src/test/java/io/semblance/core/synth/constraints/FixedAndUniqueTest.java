// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.ModelFiles;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixed combinations and unique columns in full synthesis, on a small table and on adult, with both models. */
class FixedAndUniqueTest {
    @TempDir
    Path dir;

    /**
     * 2,000 rows: 40 cities with 2 to 9 zip codes each (about 220 real pairs of the 1,600 possible), a price that
     * grows with the zip, a continuous code, a die roll, and a row id.
     */
    static Dataset places() {
        SplittableRandom r = new SplittableRandom(21);
        int[] zips = new int[40];
        for (int c = 0; c < zips.length; c++) {
            zips[c] = 2 + r.nextInt(8);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int city = r.nextInt(40);
            int zip = 10000 + city * 37 + r.nextInt(zips[city]) * 3;
            double price = Math.round((zip % 97) * 10 + r.nextDouble(0, 50));
            rows.add(new String[] {"R" + (1000 + i), "city" + city, String.valueOf(zip), String.valueOf(price),
                    String.format(Locale.ROOT, "%.4f", r.nextDouble(0, 1000)), String.valueOf(1 + r.nextInt(6))});
        }
        return Dataset.ofRows("places", List.of("id", "city", "zip", "price", "code", "dice"), rows, List.of());
    }

    static Metadata placesMeta() {
        return new Metadata(List.of(ColumnMeta.of("id", SdType.ID), ColumnMeta.of("city", SdType.CATEGORICAL),
                ColumnMeta.of("zip", SdType.NUMERICAL).withInteger(true), ColumnMeta.of("price", SdType.NUMERICAL),
                ColumnMeta.of("code", SdType.NUMERICAL), ColumnMeta.of("dice", SdType.NUMERICAL).withInteger(true)),
                "id");
    }

    private static ConstraintSet set(Dataset d, Metadata meta, String... texts) {
        return ConstraintSet.of(Constraints.parseAll(List.of(texts), meta), meta, d);
    }

    private Dataset sample(FittedModel m, long rows, long seed, int threads, String name) throws Exception {
        Path out = dir.resolve(name);
        new SampleWriter(threads).write(m, rows, seed, out, true, ProgressListener.NONE, Cancellation.NEVER);
        return TableReaders.read(out);
    }

    private static FittedModel fit(ConstraintSet set, String model, long seed) {
        return set.full(set.fit(model, seed, Locale.US, CartOptions.defaults(), ProgressListener.NONE,
                Cancellation.NEVER));
    }

    private static Set<String> pairs(Dataset d, String a, String b) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < d.rowCount(); i++) {
            out.add(d.value(i, d.indexOf(a)) + "|" + d.value(i, d.indexOf(b)));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void fixedCombinationsAreRealOnesWhateverTheirNumber(String model) throws Exception {
        Dataset d = places();
        Metadata meta = placesMeta();
        ConstraintSet set = set(d, meta, "fixed(city, zip)", "price >= 0");
        Set<String> real = pairs(d, "city", "zip");
        assertTrue(real.size() > 150, real.size() + " real pairs");
        FittedModel plain = Synthesis.fit(model, d, meta, 5, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        Dataset free = sample(plain, 6000, 5, 2, "free.csv");
        Set<String> invented = pairs(free, "city", "zip");
        invented.removeAll(real);
        assertTrue(invented.size() > 50, "without the constraint the model invents pairs: " + invented.size());
        assertEquals(6000, new HashSet<>(List.of(free.column(0))).size(), "generated ids never repeat");
        Dataset syn = sample(fit(set, model, 5), 6000, 5, 2, "syn.csv");
        assertEquals(6000, syn.rowCount());
        assertEquals(d.names(), syn.names());
        assertEquals(List.of(), set.checker().violations(syn));
        assertTrue(real.containsAll(pairs(syn, "city", "zip")));
        assertTrue(pairs(syn, "city", "zip").size() > real.size() * 0.8, "most real pairs should appear");
        assertArrayEquals(free.column(0), syn.column(0), "row i keeps the generated id of its own index");
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void uniqueValuesAcrossChunks(String model) throws Exception {
        Dataset d = places();
        Metadata meta = placesMeta();
        ConstraintSet set = set(d, meta, "unique(code)", "unique(city, price)", "fixed(city, zip)");
        Dataset syn = sample(fit(set, model, 8), 20_000, 8, 3, "u.csv");
        assertEquals(20_000, syn.rowCount());
        assertEquals(List.of(), set.checker().violations(syn));
        assertEquals(20_000, new HashSet<>(List.of(syn.column(syn.indexOf("code")))).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void rulesAndUniqueColumnsAreSavedWithTheModel(String model) throws Exception {
        Dataset d = places();
        Metadata meta = placesMeta();
        List<String> texts = List.of("unique(code)", "price in 100..800", "unique(city, price)", "unique(id)");
        ConstraintSet set = set(d, meta, texts.toArray(new String[0]));
        FittedModel m = fit(set, model, 6);
        Path file = dir.resolve("m.json");
        ModelFiles.save(m, file, false);
        FittedModel loaded = ModelFiles.load(file);
        assertEquals(texts, ConstraintsJson.constraintsOf(loaded).stream().map(Constraint::text).toList());
        Dataset fitted = sample(m, 9000, 6, 2, "fitted.csv");
        Dataset syn = sample(loaded, 9000, 6, 3, "loaded.csv");
        for (int c = 1; c < d.columnCount(); c++) {
            assertArrayEquals(fitted.column(c), syn.column(c), d.name(c) + ": the same rows (ids aside, which only the"
                    + " fitting run keeps off the real ones)");
        }
        assertEquals(List.of(), set.checker().violations(syn));
        ConstraintSet few = set(d, meta, "unique(city)");
        ModelFiles.save(fit(few, model, 1), dir.resolve("few.json"), false);
        FittedModel fewLoaded = ModelFiles.load(dir.resolve("few.json"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sample(fewLoaded, 41, 1, 2, "few.csv"));
        assertEquals("constraint \"unique(city)\" cannot be met: its columns have only 40 distinct values, fewer than"
                + " the 41 rows asked", e.getMessage());
    }

    @Test
    void aVisitSequenceNamingAFixedColumnPlacesItsCombination() throws Exception {
        Dataset d = places();
        Metadata meta = placesMeta();
        ConstraintSet set = set(d, meta, "fixed(city, zip)");
        FittedModel joint = set.fit("cart", 2, Locale.US, new CartOptions(CartOptions.AUTOMATIC, true,
                List.of("price", "zip")), ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(List.of("price", "city + zip"),
                ((io.semblance.core.synth.cart.CartModel) joint).visitSequence().subList(0, 2));
        Dataset syn = sample(set.full(joint), 3000, 2, 2, "seq.csv");
        assertTrue(pairs(d, "city", "zip").containsAll(pairs(syn, "city", "zip")));
    }

    @Test
    void aModelUnderFixedCombinationsIsNotSaved() {
        Dataset d = places();
        Metadata meta = placesMeta();
        FittedModel m = fit(set(d, meta, "fixed(city, zip)", "unique(code)"), "copula", 1);
        Path file = dir.resolve("fixed.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFiles.save(m, file,
                false));
        assertEquals("a model fitted under fixed(...) constraints cannot be saved: a model file does not keep the real"
                + " combinations they allow", e.getMessage());
        assertTrue(Files.notExists(file));
    }

    @Test
    void aCategoricalColumnWithTooFewValuesIsRefusedUpFront() {
        Dataset d = places();
        Metadata meta = placesMeta();
        ConstraintSet set = set(d, meta, "unique(city)");
        FittedModel m = fit(set, "copula", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sample(m, 41, 1, 2, "few.csv"));
        assertEquals("constraint \"unique(city)\" cannot be met: its columns have only 40 distinct values, fewer than"
                + " the 41 rows asked", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void aNumericColumnThatRunsOutOfValuesFailsClearly(String model) {
        Dataset d = places();
        Metadata meta = placesMeta();
        ConstraintSet set = set(d, meta, "unique(dice)");
        FittedModel m = fit(set, model, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sample(m, 50, 1, 2, "dice.csv"));
        assertTrue(e.getMessage().startsWith("the constraint(s) \"unique(dice)\" cannot be met: the model supplies"
                + " too few distinct values"), e.getMessage());
    }

    @Test
    void theSameSeedGivesTheSameFileWithAnyNumberOfThreads() throws Exception {
        Dataset d = places();
        Metadata meta = placesMeta();
        ConstraintSet set = set(d, meta, "fixed(city, zip)", "unique(code)", "price in 100..800", "unique(city, price)");
        for (String model : Synthesis.MODELS) {
            FittedModel m = fit(set, model, 4);
            for (int threads : new int[] {1, 4}) {
                new SampleWriter(threads).write(m, 15_000, 4, dir.resolve(threads + ".csv"), true,
                        ProgressListener.NONE, Cancellation.NEVER);
            }
            assertArrayEquals(Files.readAllBytes(dir.resolve("1.csv")), Files.readAllBytes(dir.resolve("4.csv")),
                    model);
            assertEquals(List.of(), set.checker().violations(TableReaders.read(dir.resolve("1.csv"))), model);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void adultWithFixedCombinationsAndAUniqueColumn(String model) throws Exception {
        Dataset real = TableReaders.read(Fixtures.ADULT.path());
        Metadata meta = Synthesis.detect(real, ProgressListener.NONE, Cancellation.NEVER);
        ConstraintSet set = set(real, meta, "fixed(native-country, race)", "fixed(education, education-num)",
                "unique(fnlwgt)", "age in 18..80");
        assertEquals(List.of(), set.violations().stream().filter(v -> !(v.constraint() instanceof Constraint.Rule)
                && !(v.constraint() instanceof Constraint.Unique)).toList());
        long start = System.nanoTime();
        Dataset syn = sample(fit(set, model, 20261122L), real.rowCount(), 20261122L, 2, "adult.csv");
        System.out.printf("adult %s, two fixed groups, unique fnlwgt, age range: %.1f s%n", model,
                (System.nanoTime() - start) / 1e9);
        assertEquals(real.rowCount(), syn.rowCount());
        assertEquals(List.of(), set.checker().violations(syn));
        Set<String> realPairs = pairs(real, "native-country", "race");
        Set<String> synPairs = pairs(syn, "native-country", "race");
        assertTrue(realPairs.containsAll(synPairs));
        System.out.printf("adult %s: %d of %d real country x race pairs appear%n", model, synPairs.size(),
                realPairs.size());
    }
}
