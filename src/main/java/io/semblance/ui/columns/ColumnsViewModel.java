// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.ColumnBins;
import io.semblance.core.profile.MetadataCheck;
import io.semblance.core.profile.Retype;
import io.semblance.core.profile.RoleSuggester;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.BackgroundJobs.JobTask;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Columns step: one row per column of the open table, edits of types, formats and roles written to the
 * session's metadata (the one source of truth; rows follow it), advice on the declarations, metadata files.
 * Edits are ignored while the session's job runs. Use from the FX thread.
 */
public final class ColumnsViewModel {
    /** Bins of each row's distribution sparkline. */
    public static final int SPARK_BINS = 16;

    private record Count(ColumnRow row, long request, ColumnMeta meta, String[] values) {
    }

    private final Session session;
    private final ColumnsDialogs dialogs;
    private final BackgroundJobs jobs;
    private final MetadataFiles files;
    private final ObservableList<ColumnRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ColumnRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> advice = FXCollections.observableArrayList();
    private final ObservableList<String> adviceView = FXCollections.unmodifiableObservableList(advice);
    private JobTask<List<ColumnBins>> counting;

    public ColumnsViewModel(Session session, ColumnsDialogs dialogs, BackgroundJobs jobs) {
        this.session = session;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.files = new MetadataFiles(session, dialogs);
        session.datasetProperty().addListener((o, old, now) -> rebuild());
        session.metadataProperty().addListener((o, old, now) -> declared(now));
        rebuild();
    }

    /** One row per column of the open table, in table order; empty without a table. */
    public ObservableList<ColumnRow> rows() {
        return rowsView;
    }

    /** Plain sentences on declarations that will not do what the steward probably means; empty when all is well. */
    public ObservableList<String> advice() {
        return adviceView;
    }

    /** True while a job (a run generating, a table loading) uses the metadata: edits are ignored. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return session.job().busyProperty();
    }

    /** Gives one column a role. */
    public void setRole(String column, ColumnRole role) {
        setRoles(List.of(column), role);
    }

    /** Gives every named column the same role. */
    public void setRoles(Collection<String> columns, ColumnRole role) {
        Metadata m = editable();
        if (m == null || role == null) {
            return;
        }
        for (String c : columns) {
            m = m.with(m.column(c).orElseThrow().withRole(role));
        }
        session.metadataProperty().set(m);
    }

    /** Declares a column's type; the engine fills in its format and PII marks from the values. */
    public void setType(String column, TypeChoice type) {
        Metadata m = editable();
        Dataset d = session.datasetProperty().get();
        if (m != null && type != null && d.indexOf(column) >= 0) {
            session.metadataProperty().set(Retype.column(m, column, type.sdtype(), type.kind(),
                    d.column(d.indexOf(column))));
        }
    }

    /** Sets a datetime column's strftime format, e.g. {@code %d/%m/%Y}; blank clears it. Ignored for other types. */
    public void setDatetimeFormat(String column, String format) {
        Metadata m = editable();
        ColumnMeta c = m == null ? null : m.column(column).orElse(null);
        if (c == null || c.sdtype() != SdType.DATETIME) {
            return;
        }
        String f = format == null || format.isBlank() ? null : format.strip();
        if (!Objects.equals(f, c.datetimeFormat())) {
            session.metadataProperty().set(m.with(c.withDatetimeFormat(f)));
        }
    }

    /** After the user confirms, replaces every role by the engine's suggestion for the column as declared. */
    public void suggestRoles() {
        Metadata m = editable();
        if (m == null) {
            return;
        }
        Metadata suggested = RoleSuggester.apply(m);
        long changes = rows.stream().filter(r -> suggested.column(r.name()).orElseThrow().role() != r.role()).count();
        if (changes == 0) {
            session.statusProperty().set(Messages.get("columns.suggest.same"));
        } else if (dialogs.confirm(Messages.get("columns.suggest.header"), Messages.get("columns.suggest.text", changes))) {
            session.metadataProperty().set(suggested);
            session.statusProperty().set(Messages.get("columns.suggest.done", changes));
        }
    }

    /** Asks for a metadata JSON file and applies it if it describes this table; otherwise says why and changes nothing. */
    public void loadMetadata() {
        if (editable() != null) {
            files.load();
        }
    }

    /** Asks where to save the metadata as JSON (confirming before replacing a file) and writes it atomically. */
    public void saveMetadata() {
        files.save();
    }

    /** The metadata when there is a table and edits are allowed, else null. */
    private Metadata editable() {
        return lockedProperty().get() || session.datasetProperty().get() == null ? null
                : session.metadataProperty().get();
    }

    private void rebuild() {
        if (counting != null) {
            counting.stop();
        }
        Dataset d = session.datasetProperty().get();
        Metadata m = session.metadataProperty().get();
        if (d == null || m == null) {
            rows.clear();
        } else {
            rows.setAll(session.profiles().stream().map(p -> new ColumnRow(p,
                    m.column(p.meta().name()).orElse(p.meta()), d.rowCount())).toList());
            count(rows);
        }
        advise();
    }

    private void declared(Metadata now) {
        if (now == null) {
            return;
        }
        List<ColumnRow> retyped = new ArrayList<>();
        for (ColumnRow r : rows) {
            ColumnMeta before = r.meta();
            now.column(r.name()).ifPresent(c -> {
                r.declare(c);
                if (before.sdtype() != c.sdtype() || !Objects.equals(before.datetimeFormat(), c.datetimeFormat())) {
                    retyped.add(r);
                }
            });
        }
        count(retyped);
        advise();
    }

    /** Counts the rows' distributions in the background; a row shows only its latest count. */
    private void count(List<ColumnRow> which) {
        Dataset d = session.datasetProperty().get();
        List<Count> todo = which.stream().filter(r -> d.indexOf(r.name()) >= 0)
                .map(r -> new Count(r, r.requestBins(), r.meta(), d.column(d.indexOf(r.name())))).toList();
        if (todo.isEmpty()) {
            return;
        }
        JobTask<List<ColumnBins>> task = jobs.task((p, c) -> {
            List<ColumnBins> out = new ArrayList<>();
            for (Count t : todo) {
                c.check();
                out.add(ColumnBins.of(t.values(), t.meta(), SPARK_BINS));
            }
            return out;
        });
        task.setOnSucceeded(e -> {
            for (int i = 0; i < todo.size(); i++) {
                todo.get(i).row().showBins(todo.get(i).request(), task.getValue().get(i));
            }
        });
        counting = task;
        jobs.start(task);
    }

    private void advise() {
        Dataset d = session.datasetProperty().get();
        Metadata m = session.metadataProperty().get();
        advice.setAll(d == null || m == null ? List.of() : MetadataCheck.check(m, d).stream()
                .map(f -> Messages.get("columns.advice." + f.problem().name().toLowerCase(Locale.ROOT),
                        String.join(", ", f.columns().stream().map(n -> Messages.get("columns.quoted", n)).toList())))
                .toList());
    }
}
