// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.project.ProjectDialogs;
import io.semblance.ui.common.DialogService;
import io.semblance.core.model.ColumnRole;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.project.ProjectDialogs.Unsaved;
import io.semblance.ui.project.ProjectFile;
import io.semblance.ui.project.ProjectViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window around the steps, headless: theme, keys, the close question, the remembered placement. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFrameTest {
    @TempDir
    Path dir;
    private final Preferences node = Preferences.userRoot().node("io/semblance/test/" + UUID.randomUUID());
    private final ScriptedDialogs<ProjectDialogs> dialogs =
            ScriptedDialogs.of(ProjectDialogs.class).answer("askToSave", Unsaved.CANCEL);
    private Stage stage;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Last closed on a second monitor that is gone now, larger than this screen.
        WindowMemory memory = WindowMemory.in(node);
        memory.remember(new WindowState(5000, 3000, 4000, 3000, false));
        vm = new WorkbenchViewModel(new DefaultEngine(Locale.US), ScriptedDialogs.of(DialogService.class).fake(), new BackgroundJobs());
        ProjectViewModel project = new ProjectViewModel(vm, dialogs.fake(), runs -> { });
        new WorkbenchView(vm, new WorkbenchFrame(vm, project, memory)).show(stage);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private void loadChangedTable(FxRobot robot) throws Exception {
        Path csv = Tables.people(dir, "people.csv", 50);
        robot.interact(() -> vm.load(csv));
        Fx.waitUntil("the table is open", () -> vm.datasetProperty().get() != null);
        robot.interact(() -> vm.setRole("city", ColumnRole.SENSITIVE));
    }

    private static double brightness(FxRobot robot, String query) {
        Region region = robot.lookup(query).queryAs(Region.class);
        return ((Color) region.getBackground().getFills().get(0).getFill()).getBrightness();
    }

    @Test
    void theDarkThemeRestylesTheWindowAndItsDialogsAndIsRemembered(FxRobot robot) {
        assertFalse(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        assertTrue(brightness(robot, ".step-rail") > 0.8, "light rail");

        robot.clickOn("View").clickOn("Theme").clickOn("Dark");

        List<String> sheets = stage.getScene().getStylesheets();
        assertTrue(sheets.size() == 2 && sheets.get(1).endsWith("dark.css"), sheets::toString);
        assertTrue(brightness(robot, ".step-rail") < 0.25, "dark rail");
        assertTrue(brightness(robot, ".status-bar") < 0.25, "dark status bar");
        assertEquals("DARK", node.get("theme", null));

        robot.push(KeyCode.F1);
        Window help = robot.lookup("#shortcut-list").queryAs(Region.class).getScene().getWindow();
        assertTrue(help.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")), "dialogs too");
        assertTrue(robot.lookup("#shortcut-list .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Ctrl+Shift+S")), "the list names the keys");
        robot.interact(help::hide);

        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        assertEquals(1, stage.getScene().getStylesheets().size());
        assertTrue(brightness(robot, ".step-rail") > 0.8, "light again");
        assertEquals("LIGHT", node.get("theme", null));
    }

    @Test
    void ctrlSSavesTheProjectAndTheTitleLosesItsMark(FxRobot robot) throws Exception {
        loadChangedTable(robot);
        Fx.waitUntil("the title marks unsaved changes", () -> stage.getTitle().equals("Semblance — people.csv •"));
        assertEquals("Unsaved project", robot.lookup("#status-project").queryAs(Label.class).getText());
        dialogs.queue("chooseProjectToSave", dir.resolve("study.semblance"));

        robot.push(KeyCode.CONTROL, KeyCode.S);

        Fx.waitUntil("the title names the project", () -> stage.getTitle().equals("Semblance — study (people.csv)"));
        assertEquals(ColumnRole.SENSITIVE,
                ProjectFile.read(dir.resolve("study.semblance")).metadata().column("city").orElseThrow().role());
        assertEquals("study", robot.lookup("#status-project").queryAs(Label.class).getText());
    }

    @Test
    void theWindowComesBackOnTheScreenAndClosesOnlyWhenChangesAreDealtWith(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getWidth() <= screen.getWidth() && stage.getHeight() <= screen.getHeight(),
                stage.getWidth() + "x" + stage.getHeight() + " on " + screen);
        assertTrue(screen.contains(stage.getX(), stage.getY()), stage.getX() + "," + stage.getY() + " on " + screen);

        loadChangedTable(robot);
        dialogs.queue("askToSave", Unsaved.CANCEL);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        assertTrue(stage.isShowing(), "the user chose to stay");
        assertEquals(5000, node.getDouble("window.x", 0), "nothing remembered while staying");

        dialogs.queue("askToSave", Unsaved.DISCARD);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        assertFalse(stage.isShowing());
        assertEquals(List.of("askToSave", "askToSave"), dialogs.asked());
        assertEquals(List.of("people", "people"), dialogs.argument("askToSave", 0));
        assertEquals(new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false),
                WindowMemory.in(node).window().orElseThrow());
        assertFalse(Files.exists(dir.resolve("people.semblance")), "discarded");
    }
}
