// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.session.Run;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Synthesize page in the real window, headless: settings, Generate, the runs table. */
@ExtendWith(ApplicationExtension.class)
class SynthesizeWindowTest {
    @TempDir
    Path dir;
    private WorkbenchViewModel vm;
    private final ScriptedDialogs<DialogService> dialogs = ScriptedDialogs.of(DialogService.class);

    @Start
    void start(Stage stage) {
        vm = Workbenches.show(stage, dialogs.fake());
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        Path csv = Tables.people(dir, "people.csv", 200);
        robot.interact(() -> vm.load(csv));
        Fx.waitUntil("the table is open", () -> vm.datasetProperty().get() != null);
        robot.clickOn("#step-synthesize");
    }

    @Test
    void generateMakesARunShowsCompareAndListsTheRun(FxRobot robot) throws Exception {
        TextField rows = robot.lookup("#synthesize-rows").queryAs(TextField.class);
        assertEquals("200", rows.getText());
        robot.doubleClickOn(rows).eraseText(3).write("150");
        robot.clickOn("#synthesize-generate");

        Fx.waitUntil("the workbench shows the run", () -> vm.stepProperty().get() == Step.COMPARE);
        assertEquals(List.of(), dialogs.errors());
        Run run = vm.session().selectedRunProperty().get();
        assertEquals(150, run.synthetic().rowCount());

        robot.clickOn("#step-synthesize");
        TableView<Run> runs = robot.lookup("#synthesize-runs").queryTableView();
        assertEquals(1, runs.getItems().size());
        assertEquals(run, runs.getSelectionModel().getSelectedItem());
        assertTrue(robot.lookup("#synthesize-runs .table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "150".equals(c.getText())), "the row count is shown");
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().startsWith("Run 1 made 150 rows"));
    }

    @Test
    void treeSettingsAppearForTreesAndABadConstraintIsExplainedInline(FxRobot robot) {
        assertFalse(visible(robot.lookup("#synthesize-min-leaf").query()), "copula: no tree settings");
        robot.clickOn("#synthesize-model-cart");
        assertTrue(visible(robot.lookup("#synthesize-min-leaf").query()));

        Node constraints = robot.lookup("#synthesize-constraints").query();
        robot.interact(constraints::requestFocus); // below the fold: typed into without scrolling
        robot.write("income >= salary");
        Label problem = robot.lookup("#synthesize-constraints-problem").queryAs(Label.class);
        assertEquals("Constraint \"income >= salary\": unknown column \"salary\"", problem.getText());
        assertTrue(visible(problem));
        assertTrue(robot.lookup("#synthesize-generate").queryAs(Button.class).isDisabled());

        robot.clickOn("#synthesize-strategy-partial");
        assertFalse(visible(constraints), "constraints are for full synthesis");
        assertTrue(visible(robot.lookup("#synthesize-sensitive").query()));
        assertFalse(robot.lookup("#synthesize-generate").queryAs(Button.class).isDisabled());
    }

    /** Whether the node and every parent are visible. */
    private static boolean visible(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
