// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import static io.semblance.core.io.XlsxFixture.inline;
import static io.semblance.core.io.XlsxFixture.num;
import static io.semblance.core.io.XlsxFixture.row;

import io.semblance.Fixtures;
import io.semblance.core.io.XlsxFixture;
import io.semblance.ui.WorkbenchView;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.FxDialogService;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.FutureTask;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Pictures of the Data step for a human to look at: the empty state with recent files (one gone), a messy file's
 * summary with its warnings, the drop hint, the import dialog, and for a workbook whose first sheet is a note, the
 * failure that offers options and the dialog with the sheet picker. Not a test: run it under a display, e.g.
 * {@code xvfb-run java -cp target/classes:target/test-classes:<dependencies> io.semblance.ui.data.DataScreens OUT}.
 */
public final class DataScreens {
    private DataScreens() {
    }

    public static void main(String[] args) {
        Application.launch(Shots.class, args);
    }

    /** The application that takes the pictures (a class with main must not be an Application on the class path). */
    public static final class Shots extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            DataScreens.start(stage, Path.of(getParameters().getRaw().get(0)));
        }
    }

    private static void start(Stage stage, Path out) throws Exception {
        Files.createDirectories(out);
        RecentFiles recent = RecentFiles.inMemory();
        recent.add(out.resolve("last-year.csv"));
        recent.add(Fixtures.GERMAN_CREDIT.path());
        WorkbenchViewModel vm = new WorkbenchViewModel(new DefaultEngine(Locale.UK), new FxDialogService(stage),
                new BackgroundJobs(), recent);
        new WorkbenchView(vm).show(stage);
        Path messy = Files.writeString(out.resolve("Patients export (2024, final).csv"),
                "Patient number;Name;;Name;Date of admission to the cardiology ward;Weight (kg)\n"
                        + "1001;Zoë Müller;x;a;2024-01-03;71,5\n1002;José Núñez;y;b;2024-02-11;NA\n"
                        + "1003;Ana Ruiz;z;c;;64,0\n", Charset.forName("windows-1252"));
        Thread script = new Thread(() -> {
            try {
                pause(1500);
                shoot(stage.getScene(), out.resolve("data-empty.png"));
                fx(() -> vm.load(messy));
                while (!fx(() -> vm.data().summaryProperty().get() != null)) {
                    pause(100);
                }
                fx(() -> ((TitledPane) stage.getScene().lookup("#summary-warnings")).setExpanded(true));
                pause(800);
                shoot(stage.getScene(), out.resolve("data-summary.png"));
                fx(() -> stage.getScene().lookup("#drop-hint").setVisible(true)); // as while a file is dragged over
                shoot(stage.getScene(), out.resolve("data-drop.png"));
                fx(() -> stage.getScene().lookup("#drop-hint").setVisible(false));
                Platform.runLater(vm.data()::reopenWithOptions);
                pause(2500);
                Window dialog = other(stage);
                shoot(dialog.getScene(), out.resolve("data-import.png"));
                fx(() -> ((Stage) dialog).close());
                Path book = new XlsxFixture().sheet("Read me", row(1, inline("A1", "Exported from the ward system")))
                        .sheet("Admissions 2024", row(1, inline("A1", "Patient number"), inline("B1", "Ward")),
                                row(2, num("A2", "1001"), inline("B2", "Cardiology")))
                        .write(out, "admissions.xlsx");
                fx(() -> vm.load(book)); // the first sheet holds only a note, so the open fails and offers options
                pause(2500);
                Window offer = other(stage);
                shoot(offer.getScene(), out.resolve("data-offer.png"));
                fx(() -> ((Button) offer.getScene().getRoot().lookupAll(".button").stream()
                        .filter(b -> ((Button) b).getText().startsWith("Open")).findFirst().orElseThrow()).fire());
                pause(2500);
                Window sheets = other(stage);
                fx(() -> ((ComboBox<?>) sheets.getScene().lookup("#import-sheet")).getSelectionModel().select(1));
                pause(1500);
                shoot(sheets.getScene(), out.resolve("data-import-xlsx.png"));
                fx(() -> ((Stage) sheets).close());
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        });
        script.setDaemon(true);
        script.start();
    }

    /** The window shown over the workbench (a dialog). */
    private static Window other(Stage stage) throws Exception {
        return fx(() -> Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow());
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        fx(() -> ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile()));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get();
    }

    private static void fx(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
