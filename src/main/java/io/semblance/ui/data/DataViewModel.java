// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableRead;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * The Data step: opens a table (by dialog, with import options, from the recent files, a bundled sample or a
 * dropped file), reads and profiles it as the session's one foreground job and puts it in the session. A failed
 * or cancelled open leaves the open table as it was. Use from the FX thread.
 */
public final class DataViewModel {
    /** The job kind of an open; other kinds (a synthesis, an export) are never interrupted by one. */
    public static final String LOAD = "load";

    /** Where the table comes from: a file, or a sample copied out of the application first. */
    @FunctionalInterface
    private interface Source {
        Path file() throws IOException;
    }

    /** What to open and how; {@code name} names it in messages before its file is known. */
    private record Request(Source source, ReadOptions options, boolean sample, String name) {
        Request with(ReadOptions o) {
            return new Request(source, o, sample, name);
        }
    }

    private record Loaded(Path file, TableRead read, ReadOptions options, String sha256, List<ColumnProfile> profiles,
                          double missingShare, boolean sample) {
    }

    private final Session session;
    private final Engine engine;
    private final DialogService dialogs;
    private final BackgroundJobs jobs;
    private final RecentFiles recent;
    private final Samples samples;
    private final JobTracker job;
    private final ReadOnlyObjectWrapper<TableSummary> summary = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding blocked;

    public DataViewModel(Session session, Engine engine, DialogService dialogs, BackgroundJobs jobs,
                         RecentFiles recent, Samples samples) {
        this.session = session;
        this.engine = engine;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.recent = recent;
        this.samples = samples;
        this.job = session.job();
        this.blocked = job.busyProperty().and(job.kindProperty().isNotEqualTo(LOAD));
    }

    /** Asks for a table and opens it with the detected settings. */
    public void open() {
        if (!blocked.get()) {
            dialogs.chooseTable(folder()).ifPresent(this::load);
        }
    }

    /** Asks for a table, then for how to read it (with a preview), and opens it so. */
    public void openWithOptions() {
        if (!blocked.get()) {
            dialogs.chooseTable(folder()).ifPresent(f -> importFile(fileRequest(f, ReadOptions.defaults())));
        }
    }

    /** Shows the open table's reading options again, to open it once more with other ones. */
    public void reopenWithOptions() {
        TableSummary s = summary.get();
        Path f = session.fileProperty().get();
        if (s != null && f != null && !blocked.get()) {
            importFile(new Request(() -> f, s.options(), s.sample(), s.name()));
        }
    }

    /** Opens a file with the detected settings (the latest open wins; ignored while another kind of job runs). */
    public void load(Path file) {
        load(file, ReadOptions.defaults());
    }

    /** As {@link #load(Path)}, then runs {@code then} on the FX thread once the table is shown (not on failure). */
    public void load(Path file, Runnable then) {
        start(fileRequest(file, ReadOptions.defaults()), then);
    }

    /** Opens a file with the given settings. */
    public void load(Path file, ReadOptions options) {
        start(fileRequest(file, options));
    }

    private static Request fileRequest(Path file, ReadOptions options) {
        return new Request(() -> file, options, false, String.valueOf(file.getFileName()));
    }

    /** Opens one of the files listed by {@link #recentFiles()}; one no longer there is forgotten, with a message. */
    public void openRecent(Path file) {
        if (blocked.get()) {
            return;
        }
        if (Files.isRegularFile(file)) {
            load(file);
            return;
        }
        recent.remove(file);
        String header = Messages.get("error.open", file.getFileName());
        session.statusProperty().set(Messages.get("data.recent.gone", file));
        dialogs.showError(header, Messages.get("data.recent.gone", file));
    }

    /** Opens a bundled sample by name (see {@link #samples()}). */
    public void openSample(String name) {
        start(new Request(() -> samples.file(name), ReadOptions.defaults(), true, name));
    }

    /** Opens the first of the files dropped on the window. */
    public void openDropped(List<Path> files) {
        if (!files.isEmpty()) {
            load(files.get(0));
        }
    }

    /** Shows the import dialog for the request's file; opens it with the options chosen. */
    private void importFile(Request r) {
        Path file;
        try {
            file = r.source().file();
        } catch (IOException e) {
            dialogs.showError(Messages.get("error.open", r.name()), Errors.describe(e));
            return;
        }
        ImportViewModel importer = new ImportViewModel(file, r.options(), engine, jobs);
        try {
            dialogs.askImport(importer).ifPresent(o -> start(r.with(o)));
        } finally {
            importer.close();
        }
    }

    private void start(Request r) {
        start(r, () -> { });
    }

    private void start(Request r, Runnable then) {
        if (blocked.get()) {
            return;
        }
        job.run(LOAD, (p, c) -> {
            Path file = r.source().file();
            engine.checkMemory(file, r.options());
            TableRead read = engine.read(file, r.options(), Integer.MAX_VALUE, BackgroundJobs.part(p, 0, 0.7), c);
            String sha256 = InputFile.sha256(file, c);
            c.check();
            List<ColumnProfile> profiles = engine.profile(read.data(), BackgroundJobs.part(p, 0.75, 0.95), c);
            return new Loaded(file, read, r.options(), sha256, profiles, read.data().missingShare(), r.sample());
        }, l -> {
            show(l);
            then.run();
        }, e -> failed(e, r));
    }

    private void show(Loaded l) {
        summary.set(null); // the page drops the old rows before the new table arrives
        session.open(l.file(), l.read().data(), l.sha256(), l.profiles(), Profiler.metadata(l.profiles()));
        summary.set(new TableSummary(String.valueOf(l.file().getFileName()), l.read().format(), l.options(),
                l.read().data().rowCount(), l.read().data().columnCount(), l.missingShare(), l.sha256(),
                l.read().data().warnings(), l.sample()));
        if (!l.sample()) {
            recent.add(l.file());
        }
        session.statusProperty().set(Messages.get("status.loaded", l.file().getFileName()));
    }

    private void failed(Throwable e, Request r) {
        String header = Messages.get("error.open", r.name());
        String message = Errors.describe(e);
        session.statusProperty().set(header);
        if (!(e instanceof DataFormatException)) {
            dialogs.showError(header, message);
        } else if (dialogs.offerImport(header, message)) {
            importFile(r);
        }
    }

    /** The folder of the open table, where the file dialog starts, or null. */
    private Path folder() {
        Path current = session.fileProperty().get();
        TableSummary s = summary.get();
        return current == null || (s != null && s.sample()) ? null : current.toAbsolutePath().getParent();
    }

    /** Tells the steward the checksum went to the clipboard (the view puts it there). */
    public void checksumCopied() {
        TableSummary s = summary.get();
        if (s != null) {
            session.statusProperty().set(Messages.get("data.summary.copied", s.name()));
        }
    }

    /** The open table's summary, or null when none is open. */
    public ReadOnlyObjectProperty<TableSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether another kind of job runs (a synthesis, an export): then nothing is opened. */
    public BooleanBinding blockedProperty() {
        return blocked;
    }

    /** Whether a table is being opened. */
    public BooleanBinding loadingProperty() {
        return job.busyProperty().and(job.kindProperty().isEqualTo(LOAD));
    }

    /** The recently opened files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    /** The recent files, each with whether it is still there; checks the disk. */
    public List<RecentFile> recentEntries() {
        return recent.files().stream().map(p -> new RecentFile(p, Files.isRegularFile(p))).toList();
    }

    /** Forgets all recent files. */
    public void clearRecent() {
        recent.clear();
    }

    /** The bundled samples' file names. */
    public List<String> samples() {
        return samples.names();
    }

    /** The shared session (the open table, its metadata, the foreground job). */
    public Session session() {
        return session;
    }

    /** A recent file and whether it is still there. */
    public record RecentFile(Path path, boolean present) {
    }
}
