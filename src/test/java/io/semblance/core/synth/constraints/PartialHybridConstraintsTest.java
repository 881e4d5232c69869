// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.core.synth.hybrid.HybridSynthesis;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Partial and hybrid synthesis of adult under constraints: a range on a redrawn column, a fixed combination of a
 * kept and a redrawn column, a comparison of a redrawn column with a kept one (many real rows break it), a unique
 * redrawn column, and a rule on a kept column only (real rows break it; partial cannot mend those rows).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartialHybridConstraintsTest {
    private static final long SEED = 20261122L;
    private static final List<String> SENSITIVE = List.of("relationship", "hours-per-week", "fnlwgt", "income");
    private static final List<String> RULES = List.of("hours-per-week in 10..80", "fixed(sex, relationship)",
            "hours-per-week <= age", "unique(fnlwgt)", "age <= 75");
    @TempDir
    static Path dir;
    Dataset adult;
    Metadata meta;
    ConstraintSet set;

    @BeforeAll
    void read() throws Exception {
        adult = TableReaders.read(Fixtures.ADULT.path());
        meta = Synthesis.detect(adult, ProgressListener.NONE, Cancellation.NEVER);
        set = ConstraintSet.of(Constraints.parseAll(RULES, meta), meta, adult);
    }

    private long broken(Dataset d, String rule) {
        return set.checker().violations(d).stream().filter(v -> v.constraint().text().equals(rule))
                .mapToLong(Violations::count).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void partialMeetsEveryConstraintItCanAndKeepsTheRest(String model) throws Exception {
        for (String rule : RULES.subList(2, RULES.size())) {
            assertTrue(broken(adult, rule) > 0, "real rows should break " + rule);
        }
        long t0 = System.nanoTime();
        ConstraintSet.Partial p = set.partial(model, SENSITIVE, SEED, Locale.US, CartOptions.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(List.of("age <= 75"), p.unenforced().stream().map(Constraint::text).toList());
        Path one = dir.resolve(model + "-1.csv");
        Path three = dir.resolve(model + "-3.csv");
        new SampleWriter(1).write(p.model(), adult.rowCount(), SEED, one, true, ProgressListener.NONE,
                Cancellation.NEVER);
        System.out.printf("partial %s on adult under %d constraints: %.1f s%n", model, RULES.size(),
                (System.nanoTime() - t0) / 1e9);
        new SampleWriter(3).write(p.model(), adult.rowCount(), SEED, three, true, ProgressListener.NONE,
                Cancellation.NEVER);
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(three));
        Dataset syn = TableReaders.read(one);
        assertEquals(adult.rowCount(), syn.rowCount());
        List<Violations> left = set.checker().violations(syn);
        assertEquals(1, left.size(), left.toString());
        assertEquals(broken(adult, "age <= 75"), left.get(0).count());
        assertEquals("age <= 75", left.get(0).constraint().text());
        int age = adult.indexOf("age");
        int sex = adult.indexOf("sex");
        for (int i = 0; i < adult.rowCount(); i++) {
            assertEquals(adult.value(i, age), syn.value(i, age));
            assertEquals(adult.value(i, sex), syn.value(i, sex));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void hybridRowsAllMeetTheConstraints(String model) throws Exception {
        var fitted = set.full(set.fit(model, SEED, Locale.US, CartOptions.defaults(), ProgressListener.NONE,
                Cancellation.NEVER));
        long t0 = System.nanoTime();
        HybridSynthesis.Result r = HybridSynthesis.build(fitted, adult, meta, SENSITIVE, 0.5, adult.rowCount(), SEED,
                2, set.checker(), ProgressListener.NONE, Cancellation.NEVER);
        System.out.printf("hybrid %s on adult under %d constraints: %.1f s%n", model, RULES.size(),
                (System.nanoTime() - t0) / 1e9);
        assertEquals(Math.round(0.5 * adult.rowCount()), r.hybridRows());
        assertEquals(List.of(), set.checker().violations(r.table()));
        int age = adult.indexOf("age");
        for (int row = 0; row < r.realRow().length; row++) {
            if (r.realRow()[row] >= 0) {
                assertEquals(adult.value(r.realRow()[row], age), r.table().value(row, age));
            }
        }
        HybridSynthesis.Result again = HybridSynthesis.build(fitted, adult, meta, SENSITIVE, 0.5, adult.rowCount(),
                SEED, 1, set.checker(), ProgressListener.NONE, Cancellation.NEVER);
        assertArrayEquals(r.realRow(), again.realRow());
        for (int c = 0; c < adult.columnCount(); c++) {
            assertArrayEquals(r.table().column(c), again.table().column(c), adult.name(c));
        }
    }
}
