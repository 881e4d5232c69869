// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.report.Acknowledgement;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.Session;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Export step: what to write for the selected run, where, and under which name; the run's verdicts; the export
 * itself as one background job. A run with red verdicts is exported only after the steward acknowledges them with a
 * reason, which the reports record; existing files are replaced only after asking. Use from the FX thread.
 */
public final class ExportViewModel {
    /** The job kind on the session's tracker. */
    public static final String JOB = "export";
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    private final Session session;
    private final ExportDialogs dialogs;
    private final Clock clock;
    private final String user;
    private final Map<ExportKind, BooleanProperty> chosen = new EnumMap<>(ExportKind.class);
    private final Map<ExportKind, ReadOnlyStringWrapper> unavailable = new EnumMap<>(ExportKind.class);
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty baseName = new SimpleStringProperty("");
    private final ObservableList<PlannedFile> files = FXCollections.observableArrayList();
    private final ObservableList<PlannedFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<MetricResult> red = FXCollections.observableArrayList();
    private final ObservableList<MetricResult> redView = FXCollections.unmodifiableObservableList(red);
    private final BooleanBinding reportRequired = Bindings.isNotEmpty(red);
    private final ReadOnlyStringWrapper verdictCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper modelHoldsRealValues = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanBinding exporting;
    private final BooleanBinding canExport;

    /** Acknowledgements are signed with the account name and the system clock. */
    public ExportViewModel(Session session, ExportDialogs dialogs) {
        this(session, dialogs, Clock.systemUTC(), System.getProperty("user.name", "unknown"));
    }

    /** @param user who acknowledges red verdicts, as recorded in the reports */
    public ExportViewModel(Session session, ExportDialogs dialogs, Clock clock, String user) {
        this.session = session;
        this.dialogs = dialogs;
        this.clock = clock;
        this.user = user;
        for (ExportKind k : ExportKind.values()) {
            chosen.put(k, new SimpleBooleanProperty(k == ExportKind.CSV || k == ExportKind.METADATA
                    || k == ExportKind.HTML_REPORT));
            unavailable.put(k, new ReadOnlyStringWrapper());
            chosen.get(k).addListener((o, a, b) -> refresh());
        }
        exporting = session.job().kindProperty().isEqualTo(JOB);
        canExport = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !session.job().busyProperty().get(),
                problem, session.job().busyProperty());
        folder.addListener((o, a, b) -> refresh());
        baseName.addListener((o, a, b) -> refresh());
        session.selectedRunProperty().addListener((o, a, run) -> show(run));
        show(session.selectedRunProperty().get());
    }

    /** Takes the run's defaults: base name from the input file and run number, folder of the input file. */
    private void show(Run run) {
        result.set("");
        red.setAll(run == null ? List.of() : run.report().verdicts(Level.RED));
        verdictCounts.set(run == null ? "" : Messages.get("export.verdicts.counts",
                run.report().verdicts(Level.GREEN).size(), run.report().verdicts(Level.AMBER).size(), red.size()));
        runSummary.set(run == null ? Messages.get("export.noRun") : RunFacts.summary(run));
        modelHoldsRealValues.set(run != null && RunFacts.modelHoldsRealValues(run));
        unavailable.get(ExportKind.MODEL).set(run == null ? null : RunFacts.modelUnavailable(run));
        unavailable.get(ExportKind.XLSX).set(run == null ? null : RunFacts.xlsxUnavailable(run));
        if (!red.isEmpty()) {
            chosen.get(ExportKind.HTML_REPORT).set(true); // the report is where the acknowledgement is kept
        }
        Path input = session.fileProperty().get();
        if (folder.get().isBlank() && input != null && input.toAbsolutePath().getParent() != null) {
            folder.set(input.toAbsolutePath().getParent().toString());
        }
        if (run != null) {
            baseName.set(RunFacts.baseName(input, run));
        }
        refresh();
    }

    /** Recomputes the files to be written, whether each exists, and what stops the export, if anything. */
    public void refresh() {
        files.setAll(plan());
        problem.set(findProblem());
    }

    private List<PlannedFile> plan() {
        Path dir = folderPath();
        String base = baseName.get().strip();
        if (dir == null || base.isEmpty() || base.chars().anyMatch(ch -> FORBIDDEN.indexOf(ch) >= 0)) {
            return List.of();
        }
        List<PlannedFile> out = new ArrayList<>();
        for (ExportKind k : ExportKind.values()) {
            if (chosen(k)) {
                Path p = dir.resolve(base + k.suffix());
                out.add(new PlannedFile(k, p, Files.exists(p)));
            }
        }
        return out;
    }

    private boolean chosen(ExportKind k) {
        return chosen.get(k).get() && unavailable.get(k).get() == null || k == ExportKind.HTML_REPORT && !red.isEmpty();
    }

    private String findProblem() {
        if (session.selectedRunProperty().get() == null) {
            return Messages.get("export.problem.noRun");
        }
        if (folderPath() == null || !Files.isDirectory(folderPath())) {
            return Messages.get("export.problem.folder");
        }
        String base = baseName.get().strip();
        if (base.isEmpty() || base.chars().anyMatch(ch -> FORBIDDEN.indexOf(ch) >= 0)) {
            return Messages.get("export.problem.baseName", FORBIDDEN);
        }
        return files.isEmpty() ? Messages.get("export.problem.nothing") : "";
    }

    private Path folderPath() {
        String f = folder.get().strip();
        if (f.isEmpty()) {
            return null;
        }
        try {
            return Path.of(f).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Asks for the folder to export into. */
    public void chooseFolder() {
        dialogs.chooseFolder(folderPath()).ifPresent(p -> folder.set(p.toString()));
    }

    /**
     * Exports the chosen files: first the acknowledgement of red verdicts, the warning about a model holding real
     * values and the question about existing files; any "no" writes nothing.
     */
    public void export() {
        Run run = session.selectedRunProperty().get();
        refresh();
        if (run == null || !canExport.get()) {
            return;
        }
        List<PlannedFile> plan = List.copyOf(files);
        Acknowledgement ack = null;
        if (!red.isEmpty()) {
            Optional<Acknowledged> answer = dialogs.acknowledgeRed(List.copyOf(red));
            if (answer.isEmpty() || !answer.get().given()) {
                stopped("export.status.notAcknowledged");
                return;
            }
            ack = new Acknowledgement(user, clock.instant(), answer.get().reason(), List.copyOf(red));
        }
        Optional<PlannedFile> model = plan.stream().filter(f -> f.kind() == ExportKind.MODEL).findFirst();
        if (model.isPresent() && modelHoldsRealValues.get() && !dialogs.confirmRealValues(model.get().path())) {
            stopped("export.status.modelDeclined");
            return;
        }
        List<Path> existing = plan.stream().filter(PlannedFile::exists).map(PlannedFile::path).toList();
        if (!existing.isEmpty() && !dialogs.confirmReplace(existing)) {
            stopped("export.status.notReplaced");
            return;
        }
        ExportJob job = new ExportJob(run, plan, ack);
        result.set("");
        session.job().run(JOB, job::run, this::done, e -> {
            refresh();
            String header = Messages.get("export.error");
            stoppedWith(header);
            dialogs.showError(header, Errors.describe(e));
        });
    }

    private void done(List<Path> written) {
        String names = written.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        String folderName = written.get(0).toAbsolutePath().getParent().toString();
        stoppedWith(Messages.get("export.status.done", written.size(), folderName, names));
        refresh();
    }

    private void stopped(String key) {
        stoppedWith(Messages.get(key));
    }

    private void stoppedWith(String text) {
        result.set(text);
        session.statusProperty().set(text);
    }

    /** Stops a running export; nothing of it is left in the folder. */
    public void cancel() {
        if (exporting.get() && session.job().cancel()) {
            stopped("export.status.cancelled");
        }
    }

    /** Whether this kind is to be written (bound to its check box). */
    public BooleanProperty chosenProperty(ExportKind kind) {
        return chosen.get(kind);
    }

    /** Why this kind cannot be exported for the run, or null when it can. */
    public ReadOnlyStringProperty unavailableProperty(ExportKind kind) {
        return unavailable.get(kind).getReadOnlyProperty();
    }

    /** Whether the run has red verdicts, so the HTML report, which records their acknowledgement, is always written. */
    public BooleanBinding reportRequiredProperty() {
        return reportRequired;
    }

    /** Whether the model file would hold real values of the training data (a cart model). */
    public ReadOnlyBooleanProperty modelHoldsRealValuesProperty() {
        return modelHoldsRealValues.getReadOnlyProperty();
    }

    /** The folder to export into, as typed or chosen. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** The start of every file name, e.g. {@code adult-run3}. */
    public StringProperty baseNameProperty() {
        return baseName;
    }

    /** The files the export will write, in order, each marked when it already exists. */
    public ObservableList<PlannedFile> files() {
        return filesView;
    }

    /** The run's red verdicts, in report order. */
    public ObservableList<MetricResult> redVerdicts() {
        return redView;
    }

    /** "12 green · 3 amber · 1 red". */
    public ReadOnlyStringProperty verdictCountsProperty() {
        return verdictCounts.getReadOnlyProperty();
    }

    /** The selected run in one line. */
    public ReadOnlyStringProperty runSummaryProperty() {
        return runSummary.getReadOnlyProperty();
    }

    /** Why the export cannot start now, or "" when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The outcome of the last export: the folder and files written, or why nothing was. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the Export button is active. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** Whether an export is running. */
    public BooleanBinding exportingProperty() {
        return exporting;
    }
}
