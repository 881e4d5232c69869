// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.Fx;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.Workbenches;
import io.semblance.ui.common.FxDialogService;
import io.semblance.ui.session.Run;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Pairs tab of a wide table (26 columns, some with long names) in a 1280×800 window, headless: the heat maps
 * must not crush the picked pair's contingency tables, nor their own cells.
 */
@ExtendWith(ApplicationExtension.class)
class PairsLayoutTest {
    private static final String LONG = "purpose_of_the_loan_as_stated_by_the_applicant";
    @TempDir
    static Path dir;
    private static Run run;
    private WorkbenchViewModel vm;

    @BeforeAll
    static void makeRun() throws Exception {
        run = CompareRuns.wide(dir);
    }

    @Start
    void start(Stage stage) {
        vm = Workbenches.show(stage, new FxDialogService(stage));
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void onAWideTableThePickedPairAndTheMapsCellsKeepAReadableSize(FxRobot robot) throws Exception {
        robot.interact(() -> vm.load(dir.resolve("wide.csv")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.datasetProperty().get() != null);
        robot.interact(() -> vm.session().addRun(run));
        robot.clickOn("#step-compare");
        robot.clickOn("#compare-tab-pairs .tab-label");
        robot.interact(() -> {
            robot.lookup("#compare-pair-a").<String>queryComboBox().setValue("checking_balance");
            robot.lookup("#compare-pair-b").<String>queryComboBox().setValue(LONG);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#pair-real-table").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        int columns = run.report().charts().associations().columns().size();
        assertTrue(columns >= 25, columns + " columns compared");

        // The pair's two tables keep a readable size, and lie whole within the tab, above the status bar.
        Bounds tab = bounds(robot.lookup("#compare-tabs").query());
        for (String id : new String[]{"#pair-real-table", "#pair-synthetic-table"}) {
            Bounds table = bounds(robot.lookup(id).query());
            assertTrue(table.getHeight() >= 280, id + " is " + table.getHeight() + " px high");
            assertTrue(table.getWidth() >= 400, id + " is " + table.getWidth() + " px wide");
            assertTrue(table.getMaxY() <= tab.getMaxY() + 0.5, id + " ends at " + table.getMaxY() + " below the tab "
                    + tab.getMaxY());
        }

        // Each map keeps cells of at least 12 px a side; the maps scroll instead of shrinking them.
        Region map = robot.lookup("#compare-heat-real").queryAs(Region.class);
        assertTrue(map.getHeight() >= columns * 12.0, "the real map is " + map.getHeight() + " px high");
        assertTrue(map.getWidth() >= columns * 12.0, "the real map is " + map.getWidth() + " px wide");
        ScrollPane scroll = robot.lookup("#compare-maps-scroll").queryAs(ScrollPane.class);
        assertTrue(scroll.getViewportBounds().getHeight() < map.getHeight(), "the maps scroll down");

        // The scores above the tabs are not squeezed for the maps' sake; the pair's long name is whole in its tooltip.
        Region header = robot.lookup(".score-header").queryAs(Region.class);
        double wanted = Fx.call(() -> header.prefHeight(header.getWidth()));
        assertEquals(wanted, header.getHeight(), 0.5, "the scores' height");
        Label heading = robot.lookup("#compare-pair-heading").queryAs(Label.class);
        assertTrue(heading.getTooltip().getText().endsWith(LONG), heading.getTooltip().getText());
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
