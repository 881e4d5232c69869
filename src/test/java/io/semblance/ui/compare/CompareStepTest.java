// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.evaluate.QualityReport.PairScore;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.Workbenches;
import io.semblance.ui.charts.DistributionChart;
import io.semblance.ui.charts.HeatMapChart;
import io.semblance.ui.common.FxDialogService;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare step in the real window, headless, showing a run fitted, written, read back and evaluated here. */
@ExtendWith(ApplicationExtension.class)
class CompareStepTest {
    private static Run run;
    private WorkbenchViewModel vm;

    @BeforeAll
    static void makeRun() throws Exception {
        run = CompareRuns.germanCredit();
    }

    @Start
    void start(Stage stage) {
        vm = Workbenches.show(stage, new FxDialogService(stage));
    }

    private void openTableAndAddRun(FxRobot robot) throws Exception {
        robot.interact(() -> vm.load(Fixtures.GERMAN_CREDIT.path()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.datasetProperty().get() != null);
        robot.interact(() -> vm.session().addRun(run));
        robot.clickOn("#step-compare");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.session().job().busyProperty().get());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheReportsScoresAndTheWorstColumnAsRealAndSyntheticSeries(FxRobot robot) throws Exception {
        openTableAndAddRun(robot);
        QualityReport q = run.report().quality();
        assertEquals(Messages.get("compare.percent", q.score()), text(robot, "#compare-quality"));
        assertEquals(Messages.get("compare.percent", q.columnShapes()), text(robot, "#compare-column-shapes"));
        assertEquals(Messages.get("compare.percent", q.columnPairTrends()), text(robot, "#compare-column-pair-trends"));

        QualityReport.ColumnScore worst = q.columns().stream()
                .min(Comparator.comparingDouble(QualityReport.ColumnScore::score)).orElseThrow();
        assertEquals(worst.column(), text(robot, "#compare-column-name"));
        assertEquals(Messages.get("compare.column.score", worst.metric(), worst.score()),
                text(robot, "#compare-column-score"));
        Node chart = robot.lookup("#compare-column-chart").query();
        assertEquals(List.of("Real", "Synthetic"), DistributionChart.seriesNames(chart));

        TableView<?> table = robot.lookup("#compare-columns").queryTableView();
        assertEquals(q.columns().size(), table.getItems().size());
        robot.clickOn("#compare-filter").write("amount");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        robot.clickOn(robot.lookup("#compare-columns .table-cell").match((Labeled l) -> "amount".equals(l.getText()))
                .queryAs(Node.class));
        assertEquals("amount", text(robot, "#compare-column-name"));
        assertEquals(List.of("Real", "Synthetic"), DistributionChart.seriesNames(chart), "histograms of amount");
        robot.clickOn("#compare-side-by-side");
        assertFalse(vmOverlaid(robot));
        assertEquals(List.of("Real", "Synthetic"), DistributionChart.seriesNames(chart), "side by side");
    }

    private static boolean vmOverlaid(FxRobot robot) {
        return robot.lookup("#compare-overlaid").queryAs(javafx.scene.control.ToggleButton.class).isSelected();
    }

    /** Opens the Pairs tab; returns the columns of its heat maps. */
    private static List<String> openPairsTab(FxRobot robot) {
        robot.clickOn("#compare-tab-pairs .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
        return run.report().charts().associations().columns();
    }

    @Test
    void clickingAHeatMapCellShowsThatPair(FxRobot robot) throws Exception {
        openTableAndAddRun(robot);
        List<String> columns = openPairsTab(robot);
        int a = columns.indexOf("amount");
        int b = columns.indexOf("months_loan_duration");
        Point2D cell = HeatMapChart.cellOnScreen(robot.lookup("#compare-heat-difference").query(), b, a);
        assertNotNull(cell, "the heat map is drawn");
        robot.clickOn(cell);
        PairScore expected = pair("months_loan_duration", "amount");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#pair-real-scatter").query().isVisible());
        assertEquals(Messages.get("compare.pair.heading", expected.columnA(), expected.columnB()),
                text(robot, "#compare-pair-heading"));
        assertEquals(Messages.get("compare.pair.score", expected.metric(), expected.score(), expected.realValue(),
                expected.syntheticValue()), text(robot, "#compare-pair-score"));
    }

    @Test
    void aPairIsPickedFromTheKeyboardOnAHeatMapAndTheColumnListsFollow(FxRobot robot) throws Exception {
        openTableAndAddRun(robot);
        List<String> columns = openPairsTab(robot);
        Node map = robot.lookup("#compare-heat-real").query();
        robot.interact(map::requestFocus);
        assertTrue(map.isFocused(), "the heat map takes the focus");

        // To the top left corner whatever the cell the map starts on, then one right and two down: row 2, column 1.
        for (int i = 0; i < columns.size(); i++) {
            robot.push(KeyCode.UP).push(KeyCode.LEFT);
        }
        PairScore expected = pair(columns.get(2), columns.get(1));
        String heading = Messages.get("compare.pair.heading", expected.columnA(), expected.columnB());
        assertNotEquals(heading, text(robot, "#compare-pair-heading"), "another pair is shown first");
        robot.push(KeyCode.RIGHT).push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);

        // Picking hides the previous pair's view; the new one shows once computed.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot.lookup("#pair-real-scatter").query())
                || shown(robot.lookup("#pair-real-table").query()));
        assertEquals(heading, text(robot, "#compare-pair-heading"));
        assertEquals(expected.columnA(), robot.lookup("#compare-pair-a").queryComboBox().getValue());
        assertEquals(expected.columnB(), robot.lookup("#compare-pair-b").queryComboBox().getValue());

        // Space picks too; the focus stays on the map.
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.SPACE);
        PairScore next = pair(columns.get(2), columns.get(3));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#compare-pair-heading")
                .equals(Messages.get("compare.pair.heading", next.columnA(), next.columnB())));
        assertTrue(map.isFocused());

        // Choosing in the lists picks their pair.
        PairScore chosen = pair(columns.get(0), columns.get(4));
        robot.interact(() -> {
            robot.lookup("#compare-pair-a").<String>queryComboBox().setValue(chosen.columnA());
            robot.lookup("#compare-pair-b").<String>queryComboBox().setValue(chosen.columnB());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#compare-pair-heading")
                .equals(Messages.get("compare.pair.heading", chosen.columnA(), chosen.columnB())));
    }

    /** Whether a node and all around it are visible. */
    private static boolean shown(Node n) {
        return n == null || n.isVisible() && shown(n.getParent());
    }

    /** The report's score of the pair of two columns, in either order. */
    private static PairScore pair(String a, String b) {
        return run.report().quality().pairs().stream()
                .filter(p -> p.columnA().equals(a) && p.columnB().equals(b) || p.columnA().equals(b) && p.columnB().equals(a))
                .findFirst().orElseThrow();
    }

    @Test
    void openingAnotherTableLeavesAnInvitationToSynthesize(FxRobot robot) throws Exception {
        openTableAndAddRun(robot);
        assertFalse(robot.lookup("#compare-empty").query().isVisible());
        robot.interact(() -> vm.load(Fixtures.GERMAN_CREDIT.path()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session().selectedRunProperty().get() == null);
        assertTrue(robot.lookup("#compare-empty").query().isVisible());
        assertTrue(robot.lookup(".empty-text").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(Messages.get("compare.empty.text"))));
    }
}
