// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.InputFile;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.Messages;
import io.semblance.ui.project.ProjectFile.SavedRun;
import io.semblance.ui.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The project around the session: new, open, save and save as, and whether the metadata, runs or verdict limits
 * changed since the last save. Reopening finds the table, checks its bytes, loads it, applies the saved metadata and
 * limits and hands the saved runs to a {@link RunReplay}. Call from the FX thread.
 */
public final class ProjectViewModel {
    private static final String CHECK = "project";

    private final WorkbenchViewModel vm;
    private final Session session;
    private final ProjectDialogs dialogs;
    private final RunReplay replay;
    private final ReadOnlyObjectWrapper<Path> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final StringBinding title;
    private List<SavedRun> pending = List.of();
    private ProjectState saved;

    public ProjectViewModel(WorkbenchViewModel vm, ProjectDialogs dialogs, RunReplay replay) {
        this.vm = vm;
        this.session = vm.session();
        this.dialogs = dialogs;
        this.replay = replay;
        this.saved = current();
        InvalidationListener refresh = o -> refresh();
        session.metadataProperty().addListener(refresh);
        session.runs().addListener(refresh);
        session.limitsProperty().addListener(refresh);
        session.datasetProperty().addListener(o -> tableOpened());
        title = Bindings.createStringBinding(this::describe, vm.titleProperty(), project, dirty);
    }

    /** Another table was opened: saved runs not yet made belong to the old one; a table alone starts clean. */
    private void tableOpened() {
        pending = List.of();
        if (project.get() == null) {
            saved = current();
        }
        refresh();
    }

    private void refresh() {
        dirty.set(session.datasetProperty().get() != null && !current().equals(saved));
    }

    private ProjectState current() {
        return ProjectState.of(session, pending);
    }

    /** Starts over on another table with the default limits, after dealing with unsaved changes. */
    public void newProject() {
        if (busy() || !settleChanges()) {
            return;
        }
        dialogs.chooseTable(folder()).ifPresent(table -> vm.load(table, () -> {
            project.set(null);
            session.limitsProperty().set(Thresholds.defaults());
            saved = current();
            dirty.set(false);
        }));
    }

    /** Asks for a project file and opens it, after dealing with unsaved changes. */
    public void openProject() {
        if (!busy() && settleChanges()) {
            dialogs.chooseProjectToOpen(folder()).ifPresent(this::open);
        }
    }

    /** Opens a project: finds its table, checks the table's bytes in the background, then loads it. */
    public void open(Path file) {
        ProjectFile read;
        try {
            read = ProjectFile.read(file);
        } catch (IOException | IllegalArgumentException e) {
            fail(Messages.get("project.error.open", file.getFileName()), e);
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Optional<Path> table = read.dataset().locate(file)
                .or(() -> dialogs.locateTable(read.dataset().fileName(), folder));
        if (table.isEmpty()) {
            session.statusProperty().set(Messages.get("project.status.notOpened", file.getFileName()));
            return;
        }
        Path found = table.get();
        session.job().run(CHECK, (p, c) -> {
            p.progress(-1, Messages.get("project.checking", found.getFileName()));
            return InputFile.sha256(found, c);
        }, sha -> {
            if (!sha.equals(read.dataset().sha256()) && !dialogs.continueWithChangedTable(found)) {
                session.statusProperty().set(Messages.get("project.status.notOpened", file.getFileName()));
                return;
            }
            vm.load(found, () -> restore(file, read));
        }, e -> fail(Messages.get("project.error.open", file.getFileName()), e));
    }

    private void restore(Path file, ProjectFile read) {
        Metadata detected = session.metadataProperty().get();
        if (detected != null && detected.names().equals(read.metadata().names())) {
            session.metadataProperty().set(read.metadata());
            for (ColumnMeta c : read.metadata().columns()) {
                vm.setRole(c.name(), c.role()); // the Columns step's rows follow the metadata
            }
        } else {
            session.warnings().add(Messages.get("project.warning.columns"));
        }
        session.limitsProperty().set(read.limits()); // before the runs are made again, so they are judged under them
        project.set(file.toAbsolutePath());
        pending = read.runs();
        saved = ProjectState.of(read);
        dirty.set(!current().equals(saved));
        session.statusProperty().set(Messages.get("project.status.opened", file.getFileName()));
        if (!pending.isEmpty()) {
            replay.replay(pending);
        }
    }

    /** Saves to the project's file, or asks for one; returns whether it was saved. */
    public boolean save() {
        Path file = project.get();
        return file == null ? saveAs() : write(file);
    }

    /** Asks where to save the project and saves it there; returns whether it was saved. */
    public boolean saveAs() {
        if (session.datasetProperty().get() == null) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseProjectToSave(folder(), name() + ProjectFile.EXTENSION);
        if (chosen.isEmpty()) {
            return false;
        }
        Path file = chosen.get();
        if (!file.getFileName().toString().endsWith(ProjectFile.EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + ProjectFile.EXTENSION);
            if (Files.exists(file) && !dialogs.confirmReplace(file)) {
                return false;
            }
        }
        return write(file);
    }

    private boolean write(Path file) {
        ProjectState now = current();
        if (now.table() == null) {
            return false;
        }
        try {
            now.toFile(file).write(file, true); // replacing was confirmed, or it is the project's own file
        } catch (IOException e) {
            fail(Messages.get("project.error.save", file.getFileName()), e);
            return false;
        }
        project.set(file.toAbsolutePath());
        saved = now;
        dirty.set(false);
        session.statusProperty().set(Messages.get("project.status.saved", file.getFileName()));
        return true;
    }

    /** Whether the window may close: true when nothing is unsaved, or the user saved or discarded the changes. */
    public boolean confirmClose() {
        return settleChanges();
    }

    private boolean settleChanges() {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.askToSave(name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean busy() {
        return session.job().busyProperty().get();
    }

    private void fail(String header, Throwable e) {
        session.statusProperty().set(header);
        dialogs.showError(header, Errors.describe(e));
    }

    /** Where choosers start: the project's folder, else the table's. */
    private Path folder() {
        Path f = project.get() != null ? project.get() : session.fileProperty().get();
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    /** The project's name: its file name without extension, else the table's. */
    public String name() {
        Path f = project.get() != null ? project.get() : session.fileProperty().get();
        return f == null ? Messages.get("project.untitled")
                : f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    private String describe() {
        Path table = session.fileProperty().get();
        String base = project.get() == null || table == null ? vm.titleProperty().get()
                : Messages.get("project.title", name(), table.getFileName());
        return dirty.get() ? Messages.get("project.title.dirty", base) : base;
    }

    /** The project's file, or null before it is first saved or opened. */
    public ReadOnlyObjectProperty<Path> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** Whether the metadata, runs, limits or table changed since the project was saved or opened. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The window title: the project's name, its table and a "•" when there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }
}
