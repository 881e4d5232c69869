// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.ShapeMetrics;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Numbers;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConstrainedSynthesisTest {
    @TempDir
    Path dir;

    /** b = a + a positive gap, except rows 4, 50 and 300 (1-based), where b < a. */
    static Dataset pairs() {
        SplittableRandom r = new SplittableRandom(7);
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            double a = Math.round(r.nextDouble(0, 100) * 10) / 10.0;
            double gap = Math.round(r.nextDouble(0.5, 20) * 10) / 10.0;
            double b = i == 4 || i == 50 || i == 300 ? a - gap : a + gap;
            rows.add(new String[] {String.valueOf(a), String.valueOf(Math.round(b * 10) / 10.0),
                    r.nextBoolean() ? "x" : "y"});
        }
        return Dataset.ofRows("pairs", List.of("a", "b", "g"), rows, List.of());
    }

    static Metadata pairsMeta() {
        return new Metadata(List.of(ColumnMeta.of("a", SdType.NUMERICAL), ColumnMeta.of("b", SdType.NUMERICAL),
                ColumnMeta.of("g", SdType.CATEGORICAL)), null);
    }

    private Dataset sample(FittedModel m, long rows, long seed, int threads, String name) throws Exception {
        Path out = dir.resolve(name);
        new SampleWriter(threads).write(m, rows, seed, out, true, ProgressListener.NONE, Cancellation.NEVER);
        return TableReaders.read(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void violationsAreReportedAndTheOutputMeetsTheConstraint(String model) throws Exception {
        Dataset d = pairs();
        Metadata meta = pairsMeta();
        Checker ch = Constraints.bind(Constraints.parseAll(List.of("b >= a"), meta), meta, d);
        List<Violations> v = ch.violations(d);
        assertEquals(1, v.size());
        assertEquals("3 real rows break \"b >= a\" (rows 4, 50, 300)", v.get(0).describe());
        FittedModel fitted = Synthesis.fit(model, d, meta, 11, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        Dataset plain = sample(fitted, 9000, 11, 2, "plain.csv");
        Dataset syn = sample(new ConstrainedModel(fitted, ch), 9000, 11, 2, "syn.csv");
        assertTrue(ch.violations(plain).size() == 1, "the unconstrained model should break it sometimes");
        assertEquals(9000, syn.rowCount());
        assertEquals(List.of(), ch.violations(syn));
        assertEquals(d.names(), syn.names());
    }

    @Test
    void theSameSeedGivesTheSameFileWithAnyNumberOfThreads() throws Exception {
        Dataset d = pairs();
        Metadata meta = pairsMeta();
        Checker ch = Constraints.bind(Constraints.parseAll(List.of("b >= a", "a in 10..90"), meta), meta, d);
        for (String model : Synthesis.MODELS) {
            FittedModel m = new ConstrainedModel(Synthesis.fit(model, d, meta, 3, Locale.US, ProgressListener.NONE,
                    Cancellation.NEVER), ch);
            new SampleWriter(1).write(m, 10_000, 3, dir.resolve("one.csv"), true, ProgressListener.NONE, Cancellation.NEVER);
            new SampleWriter(3).write(m, 10_000, 3, dir.resolve("three.csv"), true, ProgressListener.NONE, Cancellation.NEVER);
            assertArrayEquals(Files.readAllBytes(dir.resolve("one.csv")), Files.readAllBytes(dir.resolve("three.csv")),
                    model);
            assertEquals(List.of(), ch.violations(TableReaders.read(dir.resolve("one.csv"))));
        }
    }

    @Test
    void constraintsAlmostNeverMetAreRefused() {
        Dataset d = pairs();
        Metadata meta = pairsMeta();
        Checker ch = Constraints.bind(Constraints.parseAll(List.of("a in 0..1", "b <= 0"), meta), meta, d);
        FittedModel m = new ConstrainedModel(Synthesis.fit("copula", d, meta, 3, Locale.US, ProgressListener.NONE,
                Cancellation.NEVER), ch);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.writeChunk(3, 0, 100, new io.semblance.core.io.ByteOut(1024)));
        assertTrue(e.getMessage().startsWith("the constraints \"a in 0..1\", \"b <= 0\" are met by only"), e.getMessage());
    }

    @Test
    void adultWithinAnAgeRangeKeepsTheAgeShape() throws Exception {
        Dataset real = TableReaders.read(Fixtures.ADULT.path());
        Metadata meta = Synthesis.detect(real, ProgressListener.NONE, Cancellation.NEVER);
        Checker ch = Constraints.bind(
                Constraints.parseAll(List.of("age in 20..60", "hours-per-week >= 10"), meta), meta, real);
        FittedModel m = new ConstrainedModel(Synthesis.fit("copula", real, meta, 20261122L, Locale.US,
                ProgressListener.NONE, Cancellation.NEVER), ch);
        Dataset syn = sample(m, real.rowCount(), 20261122L, 4, "adult.csv");
        assertEquals(real.rowCount(), syn.rowCount());
        assertEquals(List.of(), ch.violations(syn));
        double[] realAges = Arrays.stream(real.column(real.indexOf("age"))).mapToDouble(Numbers::parse)
                .filter(a -> a >= 20 && a <= 60).toArray();
        double[] synAges = Arrays.stream(syn.column(syn.indexOf("age"))).mapToDouble(Numbers::parse).toArray();
        double ks = ShapeMetrics.ksComplement(realAges, synAges);
        System.out.printf("adult, age in 20..60 and hours-per-week >= 10: age KSComplement %.3f%n", ks);
        assertTrue(ks >= 0.9, "age KSComplement " + ks);
    }
}
