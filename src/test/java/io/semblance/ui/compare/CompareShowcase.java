// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.Fixtures;
import io.semblance.ui.Step;
import io.semblance.ui.WorkbenchView;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.FxDialogService;
import io.semblance.ui.session.Run;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Opens the workbench on the Compare step of a run made on a sample table, to look at it:
 * {@code java -cp target/classes:target/test-classes:target/lib/* io.semblance.ui.compare.CompareShowcase
 * [adult|german|file=PATH] [column=NAME] [pairs]}.
 */
public final class CompareShowcase {
    private CompareShowcase() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    private static void selectColumn(Stage stage, String column) {
        stage.getScene().getRoot().applyCss(); // tab contents join the scene graph with the tab pane's skin
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<ColumnScoreRow> table =
                (javafx.scene.control.TableView<ColumnScoreRow>) stage.getScene().lookup("#compare-columns");
        table.getItems().stream().filter(r -> r.column().equals(column)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    /** The window; the run is made in the background and shown when ready. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Path table = getParameters().getRaw().stream().filter(a -> a.startsWith("file=")).findFirst()
                    .map(a -> Path.of(a.substring("file=".length())))
                    .orElse(getParameters().getRaw().contains("german") ? Fixtures.GERMAN_CREDIT.path()
                            : Fixtures.ADULT.path());
            boolean pairs = getParameters().getRaw().contains("pairs");
            WorkbenchViewModel vm = new WorkbenchViewModel(new DefaultEngine(Locale.US), new FxDialogService(stage),
                    new BackgroundJobs());
            new WorkbenchView(vm).show(stage);
            vm.load(table);
            Thread maker = new Thread(() -> {
                try {
                    Run run = CompareRuns.of(table, 5000, 5);
                    while (vm.datasetProperty().get() == null) { // the run must follow the table, which resets runs
                        Thread.sleep(100);
                    }
                    Platform.runLater(() -> {
                        vm.session().addRun(run);
                        System.out.println("showcase: run shown");
                        vm.go(Step.COMPARE);
                        getParameters().getRaw().stream().filter(a -> a.startsWith("column=")).findFirst()
                                .ifPresent(a -> selectColumn(stage, a.substring("column=".length())));
                        if (pairs) {
                            ((TabPane) stage.getScene().lookup("#compare-tabs")).getSelectionModel().select(1);
                        }
                    });
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }, "showcase-run");
            maker.setDaemon(true);
            maker.start();
        }
    }
}
