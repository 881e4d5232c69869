// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.conditions.Rebalance;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthesis entry point: the same rows as the command line's steps, each strategy, and its checks. */
class SynthesisPlanTest {
    private static final Dataset DATA = PlanTables.people(600);
    private static final Metadata META = PlanTables.meta(DATA);
    @TempDir
    Path dir;

    private static SynthesisPlan plan(Strategy s, String model, Long rows, double holdout, List<String> sensitive,
                                      double realShare, List<Condition> conditions, Rebalance rebalance,
                                      List<String> constraints) {
        return new SynthesisPlan(s, model, rows, 11, holdout, sensitive, realShare, conditions, rebalance, constraints,
                CartOptions.defaults(), Locale.US);
    }

    private static SynthesisResult run(SynthesisPlan p, int threads) throws Exception {
        return p.execute(DATA, META, threads, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void fullSynthesisHoldsTheRowsTheCommandLineWritesForTheSameSeedOnAnyNumberOfThreads() throws Exception {
        SynthesisPlan p = plan(Strategy.FULL, "cart", 9000L, 0.2, List.of(), 0, List.of(), null, List.of());
        SynthesisResult r = run(p, 3);

        Holdout split = Holdout.split(DATA, 0.2, 11);
        FittedModel m = Synthesis.fit("cart", split.training(), META, 11, Locale.US, CartOptions.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);
        Path file = dir.resolve("cli.csv");
        new SampleWriter(2).write(m, 9000, 11, file, false, ProgressListener.NONE, Cancellation.NEVER);
        Dataset written = TableReaders.read(file);

        assertEquals(480, r.training().rowCount());
        assertEquals(120, r.holdout().rowCount());
        assertEquals(9000, r.synthetic().rowCount());
        assertEquals(DATA.names(), r.synthetic().names());
        for (int c = 0; c < DATA.columnCount(); c++) {
            assertArrayEquals(written.column(c), r.synthetic().column(c), DATA.name(c));
            assertArrayEquals(r.synthetic().column(c), run(p, 1).synthetic().column(c), DATA.name(c));
        }
        assertSame(r.model(), r.sampler(), "no conditions or constraints: the fitted model drew the rows");
        assertNull(r.realRow());
    }

    @Test
    void partialSynthesisKeepsTheTrainingRowsOtherColumnsAndRedrawsTheSensitiveOne() throws Exception {
        SynthesisResult r = run(plan(Strategy.PARTIAL, "copula", null, 0.25, List.of("income"), 0, List.of(), null,
                List.of()), 2);

        assertEquals(450, r.synthetic().rowCount());
        for (String kept : List.of("age", "sex", "city", "start", "end")) {
            int c = DATA.indexOf(kept);
            assertArrayEquals(r.training().column(c), r.synthetic().column(c), kept);
        }
        int income = DATA.indexOf("income");
        assertTrue(!Arrays.equals(r.training().column(income), r.synthetic().column(income)), "income is redrawn");
    }

    @Test
    void hybridSynthesisBuildsTheRealShareFromRealRecordsAndSaysSo() throws Exception {
        SynthesisResult r = run(plan(Strategy.HYBRID, "copula", 400L, 0, List.of("income"), 0.25, List.of(), null,
                List.of()), 2);

        assertEquals(400, r.synthetic().rowCount());
        assertEquals(100, Arrays.stream(r.realRow()).filter(x -> x >= 0).count());
        assertNull(r.holdout());
        assertEquals(List.of("100 of the 400 rows were built from real records, with generated values in the"
                + " sensitive columns; the rest are fully generated"), r.notes());
    }

    @Test
    void conditionsAndConstraintsHoldInEveryRowAndRealRowsBreakingAConstraintAreNoted() throws Exception {
        SynthesisResult r = run(plan(Strategy.FULL, "copula", 2000L, 0, List.of(), 0,
                List.of(Condition.parse("sex=F")), null, List.of("end >= start")), 2);

        int sex = DATA.indexOf("sex");
        int start = DATA.indexOf("start");
        int end = DATA.indexOf("end");
        for (int i = 0; i < r.synthetic().rowCount(); i++) {
            assertEquals("F", r.synthetic().value(i, sex));
            assertTrue(Double.parseDouble(r.synthetic().value(i, end)) >= Double.parseDouble(r.synthetic().value(i, start)));
        }
        assertEquals(List.of("2 real rows break \"end >= start\" (rows 3, 40); no generated row does"), r.notes());
        assertTrue(r.model() != r.sampler(), "the saved model is the one fitted, before conditions");
    }

    @Test
    void rebalancingGivesTheRequestedShares() throws Exception {
        SynthesisResult r = run(plan(Strategy.FULL, "copula", 4000L, 0, List.of(), 0, List.of(),
                Rebalance.parse("sex", "F=0.8,M=0.2"), List.of()), 2);
        long women = Arrays.stream(r.synthetic().column(DATA.indexOf("sex"))).filter("F"::equals).count();
        assertEquals(0.8, women / 4000.0, 0.03);
    }

    @Test
    void aCancelledRunStopsWithoutAResult() {
        Cancellation cancel = new Cancellation();
        SynthesisPlan p = plan(Strategy.FULL, "copula", 200_000L, 0, List.of(), 0, List.of(), null, List.of());
        ProgressListener cancelWhileDrawing = (f, m) -> {
            if (m != null && m.startsWith("Drawing rows")) {
                cancel.cancel();
            }
        };
        assertThrows(CancelledException.class, () -> p.execute(DATA, META, 2, cancelWhileDrawing, cancel));
    }

    @Test
    void wrongSettingsAreRefusedInOneSentenceBeforeAnythingIsFitted() {
        assertEquals("sensitive columns are redrawn by partial and hybrid synthesis only; full synthesis generates"
                + " every column", problem(plan(Strategy.FULL, "copula", null, 0, List.of("income"), 0, List.of(),
                null, List.of())));
        assertEquals("partial synthesis keeps the table's rows, so the number of rows cannot be chosen",
                problem(plan(Strategy.PARTIAL, "copula", 10L, 0, List.of("income"), 0, List.of(), null, List.of())));
        assertEquals("partial synthesis needs at least one sensitive column",
                problem(plan(Strategy.PARTIAL, "copula", null, 0, List.of(), 0, List.of(), null, List.of())));
        assertEquals("conditions and rebalancing apply to full synthesis only",
                problem(plan(Strategy.HYBRID, "copula", null, 0, List.of("income"), 0.5, List.of(),
                        Rebalance.equal("sex"), List.of())));
        assertEquals("\"sex\" has no value \"X\" to give a share", problem(plan(Strategy.FULL, "copula", null, 0,
                List.of(), 0, List.of(), new Rebalance("sex", Map.of("X", 1.0)), List.of())));
        assertEquals("constraint \"end >= finish\": unknown column \"finish\"", problem(plan(Strategy.FULL, "copula",
                null, 0, List.of(), 0, List.of(), null, List.of("end >= finish"))));
        assertEquals("a real share of 1.0 of 600 rows needs 600 real records, but only 480 are left after the"
                + " holdout", problem(plan(Strategy.HYBRID, "copula", null, 0.2, List.of("income"), 1, List.of(),
                null, List.of())));
        assertEquals("the holdout share must be at least 0 and below 1, got 1.0", problem(plan(Strategy.FULL,
                "copula", null, 1, List.of(), 0, List.of(), null, List.of())));
        assertEquals("unknown model \"gan\"; available: copula, cart", problem(plan(Strategy.FULL, "gan", null, 0,
                List.of(), 0, List.of(), null, List.of())));
    }

    private static String problem(SynthesisPlan p) {
        return assertThrows(IllegalArgumentException.class, () -> p.check(DATA, META)).getMessage();
    }
}
