// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import io.semblance.ui.common.DialogService;
import io.semblance.Fixtures;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.model.ColumnRole;
import io.semblance.ui.charts.DcrHistogramChart;
import io.semblance.ui.columns.ColumnRow;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole workflow in the real window, headless, on the first 2,000 rows of adult: open the table, change a role,
 * generate a full synthesis, then read what the Compare, Privacy and Export steps show of that run.
 */
@ExtendWith(ApplicationExtension.class)
class FullFlowWindowTest {
    private static final int ROWS = 1500;
    private static final String SEED = "20240611";
    @TempDir
    Path dir;
    private WorkbenchViewModel vm;
    private final ScriptedDialogs<DialogService> dialogs = ScriptedDialogs.of(DialogService.class);

    @Start
    void start(Stage stage) {
        vm = Workbenches.show(stage, dialogs.fake());
    }

    @Test
    void loadRolesSynthesisComparePrivacyExport(FxRobot robot) throws Exception {
        load(robot, Fixtures.ADULT.head(dir, 2000));
        relationshipBecomesAQuasiIdentifier(robot);
        Run run = synthesize(robot);
        compare(robot, run);
        privacy(robot, run);
        export(robot, run);
        assertEquals(List.of(), dialogs.errors());
    }

    /** Open through the empty page's button; the preview reaches every row. */
    private void load(FxRobot robot, Path table) throws Exception {
        dialogs.queue("chooseTable", table);
        robot.clickOn("#empty-open");
        Fx.waitUntil("the table is open", () -> vm.datasetProperty().get() != null && !vm.job().busyProperty().get());
        assertEquals(Messages.get("status.size", 2000, 15), robot.lookup("#status-size").queryAs(Label.class).getText());
        var window = (io.semblance.ui.data.RowWindow) (Object) robot.lookup("#preview").queryTableView().getItems();
        assertEquals(2000, window.total(), "every row can be scrolled to");
    }

    /** The steward picks a role in the Columns table; it reaches the metadata runs use. */
    private void relationshipBecomesAQuasiIdentifier(FxRobot robot) throws Exception {
        robot.clickOn("#" + Step.COLUMNS.id());
        ComboBox<?> role = robot.lookup("#columns .role-box").queryAllAs(ComboBox.class).stream()
                .filter(b -> b.getParent() instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof ColumnRow row && row.name().equals("relationship"))
                .findFirst().orElseThrow();
        assertEquals(ColumnRole.INSENSITIVE, role.getValue(), "as detected");
        robot.clickOn(role);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(hasText("Quasi-identifier")).queryLabeled());
        Fx.waitUntil("the role reaches the metadata", () -> vm.metadataProperty().get().column("relationship")
                .orElseThrow().role() == ColumnRole.QUASI_IDENTIFIER);
    }

    /** Rows and seed typed in, Generate clicked: the run is kept, listed and shown on Compare. */
    private Run synthesize(FxRobot robot) throws Exception {
        robot.clickOn("#" + Step.SYNTHESIZE.id());
        robot.interact(() -> {
            robot.lookup("#synthesize-rows").queryAs(TextField.class).setText(String.valueOf(ROWS));
            robot.lookup("#synthesize-seed").queryAs(TextField.class).setText(SEED);
        });
        robot.clickOn("#synthesize-generate");
        Fx.waitUntil("the run is made and Compare shown", () -> vm.stepProperty().get() == Step.COMPARE
                && !vm.job().busyProperty().get());
        Run run = vm.session().selectedRunProperty().get();
        assertEquals(ROWS, run.synthetic().rowCount());
        assertEquals(Long.parseLong(SEED), run.settings().seed());
        assertEquals("full", run.settings().strategy());
        assertEquals("copula", run.settings().model());
        assertEquals(ColumnRole.QUASI_IDENTIFIER, run.metadata().column("relationship").orElseThrow().role());
        assertEquals(1600, run.training().rowCount(), "a 20% holdout set aside");

        robot.clickOn("#" + Step.SYNTHESIZE.id());
        TableView<Run> runs = robot.lookup("#synthesize-runs").queryTableView();
        assertEquals(java.util.List.of(run), runs.getItems());
        assertTrue(robot.lookup("#synthesize-runs .table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> Messages.get("synthesize.runs.rowsValue", ROWS).equals(c.getText())),
                "the row count is listed");
        return run;
    }

    /**
     * Extension point for the Compare step. Now: the step opens on the run just made. After the Compare page is
     * merged, add here: its distribution chart draws two series (real and synthetic) for a column of the run.
     */
    private void compare(FxRobot robot, Run run) throws Exception {
        robot.clickOn("#" + Step.COMPARE.id());
        assertEquals(Step.COMPARE, vm.stepProperty().get());
        assertSame(run, vm.session().selectedRunProperty().get());
        javafx.scene.Node chart = robot.lookup("#compare-column-chart").query();
        Fx.waitUntil("the worst column is drawn", () ->
                io.semblance.ui.charts.DistributionChart.seriesNames(chart).size() == 2);
        assertEquals(List.of("Real", "Synthetic"), Fx.call(() ->
                io.semblance.ui.charts.DistributionChart.seriesNames(chart)));
    }

    /** The engine's verdicts are shown with its sentences, the new role among the attacker's keys; two DCR histograms. */
    private void privacy(FxRobot robot, Run run) throws Exception {
        robot.clickOn("#" + Step.PRIVACY.id());
        MetricResult share = metric(run, "dcr_share");
        String verdict = Messages.get("privacy.level." + share.level().name().toLowerCase(Locale.ROOT));
        assertEquals(verdict, robot.lookup("#card-dcr_share .verdict").queryAs(Label.class).getText());
        MetricResult cap = metric(run, "cap");
        Label capSentence = robot.lookup("#card-cap .card-sentence").queryAs(Label.class);
        assertEquals(cap.sentence(), capSentence.getText());
        assertTrue(capSentence.getText().contains("relationship"), "the steward's new quasi-identifier is used");

        robot.clickOn(Messages.get("privacy.tab.distances"));
        Fx.waitUntil("the histograms are drawn", () -> robot.lookup("#dcr-histogram").tryQuery().isPresent());
        assertEquals(2, DcrHistogramChart.seriesCount(robot.lookup("#dcr-histogram").query()),
                "synthetic to training rows and synthetic to holdout rows");
    }

    /**
     * Extension point for the Export step. Now: the step opens on the run just made. After the Export page is
     * merged, add here: export the run to a CSV in {@code dir} and assert the file holds the run's 1,500 rows.
     */
    private void export(FxRobot robot, Run run) throws Exception {
        robot.clickOn("#" + Step.EXPORT.id());
        assertEquals(Step.EXPORT, vm.stepProperty().get());
        assertSame(run, vm.session().selectedRunProperty().get());
        Path out = Files.createDirectory(dir.resolve("export"));
        robot.interact(() -> robot.lookup("#export-folder").queryAs(TextField.class)
                .setText(out.toString()));
        robot.clickOn("#export-run");
        robot.sleep(500);
        if (!robot.lookup("#ack-ok").queryAll().isEmpty()) { // a red verdict must be acknowledged first
            robot.clickOn("#ack-tick");
            robot.clickOn("#ack-reason").write("Shared with the internal test team only");
            robot.clickOn("#ack-ok");
        }
        Fx.waitUntil("the export ends", () -> !vm.job().busyProperty().get() && synthetic(out) != null);
        assertEquals(run.synthetic().rowCount() + 1, Tables.lines(synthetic(out)), "header and every row");
    }

    /** The exported synthetic CSV in a folder, or null. */
    private static Path synthetic(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-synthetic.csv")).findFirst().orElse(null);
        }
    }

    private static MetricResult metric(Run run, String key) {
        return run.report().privacy().metrics().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }
}
