// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.InputFile;
import io.semblance.core.synth.Strategy;
import io.semblance.core.synth.SynthesisPlan;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.RunSettings;
import io.semblance.ui.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The Synthesize step: the next run's settings, checked as they change; Generate runs fit, sampling and evaluation as
 * one background job and keeps the finished run in the session. Use from the FX thread.
 */
public final class SynthesizeViewModel {
    /** The job kind of a run, as the workbench's status bar and locks know it. */
    public static final String JOB = "synthesis";

    private final Session session;
    private final Locale locale;
    private final RunEngine engine;
    private final Consumer<Run> onRun;
    private final SynthesisForm form = new SynthesisForm();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper constraintsProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final BooleanBinding running;
    private final BooleanBinding canGenerate;
    private final java.util.ArrayDeque<RunSettings> replaying = new java.util.ArrayDeque<>();

    /**
     * @param locale locale of generated names, addresses and phone numbers
     * @param onRun  called with each run kept, after it is selected (the workbench moves on to Compare)
     */
    public SynthesizeViewModel(Session session, Locale locale, Consumer<Run> onRun) {
        this(session, locale, RunEngine.standard(version()), onRun);
    }

    public SynthesizeViewModel(Session session, Locale locale, RunEngine engine, Consumer<Run> onRun) {
        this.session = session;
        this.locale = locale;
        this.engine = engine;
        this.onRun = onRun;
        running = session.job().kindProperty().isEqualTo(JOB);
        canGenerate = Bindings.createBooleanBinding(() -> session.datasetProperty().get() != null
                && problem.get().isEmpty() && !session.job().busyProperty().get(),
                session.datasetProperty(), problem, session.job().busyProperty());
        session.datasetProperty().addListener((o, old, d) -> form.reset(d, session.metadataProperty().get()));
        session.metadataProperty().addListener((o, old, m) -> form.rolesChanged(m));
        form.reset(session.datasetProperty().get(), session.metadataProperty().get());
        Observable[] inputs = {form.strategyProperty(), form.modelProperty(), form.rowsProperty(), form.seedProperty(),
            form.holdoutProperty(), form.minLeafProperty(), form.smoothingProperty(), form.visitSequenceProperty(),
            form.sensitive(), form.realShareProperty(), form.conditions(), form.rebalanceProperty(),
            form.sharesProperty(), form.constraintsProperty(), session.datasetProperty(), session.metadataProperty()};
        for (Observable o : inputs) {
            o.addListener(x -> validate());
        }
        validate();
    }

    private void validate() {
        Dataset d = session.datasetProperty().get();
        Metadata m = session.metadataProperty().get();
        failure.set("");
        constraintsProblem.set(FormReader.constraintsProblem(form, m));
        if (d == null || m == null) {
            problem.set(Messages.get("synthesize.error.noTable"));
            return;
        }
        try {
            FormReader.plan(form, d, m, locale);
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(Errors.describe(e));
        }
    }

    /**
     * Synthesizes and evaluates with the current settings in the background, judged under the session's limits, which
     * the run keeps; does nothing while the settings are wrong.
     */
    public void generate() {
        if (!canGenerate.get()) {
            return;
        }
        Dataset d = session.datasetProperty().get();
        Metadata m = session.metadataProperty().get();
        SynthesisPlan plan = FormReader.plan(form, d, m, locale);
        RunSettings settings = FormReader.settings(plan, d.rowCount());
        List<InputFile> files = files(d);
        Thresholds limits = session.limitsProperty().get();
        failure.set("");
        session.job().run(JOB, (p, c) -> engine.run(plan, d, m, limits, files, p, c),
                o -> keep(o, settings, m, limits), e -> {
                    replaying.clear();
                    failure.set(Errors.describe(e));
                    session.statusProperty().set(Messages.get("error.synthesize"));
                });
    }

    /**
     * Makes the runs of a reopened project again, one after another, each from its saved settings (same table, roles
     * and seed give the same rows). Runs derived from another one (by remediation) are not regenerated: the
     * status line says how many were left out. A failure or Cancel stops the rest.
     */
    public void regenerate(List<io.semblance.ui.project.ProjectFile.SavedRun> saved) {
        replaying.clear();
        saved.stream().filter(r -> r.origin() == null).map(io.semblance.ui.project.ProjectFile.SavedRun::settings)
                .forEach(replaying::add);
        long derived = saved.stream().filter(r -> r.origin() != null).count();
        if (derived > 0) {
            session.statusProperty().set(Messages.get("synthesize.status.derivedSkipped", derived));
        }
        next();
    }

    private void next() {
        RunSettings r = replaying.poll();
        if (r == null) {
            return;
        }
        form.fill(r);
        if (!canGenerate.get()) {
            replaying.clear();
            failure.set(problem.get());
            return;
        }
        generate();
    }

    private void keep(RunEngine.Outcome o, RunSettings settings, Metadata m, Thresholds limits) {
        List<String> notes = new ArrayList<>(o.result().notes());
        notes.addAll(o.evaluation().notes());
        Run run = new Run(session.nextRunNumber(), settings, m, o.result().training(), o.result().holdout(),
                o.result().synthetic(), o.result().model(), o.evaluation().report(), o.elapsed(), notes, null, limits);
        session.addRun(run);
        session.statusProperty().set(Messages.get("synthesize.status.done", run.number(),
                run.synthetic().rowCount(), String.valueOf(settings.seed())));
        onRun.accept(run);
        next();
    }

    private List<InputFile> files(Dataset d) {
        Path file = session.fileProperty().get();
        String sum = session.checksumProperty().get();
        return file == null || sum == null ? List.of()
                : List.of(new InputFile("real", String.valueOf(file.getFileName()), d.rowCount(), sum));
    }

    private static String version() {
        String v = SynthesizeViewModel.class.getPackage().getImplementationVersion();
        return "Semblance " + (v == null ? "development build" : v);
    }

    /** The next run's settings. */
    public SynthesisForm form() {
        return form;
    }

    /** What stops Generate, in one sentence, or "" when the settings are good. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What is wrong with the constraint lines, or "". */
    public ReadOnlyStringProperty constraintsProblemProperty() {
        return constraintsProblem.getReadOnlyProperty();
    }

    /** Why the last run failed, or "". */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public BooleanBinding canGenerateProperty() {
        return canGenerate;
    }

    /** Whether a run is being made. */
    public BooleanBinding runningProperty() {
        return running;
    }

    /** The runs kept, oldest first. */
    public ObservableList<Run> runs() {
        return session.runs();
    }

    /** The run the Compare, Privacy and Export steps show. */
    public ObjectProperty<Run> selectedRunProperty() {
        return session.selectedRunProperty();
    }

    /** What the rows field will produce: the table's size, or for partial synthesis the training rows kept. */
    public StringBinding rowsHintProperty() {
        return Bindings.createStringBinding(() -> form.strategyProperty().get() == Strategy.PARTIAL
                ? Messages.get("synthesize.rows.partial", trainingRows())
                : Messages.get("synthesize.rows.hint", tableRows()),
                session.datasetProperty(), form.strategyProperty(), form.holdoutProperty());
    }

    /** The trees' automatic smallest leaf for the rows they would learn from. */
    public StringBinding minLeafHintProperty() {
        return Bindings.createStringBinding(() -> Messages.get("synthesize.minLeaf.hint",
                CartOptions.automaticMinLeaf(trainingRows())), session.datasetProperty(), form.holdoutProperty());
    }

    private int tableRows() {
        Dataset d = session.datasetProperty().get();
        return d == null ? 0 : d.rowCount();
    }

    private int trainingRows() {
        return SynthesisPlan.trainingRows(tableRows(), form.holdoutProperty().get());
    }
}
