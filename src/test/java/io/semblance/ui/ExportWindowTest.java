// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.common.DialogService;
import io.semblance.ui.export.TestRuns;
import io.semblance.ui.session.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Export step in the real window, headless: a run with a red verdict is exported to CSV after the steward ticks
 * the acknowledgement and types a reason. With {@code -Dsemblance.shots=DIR} the page and dialog are saved as PNG.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    Path dir;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        vm = Workbenches.show(stage, ScriptedDialogs.of(DialogService.class).fake());
    }

    @Test
    void exportsTheSyntheticTableAfterTheRedVerdictIsAcknowledged(FxRobot robot) throws Exception {
        Run run = TestRuns.fit("copula", 250, true, dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        robot.interact(() -> {
            vm.session().open(TestRuns.TABLE, run.training(), "0".repeat(64), List.of(), run.metadata());
            vm.session().addRun(run);
        });
        robot.clickOn("#step-export");
        robot.interact(() -> robot.lookup("#export-folder").queryAs(TextField.class).setText(out.toString()));
        robot.clickOn("#export-metadata");
        assertTrue(robot.lookup("#export-html_report").queryAs(CheckBox.class).isDisabled(), "kept for the record");
        assertEquals(List.of("german_credit-run1-synthetic.csv", "german_credit-run1-report.html"),
                robot.lookup("#export-files").queryListView().getItems().stream()
                        .map(f -> ((io.semblance.ui.export.PlannedFile) f).path().getFileName().toString()).toList());
        assertTrue(((Label) robot.lookup("#export-counts").query()).getText().endsWith(" red"));
        shot(robot.lookup("#export-run").query().getScene(), "export-page");

        robot.clickOn("#export-run");
        Node ok = robot.lookup("#ack-ok").query();
        assertTrue(ok.isDisabled(), "no tick, no reason");
        robot.clickOn("#ack-tick");
        assertTrue(ok.isDisabled(), "a tick without a reason");
        robot.clickOn("#ack-reason").write("Internal test team only");
        assertFalse(ok.isDisabled());
        shot(ok.getScene(), "export-acknowledge");
        robot.clickOn(ok);

        Path csv = out.resolve("german_credit-run1-synthetic.csv");
        Fx.waitUntil("the export ends", () -> !vm.job().busyProperty().get() && Files.exists(csv));
        assertEquals(251, Tables.lines(csv));
        assertTrue(Files.readString(out.resolve("german_credit-run1-report.html")).contains("Internal test team only"));
        Fx.waitUntil("the result is shown", () -> robot.lookup("#export-result").queryAs(Label.class).getText()
                .startsWith("Exported 2 files to " + out));
        assertTrue(((ListView<?>) robot.lookup("#export-files").query()).getItems().size() == 2);
        shot(robot.lookup("#export-run").query().getScene(), "export-done");
    }

    /** Saves the scene as {@code <dir>/<name>.png} when {@code semblance.shots} names a folder. */
    private static void shot(Scene scene, String name) throws Exception {
        String folder = System.getProperty("semblance.shots");
        if (folder == null) {
            return;
        }
        Path file = Path.of(folder, name + ".png");
        var image = Fx.call(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("could not write " + file);
        }
        Window w = scene.getWindow();
        assertTrue(w.isShowing());
    }
}
