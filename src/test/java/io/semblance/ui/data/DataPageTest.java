// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import io.semblance.Fixtures;
import io.semblance.core.report.InputFile;
import io.semblance.ui.Fx;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.Workbenches;
import io.semblance.ui.common.FxDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Data page in the real window, headless: a sample from the empty state, the samples offered with what they
 * hold, and the import dialog.
 */
@ExtendWith(ApplicationExtension.class)
class DataPageTest {
    @TempDir
    Path dir;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        vm = Workbenches.show(stage, new FxDialogService(stage));
    }

    private static RowWindow rows(TableView<?> table) {
        return (RowWindow) table.getItems();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aSampleOpensFromTheEmptyStateAndTheSummaryGivesItsNumbers(FxRobot robot) throws Exception {
        robot.clickOn("#sample-adult");
        Fx.waitUntil("the sample is open", () -> vm.data().summaryProperty().get() != null);
        robot.sleep(100);

        assertEquals("adult.csv (sample)", text(robot, "#summary-name"));
        assertEquals("Comma-separated, UTF-8, header row", text(robot, "#summary-format"));
        assertEquals("32,561", text(robot, "#summary-rows"));
        assertEquals("15", text(robot, "#summary-columns"));
        assertEquals("0.9%", text(robot, "#summary-missing")); // 4,262 of 488,415 cells: workclass, occupation, country
        String sha = InputFile.sha256(Fixtures.ADULT.path());
        assertEquals(sha.substring(0, 12) + "…", text(robot, "#summary-sha"));
        assertEquals(sha, robot.lookup("#summary-sha").queryAs(Label.class).getTooltip().getText());
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        assertEquals(32_561, rows(preview).total(), "every row, not a first slice");
        assertEquals("Semblance — adult.csv", robot.lookup("#preview").query().getScene().getWindow() instanceof Stage s
                ? s.getTitle() : null);
    }

    @Test
    void thePatientsSampleIsOfferedWithWhatItHoldsAndOpens(FxRobot robot) throws Exception {
        String about = "2,000 made-up hospital stays with names, SSNs, addresses and diagnoses; nobody in it is real";
        Menu samples = (Menu) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-samples".equals(i.getId())).findFirst().orElseThrow();
        List<String> items = Fx.call(() -> samples.getItems().stream().map(MenuItem::getText).toList());
        assertEquals(List.of("adult.csv", "german_credit.csv", "patients.csv"),
                items.stream().map(t -> t.substring(0, t.indexOf(" — "))).toList(), "each with one line about it");
        assertTrue(items.contains("patients.csv — " + about), items::toString);
        Button button = robot.lookup("#sample-patients").queryButton();
        assertEquals(about, button.getTooltip().getText());

        robot.clickOn(button);
        Fx.waitUntil("the sample is open", () -> vm.data().summaryProperty().get() != null);
        robot.sleep(100);
        assertEquals("patients.csv (sample)", text(robot, "#summary-name"));
        assertEquals("2,000", text(robot, "#summary-rows"));
        assertEquals("18", text(robot, "#summary-columns"));
        assertEquals(InputFile.sha256(Fixtures.PATIENTS.path()), robot.lookup("#summary-sha").queryAs(Label.class)
                .getTooltip().getText());
    }

    @Test
    void theImportDialogPreviewsTheChosenDelimiterAndOpensWithIt(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("decimals.csv"), DataViewModelTest.SEMICOLONS);
        robot.interact(() -> vm.load(file));
        Fx.waitUntil("the table is open", () -> vm.data().summaryProperty().get() != null);
        assertEquals(List.of("a;b", "c"), vm.datasetProperty().get().names());

        Platform.runLater(vm.data()::reopenWithOptions);
        Fx.waitUntil("the dialog shows a preview", () -> robot.lookup("#import-preview").tryQuery().isPresent()
                && rows(robot.lookup("#import-preview").queryTableView()).total() == 2);
        assertEquals("Detected: Comma", robot.lookup(".hint").match(hasText("Detected: Comma")).queryLabeled().getText());

        robot.clickOn("#import-delimiter");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(hasText("Semicolon")).queryLabeled());
        Fx.waitUntil("the preview is read with semicolons", () ->
                robot.lookup("#import-preview").queryTableView().getColumns().stream()
                        .anyMatch(c -> c.getGraphic() instanceof Label l && l.getText().equals("b,c")));
        assertTrue(text(robot, "#import-caption").endsWith("all 2 rows"), text(robot, "#import-caption"));

        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("Open")).queryAs(Button.class));
        Fx.waitUntil("the table is reopened", () -> vm.datasetProperty().get().names().equals(List.of("a", "b,c")));
        assertEquals(';', vm.data().summaryProperty().get().format().delimiter());
    }
}
