// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.FxDialogService;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The workbench application: one window, placed and themed as last time, opened on the sample table (or
 * {@code -Dsemblance.open=FILE}).
 */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new DefaultEngine(Locale.getDefault()),
                new FxDialogService(stage), new BackgroundJobs());
        WindowMemory memory = WindowMemory.in(Preferences.userNodeForPackage(WorkbenchApp.class));
        new WorkbenchView(vm, WorkbenchFrame.over(stage, vm, memory)).show(stage);
        StartupFile.resolve().ifPresent(vm::load);
    }

}
