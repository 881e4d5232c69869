// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import io.semblance.ui.ScriptedDialogs;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.SdType;
import io.semblance.ui.Fx;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.session.Session;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Columns page in a real window, headless: the steward changes roles and types in the table itself. */
@ExtendWith(ApplicationExtension.class)
class ColumnsPageTest {
    @TempDir
    Path dir;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        session = Opened.session(Opened.visits(dir));
        ColumnsViewModel vm = new ColumnsViewModel(session, ScriptedDialogs.of(ColumnsDialogs.class).fake(), new BackgroundJobs());
        Scene scene = new Scene(new ColumnsView(vm).node(), 1200, 640);
        scene.getStylesheets().add(io.semblance.ui.WorkbenchView.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** The column as declared in the session; read it on the FX thread. */
    private ColumnMeta declared(String column) {
        return session.metadataProperty().get().column(column).orElseThrow();
    }

    /** The node matching {@code query} inside the table row of {@code column}. */
    private static <T extends Node> T inRow(FxRobot robot, String query, String column, Class<T> type) {
        return robot.lookup(query).queryAllAs(type).stream().filter(n -> column.equals(rowName(n))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + query + " in the row of " + column));
    }

    private static String rowName(Node n) {
        Node p = n;
        while (p != null && !(p instanceof TableCell<?, ?>)) {
            p = p.getParent();
        }
        return p instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                && cell.getTableRow().getItem() instanceof ColumnRow row ? row.name() : null;
    }

    private static void pick(FxRobot robot, ComboBox<?> box, String item) {
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(hasText(item)).queryLabeled());
    }

    @Test
    void theStewardChangesARoleAndATypeInTheTable(FxRobot robot) throws Exception {
        ComboBox<?> sexRole = inRow(robot, "#columns .role-box", "sex", ComboBox.class);
        assertTrue(sexRole.getStyleClass().contains("role-quasi_identifier"), "coloured as a quasi-identifier");
        pick(robot, sexRole, "Sensitive");
        Fx.waitUntil("the role reaches the metadata", () -> declared("sex").role() == ColumnRole.SENSITIVE);
        assertTrue(sexRole.getStyleClass().contains("role-sensitive"), "and is coloured as sensitive");

        pick(robot, inRow(robot, "#columns .type-box", "age", ComboBox.class), "categorical");
        Fx.waitUntil("the type reaches the metadata", () -> declared("age").sdtype() == SdType.CATEGORICAL);
        assertEquals(ColumnRole.QUASI_IDENTIFIER, Fx.call(() -> declared("age").role()));
    }

    @Test
    void aWrongDateFormatTypedInTheTableIsExplainedAboveIt(FxRobot robot) throws Exception {
        VBox advice = robot.lookup("#columns-advice").queryAs(VBox.class);
        assertFalse(advice.isVisible(), "nothing to advise on the suggested metadata");
        TextField format = inRow(robot, "#columns .format-field", "visit", TextField.class);
        assertEquals("%Y-%m-%d", format.getText());
        assertFalse(inRow(robot, "#columns .format-field", "age", TextField.class).isVisible(), "only dates have a format");

        robot.doubleClickOn(format).eraseText(format.getText().length()).write("%d.%m.%Y").type(KeyCode.ENTER);
        Fx.waitUntil("the format reaches the metadata", () -> "%d.%m.%Y".equals(declared("visit").datetimeFormat()));
        assertTrue(advice.isVisible());
        assertTrue(((Label) advice.getChildren().get(0)).getText().startsWith("No usable date format for “visit”"));
    }

    @Test
    void selectedRowsGetARoleFromTheMenu(FxRobot robot) throws Exception {
        robot.clickOn(inRow(robot, "#columns .table-cell", "age", TableCell.class));
        robot.press(KeyCode.CONTROL).clickOn(inRow(robot, "#columns .table-cell", "diagnosis", TableCell.class))
                .release(KeyCode.CONTROL);
        robot.clickOn("#columns-set-role").clickOn("#columns-set-identifier");
        Fx.waitUntil("both roles change", () -> declared("age").role() == ColumnRole.IDENTIFIER
                && declared("diagnosis").role() == ColumnRole.IDENTIFIER);
        assertEquals(ColumnRole.QUASI_IDENTIFIER, Fx.call(() -> declared("sex").role()));
    }
}
