// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import static io.semblance.ui.privacy.PrivacyRuns.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.ui.Step;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.Workbenches;
import io.semblance.ui.charts.DcrHistogramChart;
import io.semblance.ui.common.FxDialogService;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window, headless: a run made in the test is shown on the Privacy step, then remediated. */
@ExtendWith(ApplicationExtension.class)
class PrivacyWindowTest {
    @TempDir
    Path dir;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        vm = Workbenches.show(stage, new FxDialogService(stage));
    }

    private static String verdict(FxRobot robot, String id) {
        return robot.lookup("#" + id + " .verdict").queryAs(Label.class).getText();
    }

    @Test
    void showsVerdictsTheTwoHistogramsGaugesAndRowsAtRiskThenRemediates(FxRobot robot) throws Exception {
        Run run = PrivacyRuns.make(dir, 400, 0.25, true, 3);
        robot.interact(() -> vm.session().addRun(run));
        robot.clickOn("#" + Step.PRIVACY.id());
        MetricResult share = run.report().privacy().metrics().stream().filter(m -> m.key().equals("dcr_share"))
                .findFirst().orElseThrow();
        assertEquals(RiskText.level(share.level()), verdict(robot, "card-dcr_share"));
        assertTrue(robot.lookup(".risk-card .card-sentence").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(share.sentence())), "the engine's sentence is shown");

        robot.clickOn(Messages.get("privacy.tab.distances"));
        Node histogram = robot.lookup("#dcr-histogram").query();
        assertEquals(2, DcrHistogramChart.seriesCount(histogram), "synthetic to training and to holdout rows");

        robot.clickOn(Messages.get("privacy.tab.qi"));
        until(() -> vm.session().selectedRunProperty().get() != null);
        Slider red = robot.lookup("#gauge-records_at_risk-red").queryAs(Slider.class);
        Button reset = robot.lookup("#privacy-reset-limits").queryButton();
        assertTrue(reset.isDisabled(), "the limits are the defaults");
        robot.interact(() -> {
            red.setValue(0);
        });
        assertEquals(Messages.get("privacy.level.red"), verdict(robot, "gauge-records_at_risk"));
        assertEquals(Messages.get("privacy.level.red"), verdict(robot, "card-records_at_risk"), "the card follows");
        robot.clickOn(reset);
        assertEquals(Thresholds.defaults().get("records_at_risk").red(), red.getValue(), 0);
        assertTrue(reset.isDisabled());
        assertEquals(Thresholds.defaults(), vm.session().limitsProperty().get());

        robot.clickOn(Messages.get("privacy.tab.rows"));
        until(() -> !robot.lookup("#rows-at-risk").queryTableView().getColumns().isEmpty());
        robot.interact(() -> robot.lookup("#distance-rows").queryAs(Slider.class).setValue(0.05));
        TableView<Integer> table = robot.lookup("#rows-at-risk").queryTableView();
        int atRisk = table.getItems().size();
        assertTrue(atRisk > 0, "rows lie within 0.05 of a training row");
        assertFalse(robot.lookup("#rows-summary").queryAs(Label.class).getText().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        String synthetic = Messages.get("privacy.rows.synthetic", table.getItems().get(0) + 1);
        assertTrue(robot.lookup(".real-row .row-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(synthetic)), "the selected row is shown beside the training row");
        assertTrue(robot.lookup(".real-row .row-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Closest training row")));

        robot.clickOn("#remediate");
        until(() -> vm.session().runs().size() == 2 && !vm.job().busyProperty().get());
        Run made = vm.session().selectedRunProperty().get();
        assertEquals(run.synthetic().rowCount() - atRisk, made.synthetic().rowCount());
        assertTrue(robot.lookup(".privacy-run").queryAs(Label.class).getText().startsWith("Run 2 — from run 1"));
    }
}
