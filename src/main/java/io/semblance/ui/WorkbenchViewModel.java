// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.core.profile.Profiler;
import io.semblance.core.report.InputFile;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.common.Engine;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.JobTracker;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Session;
import io.semblance.ui.synthesize.SynthesizeViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
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
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 1000;
    private static final String LOAD = "load";
    private static final String SYNTHESIS = SynthesizeViewModel.JOB;

    private record Loaded(Path file, Dataset data, String checksum, List<ColumnProfile> profiles) {
    }

    private final Engine engine;
    private final DialogService dialogs;
    private final Session session;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.DATA);
    private final ObservableList<Integer> previewRows = FXCollections.observableArrayList();
    private final ObservableList<Integer> previewView = FXCollections.unmodifiableObservableList(previewRows);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.title"));
    private final JobTracker job;
    private SynthesizeViewModel synthesizer;
    private final BooleanBinding synthesizing;

    public WorkbenchViewModel(Engine engine, DialogService dialogs, BackgroundJobs jobs) {
        this.engine = engine;
        this.dialogs = dialogs;
        this.session = new Session(jobs);
        this.job = session.job();
        this.synthesizing = job.kindProperty().isEqualTo(SYNTHESIS);
    }

    /** Asks for a table and loads it (not while a synthesis runs). */
    public void open() {
        if (synthesizing.get()) {
            return;
        }
        Path current = session.fileProperty().get();
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        dialogs.chooseTable(folder).ifPresent(this::load);
    }

    /** Reads and profiles a table; a load still running is cancelled (the latest request wins). Ignored while synthesizing. */
    public void load(Path path) {
        load(path, () -> { });
    }

    /** As {@link #load(Path)}, then runs {@code then} on the FX thread once the table is shown (not on failure). */
    public void load(Path path, Runnable then) {
        if (synthesizing.get()) {
            return;
        }
        job.run(LOAD, (p, c) -> {
            Dataset d = engine.read(path, BackgroundJobs.part(p, 0, 0.8), c);
            List<ColumnProfile> profiles = engine.profile(d, BackgroundJobs.part(p, 0.8, 0.95), c);
            return new Loaded(path, d, InputFile.sha256(path), profiles);
        }, l -> {
            show(l);
            then.run();
        }, failure(Messages.get("error.open", path.getFileName())));
    }

    private void show(Loaded l) {
        previewRows.clear(); // the old rows must not be drawn against the new table
        session.open(l.file(), l.data(), l.checksum(), l.profiles(), Profiler.metadata(l.profiles()));
        previewRows.setAll(IntStream.range(0, Math.min(PREVIEW_ROWS, l.data().rowCount())).boxed().toList());
        title.set(Messages.get("app.titleWithFile", l.file().getFileName()));
        session.statusProperty().set(Messages.get("status.loaded", l.file().getFileName()));
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

    /** Indexes of the rows shown in the preview (at most {@link #PREVIEW_ROWS}); values are read on demand. */
    public ObservableList<Integer> previewRows() {
        return previewView;
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
