// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.session;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.JobTracker;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the steps of the workbench share: the open table, its metadata (types and roles), the runs made on it, the
 * steward's verdict limits and the one foreground job shown in the status bar. Use from the FX thread.
 */
public final class Session {
    private final JobTracker job;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper checksum = new ReadOnlyStringWrapper();
    private final ObjectProperty<Metadata> metadata = new SimpleObjectProperty<>();
    private final ObservableList<ColumnProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Run> selectedRun = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Thresholds> limits = new SimpleObjectProperty<>(Thresholds.defaults()) {
        @Override
        public void set(Thresholds t) {
            if (t == null) {
                throw new IllegalArgumentException("the session's limits cannot be empty");
            }
            super.set(t);
        }
    };

    public Session(BackgroundJobs jobs) {
        this.job = new JobTracker(jobs);
    }

    /** A table is open: replaces the previous one, its metadata and its runs. */
    public void open(Path path, Dataset data, String sha256, List<ColumnProfile> detected, Metadata meta) {
        selectedRun.set(null);
        runs.clear();
        file.set(path);
        checksum.set(sha256);
        profiles.setAll(detected);
        warnings.setAll(data.warnings());
        metadata.set(meta);
        dataset.set(data);
    }

    /** Keeps a finished run and selects it. */
    public void addRun(Run run) {
        runs.add(run);
        selectedRun.set(run);
    }

    /** The number the next run gets. */
    public int nextRunNumber() {
        return runs.stream().mapToInt(Run::number).max().orElse(0) + 1;
    }

    /** The table's file, or null when none is open. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The open table, or null. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** SHA-256 of the open file, hex, or null. */
    public ReadOnlyStringProperty checksumProperty() {
        return checksum.getReadOnlyProperty();
    }

    /** The column types and roles runs will use; the Columns step edits it. */
    public ObjectProperty<Metadata> metadataProperty() {
        return metadata;
    }

    /** What profiling found for each column of the open table, in table order. */
    public ObservableList<ColumnProfile> profiles() {
        return profiles;
    }

    /** What the reader changed or noticed while reading, one sentence each. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** Runs made on the open table, oldest first. */
    public ObservableList<Run> runs() {
        return runs;
    }

    /** The run the Compare, Privacy and Export steps show, or null. */
    public ObjectProperty<Run> selectedRunProperty() {
        return selectedRun;
    }

    /**
     * The verdict limits of the session: the defaults until the steward moves a gauge on the Privacy step, or opens a
     * project that saved other limits. New runs are judged under them; never null.
     */
    public ObjectProperty<Thresholds> limitsProperty() {
        return limits;
    }

    /** The one foreground job (load, synthesis, evaluation, export) with progress and Cancel in the status bar. */
    public JobTracker job() {
        return job;
    }

    /** The outcome of the last action, in one sentence. */
    public StringProperty statusProperty() {
        return status;
    }
}
