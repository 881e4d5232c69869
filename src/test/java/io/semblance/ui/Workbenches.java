// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.DialogService;
import java.util.Locale;
import javafx.stage.Stage;

/** The workbench window as window tests open it: the real engine, the test's dialogs. */
public final class Workbenches {
    private Workbenches() {
    }

    /** Shows the workbench on {@code stage} over the real engine, asking {@code dialogs}; returns its view model. */
    public static WorkbenchViewModel show(Stage stage, DialogService dialogs) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new DefaultEngine(Locale.US), dialogs, new BackgroundJobs());
        new WorkbenchView(vm).show(stage);
        return vm;
    }
}
