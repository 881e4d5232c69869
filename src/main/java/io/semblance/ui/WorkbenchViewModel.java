// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.ui.data.DataViewModel;
import io.semblance.ui.data.RecentFiles;
import io.semblance.ui.data.Samples;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.common.Engine;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.JobTracker;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Session;
import io.semblance.ui.synthesize.SynthesizeViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workbench's state and actions. Call from the FX thread; long work runs as background jobs. */
public final class WorkbenchViewModel {
    private static final String SYNTHESIS = SynthesizeViewModel.JOB;

    private final Engine engine;
    private final DialogService dialogs;
    private final Session session;
    private final DataViewModel data;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.DATA);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.title"));
    private final JobTracker job;
    private SynthesizeViewModel synthesizer;
    private final BooleanBinding synthesizing;

    /** A workbench whose recent files are kept only while it runs. */
    public WorkbenchViewModel(Engine engine, DialogService dialogs, BackgroundJobs jobs) {
        this(engine, dialogs, jobs, RecentFiles.inMemory());
    }

    public WorkbenchViewModel(Engine engine, DialogService dialogs, BackgroundJobs jobs, RecentFiles recent) {
        this.engine = engine;
        this.dialogs = dialogs;
        this.session = new Session(jobs);
        this.job = session.job();
        this.synthesizing = job.kindProperty().isEqualTo(SYNTHESIS);
        this.data = new DataViewModel(session, engine, dialogs, jobs, recent, new Samples());
        session.datasetProperty().addListener((o, old, d) -> opened(d));
    }

    /** Asks for a table and opens it (not while a synthesis runs); see {@link DataViewModel#open}. */
    public void open() {
        data.open();
    }

    /** Reads and profiles a table; see {@link DataViewModel#load(Path)}. */
    public void load(Path path) {
        data.load(path);
    }

    /** As {@link #load(Path)}, then runs {@code then} on the FX thread once the table is shown (not on failure). */
    public void load(Path path, Runnable then) {
        data.load(path, then);
    }

    private void opened(Dataset d) {
        if (d != null) {
            title.set(Messages.get("app.titleWithFile", session.fileProperty().get().getFileName()));
        }
    }

    /** Stores the steward's role for a column in the metadata. */
    public void setRole(String column, ColumnRole role) {
        Metadata m = session.metadataProperty().get();
        if (m == null || role == null) {
            return;
        }
        session.metadataProperty().set(m.with(m.column(column).orElseThrow().withRole(role)));
    }

    /**
     * Stops the running job; what was shown before it stays. A job kind may word the message itself under
     * {@code <kind>.status.cancelled}.
     */
    public void cancel() {
        boolean synthesis = synthesizing.get();
        String own = job.kindProperty().get() + ".status.cancelled";
        if (job.cancel()) {
            session.statusProperty().set(Messages.get(Messages.has(own) ? own
                    : synthesis ? "status.cancelled.synthesis" : "status.cancelled.load"));
        }
    }

    private Consumer<Throwable> failure(String header) {
        return e -> {
            session.statusProperty().set(header);
            dialogs.showError(header, Errors.describe(e));
        };
    }

    /** The Synthesize step's state, made on first use; each run kept moves the workbench on to Compare. */
    public SynthesizeViewModel synthesizer() {
        if (synthesizer == null) {
            synthesizer = new SynthesizeViewModel(session, java.util.Locale.getDefault(), run -> go(Step.COMPARE));
        }
        return synthesizer;
    }

    /** The Data step: opening tables and what is known about the open one. */
    public DataViewModel data() {
        return data;
    }

    /** The state the steps share: table, metadata, runs, the foreground job. */
    public Session session() {
        return session;
    }

    /** The step shown. */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    /** Shows a step if it is available: Data always, Columns and Synthesize with a table, the rest with a run. */
    public void go(Step s) {
        if (available(s).get()) {
            step.set(s);
        }
    }

    /** Remembers in {@code memory} each step shown from now on, so that the next start can {@link #resume} it. */
    public void rememberSteps(WindowMemory memory) {
        step.addListener((o, old, s) -> memory.remember(s));
    }

    /**
     * Shows {@code last}, the step shown when the workbench was last closed, if it is available now; else, or if the
     * steward has already left Data meanwhile, the step shown stays.
     */
    public void resume(Step last) {
        if (step.get() == Step.DATA) {
            go(last);
        }
    }

    /** Whether a step can be shown now. */
    public BooleanBinding available(Step s) {
        if (s == Step.DATA) {
            return Bindings.createBooleanBinding(() -> true);
        }
        return s.needsRun() ? session.selectedRunProperty().isNotNull() : session.datasetProperty().isNotNull();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return session.fileProperty();
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return session.datasetProperty();
    }

    public ReadOnlyObjectProperty<Metadata> metadataProperty() {
        return session.metadataProperty();
    }

    /** What the reader changed or noticed while reading, one sentence each. */
    public ObservableList<String> warnings() {
        return session.warnings();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The running job (loading or synthesizing): busy, progress and message. */
    public JobTracker job() {
        return job;
    }

    public BooleanBinding synthesizingProperty() {
        return synthesizing;
    }

    /** The outcome of the last action, e.g. "Wrote 1,000 rows to … (seed 42)". */
    public ReadOnlyStringProperty statusProperty() {
        return session.statusProperty();
    }
}
