// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.util.List;
import io.semblance.ui.common.DialogService;
import io.semblance.core.model.ColumnRole;
import io.semblance.ui.columns.ColumnRow;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.data.RowWindow;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window, headless: open a table, read its columns and rows, change a role. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    @TempDir
    Path dir;
    private Stage stage;
    private WorkbenchViewModel vm;
    private final ScriptedDialogs<DialogService> dialogs = ScriptedDialogs.of(DialogService.class);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new WorkbenchViewModel(new DefaultEngine(java.util.Locale.US), dialogs.fake(),
                new BackgroundJobs());
        new WorkbenchView(vm).show(stage);
    }

    @Test
    void anEmptyWindowInvitesToOpenATable(FxRobot robot) throws Exception {
        assertEquals("Semblance", stage.getTitle());
        assertTrue(robot.lookup("#step-synthesize").queryAs(ToggleButton.class).isDisabled());
        assertTrue(robot.lookup("#step-compare").queryAs(ToggleButton.class).isDisabled(), "no run yet");
        dialogs.queue("chooseTable", Tables.people(dir, "chosen.csv", 25));

        robot.clickOn("#empty-open");
        Fx.waitUntil("the table is open", () -> vm.datasetProperty().get() != null);

        Fx.waitUntil("the title names the file", () -> stage.getTitle().equals("Semblance — chosen.csv"));
        assertFalse(robot.lookup("#step-synthesize").queryAs(ToggleButton.class).isDisabled());
        assertTrue(robot.lookup("#step-privacy").queryAs(ToggleButton.class).isDisabled(), "still no run");
    }

    @Test
    void showsColumnsAndRowsAndLetsTheStewardChangeARole(FxRobot robot) throws Exception {
        Path csv = Tables.people(dir, "people.csv", 300);
        robot.interact(() -> vm.load(csv));
        Fx.waitUntil("the table is open", () -> vm.datasetProperty().get() != null);
        robot.sleep(200);

        TableView<Integer> preview = robot.lookup("#preview").queryTableView();
        assertEquals(300, ((RowWindow) preview.getItems()).total());
        assertEquals(5, preview.getColumns().size(), "row number and four columns");
        assertTrue(robot.lookup("#preview .table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "Leeds".equals(c.getText()) || "York".equals(c.getText())), "values are drawn");
        assertEquals("300 rows × 4 columns", robot.lookup("#status-size").queryAs(Label.class).getText());

        robot.clickOn("#step-columns");
        TableView<ColumnRow> columns = robot.lookup("#columns").queryTableView();
        assertEquals(4, columns.getItems().size());
        ComboBox<?> cityRole = robot.lookup("#columns .role-box").queryAllAs(ComboBox.class).stream()
                .filter(b -> b.getParent() instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof ColumnRow row && row.name().equals("city"))
                .findFirst().orElseThrow();
        assertEquals(ColumnRole.QUASI_IDENTIFIER, cityRole.getValue());
        robot.clickOn(cityRole);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(hasText("Insensitive")).queryLabeled());
        Fx.waitUntil("the role reaches the metadata", () ->
                vm.metadataProperty().get().column("city").orElseThrow().role() == ColumnRole.INSENSITIVE);
        assertEquals(List.of(), dialogs.errors());
    }
}
