// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import static io.semblance.ui.privacy.PrivacyRuns.fx;
import static io.semblance.ui.privacy.PrivacyRuns.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.privacy.Remediation;
import io.semblance.core.privacy.RowRisks;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The Privacy step's state, driven without a window on runs made as the workbench makes them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyViewModelTest {
    @TempDir
    static Path dir;
    private Run run;
    private Session session;
    private PrivacyViewModel vm;

    @BeforeAll
    void makeARun() throws Exception {
        FxToolkit.registerPrimaryStage();
        run = PrivacyRuns.make(dir, 400, 0.25, true, 7);
    }

    @BeforeEach
    void setUp() throws Exception {
        session = fx(() -> new Session(new BackgroundJobs()));
        vm = fx(() -> new PrivacyViewModel(session, new BackgroundJobs()));
    }

    private void show(Run r) throws Exception {
        fx(() -> {
            session.addRun(r);
            return null;
        });
        until(() -> vm.rows().risksProperty().get() != null);
    }

    /** Remediates the run shown (there must be rows to drop) and waits for the new run, which it returns. */
    private Run remediate() throws Exception {
        assertTrue(fx(vm.canRemediateProperty()::get));
        fx(() -> {
            vm.remediate();
            return null;
        });
        until(() -> session.runs().size() == 2 && !session.job().busyProperty().get());
        return fx(session.selectedRunProperty()::get);
    }

    /** The gauge of the highest re-identification risk; on the FX thread. */
    private QiGauge highestRisk() {
        return vm.gauges().stream().filter(x -> x.key().equals("highest_risk")).findFirst().orElseThrow();
    }

    private List<RiskCard> cards() throws Exception {
        return fx(() -> Stream.concat(vm.distanceCards().stream(), vm.disclosureCards().stream()).toList());
    }

    @Test
    void withoutARunThereIsNothingToShow() throws Exception {
        assertNull(fx(vm.runProperty()::get));
        assertTrue(cards().isEmpty());
        assertTrue(fx(vm::gauges).isEmpty());
        assertTrue(fx(vm::notes).isEmpty());
        assertNull(fx(vm.histogramProperty()::get));
    }

    @Test
    void cardsAndVerdictsAreTheReports() throws Exception {
        show(run);
        List<MetricResult> report = run.report().privacy().metrics();
        List<RiskCard> cards = cards();
        assertEquals(report.size(), cards.size());
        assertEquals(13, cards.size());
        for (MetricResult m : report) {
            RiskCard c = cards.stream().filter(x -> x.key().equals(m.key())).findFirst().orElseThrow();
            assertSame(m, c.metric());
            assertEquals(m.level(), c.level().get(), m.key());
        }
        RiskCard exact = cards.stream().filter(c -> c.key().equals("exact_match_rate")).findFirst().orElseThrow();
        double holdoutRate = ((Number) run.report().privacy().details().get("exact_match_rate_holdout")).doubleValue();
        assertEquals(Messages.get("privacy.ref.holdout", RiskText.value(
                io.semblance.core.report.PrivacyReferences.Scale.SHARE, holdoutRate)), exact.reference());
        assertEquals(RiskBoard.GAUGES, fx(vm::gauges).stream().map(QiGauge::key).toList());
        for (QiGauge g : fx(vm::gauges)) {
            MetricResult m = report.stream().filter(x -> x.key().equals(g.key())).findFirst().orElseThrow();
            assertEquals(m.value(), g.value(), 0, g.key());
            assertEquals(m.level(), g.levelProperty().get(), g.key());
        }
        assertEquals(List.of(Messages.get("privacy.note.run", 1, run.synthetic().rowCount())), fx(vm::notes));
        PrivacyViewModel.Bars bars = fx(vm.histogramProperty()::get);
        assertEquals(2, bars.counts().size());
        assertSame(run.report().dcr().first(), bars.counts().get(0));
        assertSame(run.report().dcr().second(), bars.counts().get(1));
    }

    @Test
    void movingALimitRecoloursWithoutMeasuringAgain() throws Exception {
        show(run);
        RiskBoard board = fx(vm.boardProperty()::get);
        RowRisks risks = fx(vm.rows().risksProperty()::get);
        QiGauge g = fx(vm::gauges).stream().filter(x -> x.value() > 0 && x.value() < x.upper()).findFirst()
                .orElseThrow();
        RiskCard card = cards().stream().filter(c -> c.key().equals(g.key())).findFirst().orElseThrow();
        List<Level> seen = new ArrayList<>();
        fx(() -> {
            g.greenProperty().set(0);
            g.redProperty().set(g.value());
            seen.add(g.levelProperty().get());
            g.greenProperty().set(g.value()); // pushes red up with it
            seen.add(g.levelProperty().get());
            seen.add(card.level().get());
            g.greenProperty().set(0);
            g.redProperty().set(g.upper());
            seen.add(g.levelProperty().get());
            return null;
        });
        assertEquals(List.of(Level.RED, Level.GREEN, Level.GREEN, Level.AMBER), seen);
        assertEquals(g.value(), fx(g::value), 0, "the value itself never changes");
        assertSame(board, fx(vm.boardProperty()::get), "no new report");
        assertSame(risks, fx(vm.rows().risksProperty()::get), "no new measurement");
        assertFalse(fx(() -> vm.rows().job().busyProperty().get() || session.job().busyProperty().get()));
    }

    @Test
    void remediationMakesANewEvaluatedRunWithNoRowWithinTheThreshold() throws Exception {
        show(run);
        RowRisks risks = fx(vm.rows().risksProperty()::get);
        double[] d = new double[risks.rows()];
        Arrays.setAll(d, risks::toTraining);
        Arrays.sort(d);
        double x = d[d.length / 4];
        int atRisk = fx(() -> {
            vm.rows().maxDistanceProperty().set(x);
            vm.rows().uniquesProperty().set(true);
            return vm.rows().rows().size();
        });
        assertTrue(atRisk > 0 && atRisk < risks.rows(), atRisk + " rows at risk");
        Run made = remediate();
        assertEquals(2, made.number());
        assertEquals(run.synthetic().rowCount() - atRisk, made.synthetic().rowCount());
        assertNotSame(run.report(), made.report());
        assertEquals(13, made.report().privacy().metrics().size());
        assertEquals(run.report().settings().qi(), made.report().settings().qi());
        assertNull(made.model());
        assertSame(run.training(), made.training());
        assertTrue(made.origin().startsWith("from run 1: dropped " + atRisk + " rows"), made.origin());
        assertSame(made, fx(vm.runProperty()::get), "the step shows the new run");

        RowRisks after = RowRisks.compute(made.training(), made.synthetic(), made.holdout(), made.metadata(),
                made.report().settings().qi(), ProgressListener.NONE, Cancellation.NEVER);
        for (int i = 0; i < after.rows(); i++) {
            assertTrue(after.toTraining(i) > x, "row " + i + " lies " + after.toTraining(i) + " from training");
        }
        assertEquals(0, after.atRisk(new Remediation.Criteria(Double.NaN, true)).length, "no replicated unique");
        until(() -> vm.rows().risksProperty().get() != null);
        assertEquals(x, fx(vm.rows().maxDistanceProperty()::get), 0, "the steward's threshold stays");
        assertTrue(fx(() -> vm.rows().rows().isEmpty()), "no row of the new run is at risk");
    }

    @Test
    void aRemediatedRunIsJudgedUnderAndKeepsTheLimitsSetWhenRemediating() throws Exception {
        show(run);
        Threshold lenient = new Threshold(1, 1, false);
        Thresholds before = fx(() -> {
            QiGauge g = highestRisk();
            g.redProperty().set(1);
            g.greenProperty().set(1);
            vm.rows().uniquesProperty().set(true);
            return vm.limits();
        });
        assertEquals(lenient, before.get("highest_risk"));
        Run made = remediate();
        assertSame(made, fx(vm.runProperty()::get));

        assertEquals(lenient, made.thresholds().get("highest_risk"), "the run keeps the limits in force");
        assertEquals(Thresholds.defaults().get("dcr_share"), made.thresholds().get("dcr_share"));
        MetricResult highest = made.report().privacy().metrics().stream()
                .filter(m -> m.key().equals("highest_risk")).findFirst().orElseThrow();
        assertEquals(Level.GREEN, highest.level(), "judged under the steward's limits: " + highest);
        assertTrue(Thresholds.defaults().get("highest_risk").level(highest.value()) != Level.GREEN,
                "the default limits would judge " + highest.value() + " otherwise");
        QiGauge shown = fx(this::highestRisk);
        assertEquals(lenient, fx(shown::threshold), "the new run's gauge starts from those limits");
        assertEquals(Level.GREEN, fx(shown.levelProperty()::get));
        assertEquals(lenient, fx(vm::limits).get("highest_risk"), "and remediating again would keep them");

        fx(() -> {
            session.selectedRunProperty().set(run);
            return null;
        });
        QiGauge original = fx(this::highestRisk);
        assertEquals(lenient, fx(original::threshold), "the source run is shown under the session's limits");
        assertEquals(Level.GREEN, fx(original.levelProperty()::get));
        assertEquals(Thresholds.defaults(), run.thresholds(), "but keeps the limits it was judged with");
    }

    @Test
    void aLimitMovedOnAGaugeIsTheSessionsUntilResetToTheDefaults() throws Exception {
        show(run);
        QiGauge g = fx(this::highestRisk);
        Level reported = fx(g.levelProperty()::get);
        Threshold strict = new Threshold(0, 0, false);
        assertFalse(fx(vm.canResetLimitsProperty()::get), "the defaults: nothing to reset");
        assertTrue(g.value() > 0, "highest risk " + g.value());

        fx(() -> {
            g.redProperty().set(0); // pushes green down with it
            return null;
        });
        assertEquals(Thresholds.defaults().with("highest_risk", strict), fx(session.limitsProperty()::get));
        assertEquals(Level.RED, fx(g.levelProperty()::get), "the run shown is judged again at once");
        assertTrue(fx(vm.canResetLimitsProperty()::get));

        fx(() -> {
            vm.resetLimits();
            return null;
        });
        assertEquals(Thresholds.defaults(), fx(session.limitsProperty()::get));
        assertEquals(Thresholds.defaults().get("highest_risk"), fx(g::threshold), "the gauge shown follows");
        assertEquals(reported, fx(g.levelProperty()::get));
        assertFalse(fx(vm.canResetLimitsProperty()::get));
        assertEquals(Thresholds.defaults(), fx(vm::limits));

        fx(() -> {
            session.limitsProperty().set(Thresholds.defaults().with("records_at_risk", new Threshold(0.5, 0.9, false)));
            return null;
        });
        QiGauge records = fx(() -> vm.gauges().stream().filter(x -> x.key().equals("records_at_risk")).findFirst()
                .orElseThrow());
        assertEquals(new Threshold(0.5, 0.9, false), fx(records::threshold), "limits set elsewhere, e.g. a project");
        assertEquals(Thresholds.defaults().with("records_at_risk", new Threshold(0.5, 0.9, false)),
                fx(session.limitsProperty()::get), "following them writes nothing back");
    }

    @Test
    void aRunWithoutHoldoutOrQuasiIdentifiersSaysWhatIsMissing() throws Exception {
        Run bare = PrivacyRuns.make(dir, 300, 0, false, 11);
        show(bare);
        assertEquals(List.of(Messages.get("privacy.note.run", 1, 300), Messages.get("privacy.note.noHoldout"),
                Messages.get("privacy.note.noQi")), fx(vm::notes));
        assertTrue(fx(vm::gauges).isEmpty());
        RiskCard exact = cards().stream().filter(c -> c.key().equals("exact_match_rate")).findFirst().orElseThrow();
        assertEquals(Messages.get("privacy.ref.noHoldout"), exact.reference());
        PrivacyViewModel.Bars bars = fx(vm.histogramProperty()::get);
        assertEquals(1, bars.counts().size(), "only the distances to training rows");
        assertEquals(300, Arrays.stream(bars.counts().get(0)).sum());
    }
}
