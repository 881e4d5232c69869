// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.common.DialogService;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.CancelledException;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.synth.Strategy;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.privacy.PrivacyViewModel;
import io.semblance.ui.privacy.QiGauge;
import io.semblance.ui.session.Run;
import io.semblance.ui.synthesize.RunEngine;
import io.semblance.ui.synthesize.SynthesisForm;
import io.semblance.ui.synthesize.SynthesizeViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Synthesize step without a window: defaults, checks, runs kept in the session, Cancel. */
class SynthesizeViewModelTest {
    @TempDir
    Path dir;
    private WorkbenchViewModel workbench;
    private SynthesizeViewModel vm;
    private SynthesisForm form;
    private final List<Run> announced = new ArrayList<>();
    private final CountDownLatch evaluating = new CountDownLatch(1);
    private volatile boolean holdDuringEvaluation;
    private volatile Throwable engineEnded;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    /** The real engine; when asked, it waits once the evaluation starts until the job is cancelled. */
    private RunEngine engine() {
        RunEngine real = RunEngine.standard("test");
        return (plan, data, meta, limits, files, progress, cancel) -> {
            try {
                return real.run(plan, data, meta, limits, files, (f, m) -> {
                    progress.progress(f, m);
                    if (holdDuringEvaluation && f > RunEngine.SYNTHESIS_SHARE) {
                        evaluating.countDown();
                        long end = System.currentTimeMillis() + 15_000;
                        while (!cancel.isCancelled() && System.currentTimeMillis() < end) {
                            Thread.onSpinWait();
                        }
                    }
                }, cancel);
            } catch (Exception | Error e) {
                engineEnded = e;
                throw e;
            }
        };
    }

    @BeforeEach
    void setUp() throws Exception {
        workbench = Fx.call(() -> new WorkbenchViewModel(new DefaultEngine(Locale.US), ScriptedDialogs.of(DialogService.class).fake(),
                new BackgroundJobs()));
        Path table = Tables.people(dir, "people.csv", 300);
        Fx.run(() -> workbench.load(table));
        Fx.waitUntil("the table is open", () -> workbench.datasetProperty().get() != null);
        vm = Fx.call(() -> new SynthesizeViewModel(workbench.session(), Locale.US, engine(), announced::add));
        form = vm.form();
    }

    private Run generateAndWait() throws Exception {
        int before = Fx.call(() -> vm.runs().size());
        Fx.run(() -> {
            assertTrue(vm.canGenerateProperty().get(), vm.problemProperty().get());
            vm.generate();
        });
        Fx.waitUntil("the run ends", () -> !workbench.job().busyProperty().get());
        return Fx.call(() -> {
            assertEquals("", vm.failureProperty().get());
            assertEquals(before + 1, vm.runs().size());
            return vm.runs().get(before);
        });
    }

    @Test
    void aReopenedProjectsRunsAreMadeAgainWithTheSameRowsAndDerivedOnesAreLeftOut() throws Exception {
        Fx.run(() -> {
            form.strategyProperty().set(io.semblance.core.synth.Strategy.FULL);
            form.rowsProperty().set("120");
            form.seedProperty().set("77");
            form.constraintsProperty().set("");
        });
        Run first = generateAndWait();
        Fx.run(() -> {
            form.modelProperty().set("cart");
            form.seedProperty().set("78");
        });
        Run second = generateAndWait();
        var saved = List.of(new io.semblance.ui.project.ProjectFile.SavedRun(1, first.settings(), null),
                new io.semblance.ui.project.ProjectFile.SavedRun(2, second.settings(), null),
                new io.semblance.ui.project.ProjectFile.SavedRun(3, second.settings(), "from run 2: dropped 4 rows"));
        int before = Fx.call(() -> vm.runs().size());

        Fx.run(() -> vm.regenerate(saved));
        Fx.waitUntil("both runs are made again", () -> vm.runs().size() == before + 2
                && !workbench.job().busyProperty().get());

        Fx.run(() -> {
            Run again1 = vm.runs().get(before);
            Run again2 = vm.runs().get(before + 1);
            assertEquals(first.settings(), again1.settings());
            assertEquals(second.settings(), again2.settings());
            for (int c = 0; c < first.synthetic().columnCount(); c++) {
                assertArrayEquals(first.synthetic().column(c), again1.synthetic().column(c));
                assertArrayEquals(second.synthetic().column(c), again2.synthetic().column(c));
            }
            assertTrue(workbench.statusProperty().get().startsWith("Run"), workbench.statusProperty().get());
        });
    }

    @Test
    void startsWithFullCopulaSynthesisOfTheTableSizeAFreshSeedAndA20PercentHoldout() throws Exception {
        Fx.run(() -> {
            assertEquals(Strategy.FULL, form.strategyProperty().get());
            assertEquals("copula", form.modelProperty().get());
            assertEquals("300", form.rowsProperty().get());
            assertEquals(0.2, form.holdoutProperty().get());
            assertEquals(List.of("income"), form.sensitive(), "the column whose role is sensitive");
            assertEquals("", vm.problemProperty().get());
            assertTrue(vm.canGenerateProperty().get());
            assertEquals("The table has 300 rows.", vm.rowsHintProperty().get());
        });
        String seed = Fx.call(() -> form.seedProperty().get());
        Long.parseLong(seed);
        Fx.run(form::newSeed);
        assertNotEquals(seed, Fx.call(() -> form.seedProperty().get()));
    }

    @Test
    void wrongSettingsAreExplainedInPlainWordsAndBlockGenerate() throws Exception {
        Fx.run(() -> {
            form.rowsProperty().set("many");
            assertEquals("Rows must be a whole number of at least 1, not \"many\".", vm.problemProperty().get());
            assertFalse(vm.canGenerateProperty().get());
            form.strategyProperty().set(Strategy.PARTIAL);
            assertEquals("", vm.problemProperty().get(), "partial keeps the table's rows: the field is not read");
            assertEquals("Partial synthesis keeps the 240 real rows the model learns from.", vm.rowsHintProperty().get());
            form.setSensitive("income", false);
            assertEquals("Partial synthesis needs at least one sensitive column", vm.problemProperty().get());

            form.strategyProperty().set(Strategy.FULL);
            form.rowsProperty().set("1,000");
            form.seedProperty().set("1.5");
            assertEquals("The seed must be a whole number, not \"1.5\".", vm.problemProperty().get());
            form.seedProperty().set("7");
            form.constraintsProperty().set("age >= 18\nincome <= salary");
            assertEquals("Constraint \"income <= salary\": unknown column \"salary\"", vm.constraintsProblemProperty().get());
            assertEquals(vm.constraintsProblemProperty().get(), vm.problemProperty().get());
            form.constraintsProperty().set("age >= 18");
            assertEquals("", vm.constraintsProblemProperty().get());
            form.addCondition();
            assertEquals("", vm.problemProperty().get(), "an empty condition line is ignored");
            form.conditions().get(0).columnProperty().set("sex");
            assertEquals("Give a value for the condition on \"sex\".", vm.problemProperty().get());
            form.conditions().get(0).valueProperty().set("F");
            form.modelProperty().set("cart");
            form.minLeafProperty().set("0");
            assertEquals("The smallest leaf must be a whole number of at least 1, or blank for automatic, not \"0\".",
                    vm.problemProperty().get());
            form.minLeafProperty().set("");
            assertEquals("", vm.problemProperty().get());
            assertTrue(vm.canGenerateProperty().get());
        });
    }

    @Test
    void aRunIsKeptInTheSessionWithItsReportSelectedAndAnnounced() throws Exception {
        Fx.run(() -> form.seedProperty().set("42"));
        Run run = generateAndWait();

        assertEquals(1, run.number());
        assertEquals(300, run.synthetic().rowCount());
        assertEquals(240, run.training().rowCount());
        assertEquals(60, run.holdout().rowCount());
        assertEquals(42, run.settings().seed());
        assertEquals("full", run.settings().strategy());
        assertTrue(run.report().quality().score() > 0.5, "evaluated");
        assertTrue(run.elapsed().toNanos() > 0);
        assertEquals(List.of(run), announced);
        Fx.run(() -> {
            assertSame(run, vm.selectedRunProperty().get());
            assertEquals("Run 1 made 300 rows (seed 42)", workbench.statusProperty().get());
        });

        Run again = generateAndWait();
        assertEquals(2, again.number());
        for (int c = 0; c < run.synthetic().columnCount(); c++) {
            assertArrayEquals(run.synthetic().column(c), again.synthetic().column(c), "same settings, same rows");
        }
    }

    @Test
    void aLimitSetOnAPrivacyGaugeJudgesTheNextRunToo() throws Exception {
        Fx.run(() -> {
            for (String qi : List.of("age", "sex", "city")) {
                workbench.setRole(qi, ColumnRole.QUASI_IDENTIFIER);
            }
            form.seedProperty().set("5");
        });
        Run first = generateAndWait();
        PrivacyViewModel privacy = Fx.call(() -> new PrivacyViewModel(workbench.session(), new BackgroundJobs()));
        double value = metric(first, "highest_risk").value();
        Threshold standard = Thresholds.defaults().get("highest_risk");
        // a limit that judges this value otherwise than the default does
        Threshold chosen = standard.level(value) == Level.RED ? new Threshold(1, 1, false) : new Threshold(0, 0, false);
        assertTrue(value > 0, "highest risk " + value);
        Fx.run(() -> {
            QiGauge g = privacy.gauges().stream().filter(x -> x.key().equals("highest_risk")).findFirst()
                    .orElseThrow();
            g.redProperty().set(chosen.red());
            g.greenProperty().set(chosen.green());
            assertEquals(chosen, workbench.session().limitsProperty().get().get("highest_risk"));
        });

        Run second = generateAndWait();

        assertEquals(Thresholds.defaults(), first.thresholds(), "a run made before keeps the limits it was judged by");
        assertEquals(Thresholds.defaults().with("highest_risk", chosen), second.thresholds());
        MetricResult judged = metric(second, "highest_risk");
        assertEquals(value, judged.value(), 0, "same settings and seed, same rows");
        assertEquals(chosen.level(value), judged.level());
        assertNotEquals(standard.level(value), judged.level(), "the defaults would judge " + value + " otherwise");
        Fx.run(() -> assertEquals(chosen, privacy.gauges().stream().filter(x -> x.key().equals("highest_risk"))
                .findFirst().orElseThrow().threshold(), "the new run's gauge shows the same limit"));
    }

    private static MetricResult metric(Run run, String key) {
        return run.report().privacy().metrics().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void cancellingMidRunKeepsNoRun() throws Exception {
        holdDuringEvaluation = true;
        Fx.run(vm::generate);
        assertTrue(evaluating.await(20, TimeUnit.SECONDS), "the evaluation started");
        Fx.run(() -> assertTrue(vm.runningProperty().get()));
        Fx.run(workbench::cancel);

        Fx.waitUntil("the engine stops", () -> engineEnded != null);
        assertTrue(engineEnded instanceof CancelledException, String.valueOf(engineEnded));
        Thread.sleep(100);
        Fx.run(() -> {
            assertTrue(vm.runs().isEmpty());
            assertNull(vm.selectedRunProperty().get());
            assertEquals("Synthesis cancelled; no run was kept", workbench.statusProperty().get());
            assertEquals("", vm.failureProperty().get());
        });
        assertTrue(announced.isEmpty());
    }

    @Test
    void partialSynthesisKeepsEveryNonSensitiveColumnOfTheTrainingRows() throws Exception {
        Fx.run(() -> form.strategyProperty().set(Strategy.PARTIAL));
        Run run = generateAndWait();

        Dataset real = run.training();
        assertEquals(real.rowCount(), run.synthetic().rowCount());
        for (String kept : List.of("age", "sex", "city")) {
            int c = real.indexOf(kept);
            assertArrayEquals(real.column(c), run.synthetic().column(c), kept);
        }
        int income = real.indexOf("income");
        assertFalse(Arrays.equals(real.column(income), run.synthetic().column(income)), "income is generated");
        assertEquals(List.of("income"), run.settings().sensitive());
    }

    @Test
    void aColumnMarkedIdentifierNeverShowsARealValue() throws Exception {
        Fx.run(() -> workbench.setRole("city", ColumnRole.IDENTIFIER));
        Run run = generateAndWait();

        Dataset d = Fx.call(() -> workbench.datasetProperty().get());
        Set<String> real = new HashSet<>(Arrays.asList(d.column(d.indexOf("city"))));
        real.remove(null);
        for (String city : run.synthetic().column(d.indexOf("city"))) {
            assertFalse(real.contains(city), city);
        }
    }

    @Test
    void sensitiveColumnsFollowTheRolesUntilTheStewardPicksThem() throws Exception {
        Fx.run(() -> {
            workbench.setRole("age", ColumnRole.SENSITIVE);
            assertEquals(List.of("age", "income"), form.sensitive());
            form.setSensitive("age", false);
            workbench.setRole("sex", ColumnRole.SENSITIVE);
            assertEquals(List.of("income"), form.sensitive(), "picked by hand: the roles no longer decide");
            workbench.setRole("income", ColumnRole.IDENTIFIER);
            assertEquals(List.of(), form.sensitive(), "an identifier is not modelled, so it cannot be redrawn");
        });
    }
}
