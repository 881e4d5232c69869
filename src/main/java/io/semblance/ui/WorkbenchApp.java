// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.FxDialogService;
import io.semblance.ui.data.RecentFiles;
import io.semblance.ui.project.ProjectFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The workbench application: one window, placed and themed as last time, opened on the sample table (or
 * {@code -Dsemblance.open=FILE}, a table or a {@code .semblance} project) and, once a table is shown, on the step
 * shown last time if it is available.
 */
public final class WorkbenchApp extends Application {
    /** Where the workbench keeps what it remembers between runs (the recent files), under the user root. */
    static final String PREFERENCES = "io/semblance/ui";

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new DefaultEngine(Locale.getDefault()),
                new FxDialogService(stage), new BackgroundJobs(),
                RecentFiles.persisted(Preferences.userRoot().node(PREFERENCES)));
        WindowMemory memory = WindowMemory.in(Preferences.userRoot().node(PREFERENCES));
        Step last = memory.step();
        vm.rememberSteps(memory);
        WorkbenchFrame frame = WorkbenchFrame.over(stage, vm, memory);
        new WorkbenchView(vm, frame).show(stage);
        StartupReport report = StartupReport.of(stage.getScene(), System.err);
        report.windowShown();
        StartupFile.resolve().ifPresent(file -> open(file, vm, frame, () -> {
            report.tableShown();
            vm.resume(last);
        }));
    }

    /** Opens a project file as a project, anything else as a table (then runs {@code loaded}). */
    private static void open(Path file, WorkbenchViewModel vm, WorkbenchFrame frame, Runnable loaded) {
        if (String.valueOf(file.getFileName()).endsWith(ProjectFile.EXTENSION)) {
            frame.project().open(file);
        } else {
            vm.load(file, loaded);
        }
    }
}
