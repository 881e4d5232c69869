// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.ChartData.Distribution;
import io.semblance.core.evaluate.PairView;
import io.semblance.core.evaluate.PairViews;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.evaluate.QualityReport.PairScore;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.Session;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare step's state, driven without a window on a real run of the German credit table. */
class CompareViewModelTest {
    private static Run run;
    private Session session;
    private CompareViewModel vm;

    @BeforeAll
    static void toolkitAndRun() throws Exception {
        FxToolkit.registerPrimaryStage();
        run = CompareRuns.germanCredit();
    }

    @BeforeEach
    void setUp() throws Exception {
        session = fx(() -> new Session(new BackgroundJobs()));
        vm = fx(() -> new CompareViewModel(session));
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    private void showRun() throws Exception {
        fx(() -> {
            session.addRun(run);
            return null;
        });
        waitForPair();
    }

    private void waitForPair() throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (fx(() -> vm.pairs().busyProperty().get()) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertFalse(fx(() -> vm.pairs().busyProperty().get()), "the pair view is still being computed");
    }

    @Test
    void withoutARunThereIsNothingToShow() throws Exception {
        fx(() -> {
            assertNull(vm.runProperty().get());
            assertTrue(vm.rows().isEmpty());
            assertNull(vm.qualityProperty().get());
            assertNull(vm.distributionProperty().get());
            assertNull(vm.pairs().associationsProperty().get());
            assertNull(vm.pairs().pairProperty().get());
            return null;
        });
    }

    @Test
    void columnsComeWorstFirstWithTheReportsScoresAndTheWorstIsShown() throws Exception {
        showRun();
        List<QualityReport.ColumnScore> expected = run.report().quality().columns().stream()
                .sorted(Comparator.comparingDouble(QualityReport.ColumnScore::score)).toList();
        fx(() -> {
            assertEquals(expected.stream().map(QualityReport.ColumnScore::column).toList(),
                    vm.rows().stream().map(ColumnScoreRow::column).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).score(), vm.rows().get(i).score(), 0.0);
                assertEquals(expected.get(i).metric(), vm.rows().get(i).metric());
                assertEquals(Thresholds.defaults().get("column_shapes").level(expected.get(i).score()),
                        vm.rows().get(i).level());
            }
            assertTrue(expected.get(0).score() < expected.get(expected.size() - 1).score(), "scores differ");
            assertSame(vm.rows().get(0), vm.selectedProperty().get());
            assertEquals(expected.get(0).column(), vm.distributionProperty().get().column());
            assertEquals(run.report().quality().score(), vm.qualityProperty().get().value(), 0.0);
            assertEquals(run.report().quality().columnShapes(), vm.columnShapesProperty().get().value(), 0.0);
            assertEquals(run.report().quality().columnPairTrends(), vm.columnPairTrendsProperty().get().value(), 0.0);
            return null;
        });
    }

    @Test
    void theFilterKeepsColumnsWhoseNameContainsTheTextInAnyCase() throws Exception {
        showRun();
        fx(() -> {
            int all = vm.rows().size();
            vm.filterProperty().set("  BALANCE ");
            assertEquals(List.of("checking_balance", "savings_balance"),
                    vm.rows().stream().map(ColumnScoreRow::column).sorted().toList());
            ColumnScoreRow shown = vm.selectedProperty().get();
            vm.filterProperty().set("no such column");
            assertTrue(vm.rows().isEmpty());
            assertSame(shown, vm.selectedProperty().get(), "hiding a column keeps what is shown");
            vm.filterProperty().set("");
            assertEquals(all, vm.rows().size());
            return null;
        });
    }

    @Test
    void pickingAColumnShowsItsChartDataAndSuitsTheLayoutToItsType() throws Exception {
        showRun();
        fx(() -> {
            for (String column : List.of("amount", "purpose")) {
                ColumnScoreRow row = vm.rows().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
                vm.selectedProperty().set(row);
                Distribution expected = run.report().charts().distributions().stream()
                        .filter(d -> d.column().equals(column)).findFirst().orElseThrow();
                assertSame(expected, vm.distributionProperty().get());
                assertEquals(expected.numeric(), vm.overlaidProperty().get(), column);
            }
            assertEquals("categorical", vm.selectedProperty().get().type());
            return null;
        });
    }

    @Test
    void theWeakestCountedPairIsPickedFirstAndItsViewComesFromTheEngine() throws Exception {
        showRun();
        PairScore weakest = run.report().quality().pairs().stream().filter(PairScore::counted)
                .min(Comparator.comparingDouble(PairScore::score)).orElseThrow();
        fx(() -> {
            assertEquals(weakest, vm.pairs().pairProperty().get());
            assertEquals(run.report().charts().associations(), vm.pairs().associationsProperty().get());
            assertEquals(-run.report().charts().associations().real()[0][1]
                    + run.report().charts().associations().synthetic()[0][1],
                    vm.pairs().differenceProperty().get()[0][1], 1e-12);
            return null;
        });
        PairView view = fx(() -> vm.pairs().viewProperty().get());
        assertEquals(weakest.columnA(), view.columnA());
        assertEquals(weakest.columnB(), view.columnB());
    }

    @Test
    void pickingAPairInEitherOrderGivesTheReportsScoreAndTheEnginesView() throws Exception {
        showRun();
        fx(() -> {
            vm.pairs().select("age", "amount");
            return null;
        });
        waitForPair();
        PairScore expected = run.report().quality().pairs().stream()
                .filter(p -> p.columnA().equals("amount") && p.columnB().equals("age")).findFirst().orElseThrow();
        PairView.Scatter scatter = assertInstanceOf(PairView.Scatter.class, fx(() -> vm.pairs().viewProperty().get()));
        assertEquals(expected, fx(() -> vm.pairs().pairProperty().get()));
        PairView.Scatter direct = (PairView.Scatter) PairViews.compute(run.training(), run.synthetic(), run.metadata(),
                "amount", "age", run.report().settings().seed());
        assertTrue(Arrays.equals(direct.realX(), scatter.realX()) && Arrays.equals(direct.syntheticY(), scatter.syntheticY()));
        assertEquals(run.training().rowCount(), scatter.realRows());

        fx(() -> {
            vm.pairs().select("purpose", "housing");
            return null;
        });
        waitForPair();
        PairView.Contingency table = assertInstanceOf(PairView.Contingency.class,
                fx(() -> vm.pairs().viewProperty().get()));
        assertEquals(1.0, Arrays.stream(table.synthetic()).flatMapToDouble(Arrays::stream).sum(), 1e-9);
        assertTrue(fx(() -> vm.pairs().problemProperty().get()).isEmpty());
    }

    @Test
    void aColumnWithItselfOrAnUnknownPairIsIgnored() throws Exception {
        showRun();
        PairScore before = fx(() -> vm.pairs().pairProperty().get());
        fx(() -> {
            vm.pairs().select("age", "age");
            vm.pairs().select("age", "no such column");
            return null;
        });
        assertEquals(before, fx(() -> vm.pairs().pairProperty().get()));
    }

    @Test
    void deselectingTheRunClearsTheStep() throws Exception {
        showRun();
        fx(() -> {
            session.selectedRunProperty().set(null);
            assertTrue(vm.rows().isEmpty());
            assertNull(vm.selectedProperty().get());
            assertNull(vm.distributionProperty().get());
            assertNull(vm.columnShapesProperty().get());
            assertNull(vm.pairs().pairProperty().get());
            assertNull(vm.pairs().viewProperty().get());
            return null;
        });
    }
}
