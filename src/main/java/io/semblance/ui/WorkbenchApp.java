// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.synth.copula.ColumnGenerators;
import io.semblance.core.synth.copula.GeneratorSpec;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.FxDialogService;
import io.semblance.ui.common.Messages;
import java.util.List;
import java.util.function.LongFunction;
import javafx.application.Application;
import javafx.stage.Stage;

/** The workbench application: one window, opened on the sample table (or {@code -Dsemblance.open=FILE}). */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new DefaultEngine(new NoIdentifierGenerators()),
                new FxDialogService(stage), new BackgroundJobs());
        new WorkbenchView(vm).show(stage);
        StartupFile.resolve().ifPresent(vm::load);
    }

    /** This build has no generators for identifier and PII columns: a table with one cannot be synthesized yet. */
    static final class NoIdentifierGenerators implements ColumnGenerators {
        @Override
        public GeneratorSpec learn(ColumnMeta column, List<String> sample, long seed) {
            throw new IllegalArgumentException(Messages.get("error.noIdentifierGenerators"));
        }

        @Override
        public LongFunction<String> build(GeneratorSpec spec) {
            throw new IllegalArgumentException(Messages.get("error.noIdentifierGenerators"));
        }
    }
}
