// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.ui.Fx;
import io.semblance.ui.Step;
import io.semblance.ui.WorkbenchView;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.FxDialogService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Not a test: draws the workbench on the Columns step for a table and writes the window's content as PNG, to look
 * at the page. Usage: {@code ColumnsScreenshot TABLE PNG [WIDTH HEIGHT]}; run it with a display (e.g. under xvfb-run).
 */
public final class ColumnsScreenshot {
    private ColumnsScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path table = Path.of(args[0]);
        Path png = Path.of(args[1]);
        double w = args.length > 2 ? Double.parseDouble(args[2]) : 1280;
        double h = args.length > 3 ? Double.parseDouble(args[3]) : 820;
        Platform.startup(() -> { });
        AtomicReference<Stage> stage = new AtomicReference<>();
        AtomicReference<WorkbenchViewModel> vm = new AtomicReference<>();
        Fx.run(() -> {
            Stage s = new Stage();
            WorkbenchViewModel model = new WorkbenchViewModel(new DefaultEngine(Locale.US), new FxDialogService(s),
                    new BackgroundJobs());
            new WorkbenchView(model).show(s);
            s.setWidth(w);
            s.setHeight(h);
            model.load(table);
            stage.set(s);
            vm.set(model);
        });
        Fx.waitUntil("the table is open", () -> vm.get().datasetProperty().get() != null);
        Fx.run(() -> vm.get().go(Step.COLUMNS));
        Thread.sleep(2000); // distributions are counted and the table laid out
        Fx.run(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.get().getScene().snapshot(null), null), "png", png.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Platform.exit();
    }
}
