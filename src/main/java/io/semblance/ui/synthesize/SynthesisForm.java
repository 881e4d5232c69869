// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.Strategy;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.ui.session.RunSettings;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings of the next run as the steward edits them, text fields as text. {@link FormReader} turns them into
 * an engine plan. Use from the FX thread.
 */
public final class SynthesisForm {
    /** The models offered, as the engine names them. */
    public static final List<String> MODELS = List.of("copula", "cart");
    /** Largest holdout share offered. */
    public static final double MAX_HOLDOUT = 0.5;

    private final ObjectProperty<Strategy> strategy = new SimpleObjectProperty<>(Strategy.FULL);
    private final StringProperty model = new SimpleStringProperty("copula");
    private final StringProperty rows = new SimpleStringProperty("");
    private final StringProperty seed = new SimpleStringProperty("");
    private final DoubleProperty holdout = new SimpleDoubleProperty(0.2);
    private final StringProperty minLeaf = new SimpleStringProperty("");
    private final BooleanProperty smoothing = new SimpleBooleanProperty(true);
    private final StringProperty visitSequence = new SimpleStringProperty("");
    private final ObservableList<String> sensitive = FXCollections.observableArrayList();
    private final DoubleProperty realShare = new SimpleDoubleProperty(0.5);
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.columnProperty(), r.valueProperty()});
    private final StringProperty rebalance = new SimpleStringProperty("");
    private final StringProperty shares = new SimpleStringProperty("");
    private final StringProperty constraints = new SimpleStringProperty("");
    private final ObservableList<String> modelled = FXCollections.observableArrayList();
    private final ObservableList<String> categorical = FXCollections.observableArrayList();
    private final ObservableList<String> sensitiveView = FXCollections.unmodifiableObservableList(sensitive);
    private final ObservableList<String> modelledView = FXCollections.unmodifiableObservableList(modelled);
    private final ObservableList<String> categoricalView = FXCollections.unmodifiableObservableList(categorical);
    private boolean sensitiveChosen;

    /** Back to the defaults for a newly opened table: full, copula, its row count, a fresh seed, a 20% holdout. */
    void reset(Dataset data, Metadata meta) {
        strategy.set(Strategy.FULL);
        model.set("copula");
        rows.set(data == null ? "" : String.valueOf(data.rowCount()));
        seed.set(String.valueOf(Seeds.fresh()));
        holdout.set(0.2);
        minLeaf.set("");
        smoothing.set(true);
        visitSequence.set("");
        realShare.set(0.5);
        conditions.clear();
        rebalance.set("");
        shares.set("");
        constraints.set("");
        sensitiveChosen = false;
        rolesChanged(meta);
    }

    /** The settings of an earlier run, so generating repeats it (the sensitive columns no longer follow the roles). */
    void fill(RunSettings r) {
        strategy.set(Strategy.parse(r.strategy()));
        model.set(r.model());
        rows.set(String.valueOf(r.rows()));
        seed.set(String.valueOf(r.seed()));
        holdout.set(r.holdoutShare());
        minLeaf.set(r.minLeaf() == 0 ? "" : String.valueOf(r.minLeaf()));
        smoothing.set(r.smoothing());
        visitSequence.set(String.join(", ", r.visitSequence()));
        realShare.set(r.realShare());
        conditions.setAll(r.conditions().stream().map(c -> {
            Condition parsed = Condition.parse(c);
            return new ConditionRow(parsed.column(), parsed.value());
        }).toList());
        rebalance.set(r.rebalance() == null ? "" : r.rebalance());
        shares.set(String.join(",", r.shares()));
        constraints.set(String.join("\n", r.constraints()));
        sensitiveChosen = true;
        sensitive.setAll(r.sensitive().stream().filter(modelled::contains).toList());
    }

    /**
     * The roles changed: the columns offered follow; the sensitive columns follow the roles until the steward picks
     * them by hand, after which only columns that are no longer modelled are dropped.
     */
    void rolesChanged(Metadata meta) {
        List<ColumnMeta> cols = meta == null ? List.of() : meta.columns();
        modelled.setAll(cols.stream().filter(ColumnMeta::isModelled).map(ColumnMeta::name).toList());
        categorical.setAll(cols.stream().filter(c -> c.isModelled()
                && (c.sdtype() == SdType.CATEGORICAL || c.sdtype() == SdType.BOOLEAN)).map(ColumnMeta::name).toList());
        if (sensitiveChosen) {
            sensitive.retainAll(modelled);
        } else {
            sensitive.setAll(cols.stream().filter(c -> c.isModelled() && c.role() == ColumnRole.SENSITIVE)
                    .map(ColumnMeta::name).toList());
        }
    }

    /** The steward ticks or unticks a modelled column as sensitive; from then on the roles no longer decide. */
    public void setSensitive(String column, boolean chosen) {
        if (chosen == sensitive.contains(column) || chosen && !modelled.contains(column)) {
            return;
        }
        sensitiveChosen = true;
        if (chosen) {
            sensitive.add(column);
        } else {
            sensitive.remove(column);
        }
    }

    /** A fresh random seed. */
    public void newSeed() {
        seed.set(String.valueOf(Seeds.fresh()));
    }

    /** Adds an empty condition line. */
    public void addCondition() {
        conditions.add(new ConditionRow(null, ""));
    }

    public ObjectProperty<Strategy> strategyProperty() {
        return strategy;
    }

    /** "copula" or "cart" (decision trees). */
    public StringProperty modelProperty() {
        return model;
    }

    /** Rows to generate, as typed. */
    public StringProperty rowsProperty() {
        return rows;
    }

    /** The seed, as typed. */
    public StringProperty seedProperty() {
        return seed;
    }

    /** Share of real rows set aside before fitting, in [0, {@link #MAX_HOLDOUT}]. */
    public DoubleProperty holdoutProperty() {
        return holdout;
    }

    /** Trees: fewest real rows in a leaf, as typed; blank for automatic. */
    public StringProperty minLeafProperty() {
        return minLeaf;
    }

    /** Trees: whether numeric draws are smoothed. */
    public BooleanProperty smoothingProperty() {
        return smoothing;
    }

    /** Trees: columns to synthesize first, comma-separated; blank for the default order. */
    public StringProperty visitSequenceProperty() {
        return visitSequence;
    }

    /** Partial and hybrid: the columns redrawn (read-only view; change with {@link #setSensitive}). */
    public ObservableList<String> sensitive() {
        return sensitiveView;
    }

    /** Hybrid: share of output rows built from real records, in [0, 1]. */
    public DoubleProperty realShareProperty() {
        return realShare;
    }

    /** Full: the condition lines. */
    public ObservableList<ConditionRow> conditions() {
        return conditions;
    }

    /** Full: the column whose classes are rebalanced; blank for none. */
    public StringProperty rebalanceProperty() {
        return rebalance;
    }

    /** Full: shares of the rebalanced column's classes ("yes=0.3, no=0.7"); blank for equal shares. */
    public StringProperty sharesProperty() {
        return shares;
    }

    /** Full: one constraint per line. */
    public StringProperty constraintsProperty() {
        return constraints;
    }

    /** The columns the model learns, which may be sensitive or conditioned on. */
    public ObservableList<String> modelledColumns() {
        return modelledView;
    }

    /** The categorical and boolean modelled columns, which may be rebalanced. */
    public ObservableList<String> categoricalColumns() {
        return categoricalView;
    }
}
