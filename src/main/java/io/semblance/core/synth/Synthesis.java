// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.Profiler;
import io.semblance.core.profile.pii.PiiDetector;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.core.synth.cart.CartSynthesizer;
import io.semblance.core.synth.copula.CopulaSynthesizer;
import io.semblance.core.synth.fake.FakeGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The engine's entry points for detection and fitting, shared by the command line and the workbench. */
public final class Synthesis {
    /** Model names accepted by {@link #fit}. */
    public static final List<String> MODELS = List.of("copula", "cart");

    private Synthesis() {
    }

    /** A profiler with the built-in PII detector. */
    public static Profiler profiler() {
        PiiDetector detector = new PiiDetector();
        return new Profiler(detector::detect);
    }

    /** Metadata detected from the data (types, PII, suggested roles). */
    public static Metadata detect(Dataset data, ProgressListener progress, Cancellation cancel) {
        return Profiler.metadata(profiler().profile(data, progress, cancel));
    }

    /** Checks that metadata describes exactly the data's columns; throws IllegalArgumentException naming the differences. */
    public static void checkMatches(Metadata meta, Dataset data) {
        List<String> missing = new ArrayList<>(data.names());
        missing.removeAll(meta.names());
        List<String> extra = new ArrayList<>(meta.names());
        extra.removeAll(data.names());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            StringBuilder sb = new StringBuilder("the metadata does not match the data:");
            if (!missing.isEmpty()) {
                sb.append(" no entry for ").append(quoted(missing)).append(';');
            }
            if (!extra.isEmpty()) {
                sb.append(" describes columns the data lacks: ").append(quoted(extra)).append(';');
            }
            throw new IllegalArgumentException(sb.substring(0, sb.length() - 1));
        }
        for (ColumnMeta c : meta.columns()) {
            if (c.sdtype() == io.semblance.core.model.SdType.DATETIME && c.datetimeFormat() != null) {
                io.semblance.core.model.DatetimeFormat.ofStrftime(c.datetimeFormat());
            }
        }
    }

    /** "file.csv: " for a table read from a file, else "". */
    public static String source(Dataset data) {
        return data.source() == null || data.source().isBlank() ? "" : data.source() + ": ";
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    /** Fits the named model (see {@link #MODELS}); {@code locale} shapes generated PII such as names and phones. */
    public static FittedModel fit(String model, Dataset data, Metadata meta, long seed, Locale locale,
                                  ProgressListener progress, Cancellation cancel) {
        return fit(model, data, meta, seed, locale, CartOptions.defaults(), progress, cancel);
    }

    /** Fits the named model; {@code cart} settings apply to the "cart" model only. */
    public static FittedModel fit(String model, Dataset data, Metadata meta, long seed, Locale locale,
                                  CartOptions cart, ProgressListener progress, Cancellation cancel) {
        if (!MODELS.contains(model)) {
            throw new IllegalArgumentException("unknown model \"" + model + "\"; available: " + String.join(", ", MODELS));
        }
        checkMatches(meta, data);
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException("the table has no rows to learn from");
        }
        if (data.rowCount() == 1) {
            throw new IllegalArgumentException(source(data) + "the table has only one data row; synthesis needs at"
                    + " least two, or every synthetic row would repeat that one record");
        }
        if (model.equals("cart")) {
            return new CartSynthesizer(new FakeGenerators(locale), cart).fit(data, meta, seed, progress, cancel);
        }
        return new CopulaSynthesizer(new FakeGenerators(locale)).fit(data, meta, seed, progress, cancel);
    }

    /**
     * Partial synthesis: fits the named model to {@code data} and binds it to the table's rows, so the returned
     * writer emits exactly {@code data.rowCount()} rows, row i from real row i, with only the {@code sensitive}
     * (modelled) columns redrawn conditioned on the row's other values and the identifier and PII columns
     * generated; every other value is copied. Throws IllegalArgumentException naming unknown or unmodelled columns.
     */
    public static PartialModel partial(String model, Dataset data, Metadata meta, java.util.Collection<String> sensitive,
                                      long seed, Locale locale, CartOptions cart, ProgressListener progress,
                                      Cancellation cancel) {
        checkMatches(meta, data);
        checkSensitive(data, meta, sensitive);
        FittedModel fitted = fit(model, data, meta, seed, locale, partialSequence(data, meta, sensitive, cart), progress,
                cancel);
        java.util.Set<String> names = java.util.Set.copyOf(sensitive);
        if (fitted instanceof io.semblance.core.synth.cart.CartModel cm) {
            return new io.semblance.core.synth.cart.PartialCart(cm, data, names);
        }
        return new io.semblance.core.synth.copula.PartialCopula((io.semblance.core.synth.copula.CopulaModel) fitted,
                data, names);
    }

    /**
     * CART visits the sensitive columns last, so each is drawn from a tree over every kept column (and the
     * sensitive ones before it); the kept columns' own trees are not used.
     */
    private static CartOptions partialSequence(Dataset data, Metadata meta, java.util.Collection<String> sensitive,
                                               CartOptions cart) {
        List<String> order = new ArrayList<>();
        for (String name : data.names()) {
            if (!sensitive.contains(name) && meta.column(name).map(ColumnMeta::isModelled).orElse(false)) {
                order.add(name);
            }
        }
        for (String name : sensitive) {
            if (!order.contains(name)) {
                order.add(name);
            }
        }
        return new CartOptions(cart.minLeaf(), cart.smoothing(), order);
    }

    /** Checks that the sensitive columns are named, exist and are modelled. */
    public static void checkSensitive(Dataset data, Metadata meta, java.util.Collection<String> sensitive) {
        if (sensitive.isEmpty()) {
            throw new IllegalArgumentException("partial synthesis needs at least one sensitive column");
        }
        List<String> unknown = new ArrayList<>();
        List<String> generated = new ArrayList<>();
        for (String name : sensitive) {
            if (data.indexOf(name) < 0) {
                unknown.add(name);
            } else if (!meta.column(name).map(ColumnMeta::isModelled).orElse(false)) {
                generated.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the table has no column " + quoted(unknown) + " to treat as sensitive");
        }
        if (!generated.isEmpty()) {
            throw new IllegalArgumentException("the column(s) " + quoted(generated) + " are identifiers or personal"
                    + " data, which are always replaced by generated values; list only modelled columns as sensitive");
        }
    }

    /**
     * A writer that emits only rows meeting every condition, with the {@code rebalance} column's classes (if not
     * null) in the requested shares, for a copula or cart model (a cart model fitted with
     * {@link CartOptions#leadingWith} draws the conditioned columns first and need not reject rows). Throws
     * IllegalArgumentException for another model, an unknown column, or conditions the model cannot meet
     * (explaining which).
     */
    public static FittedModel conditioned(FittedModel model, List<io.semblance.core.synth.conditions.Condition> conditions,
                                          io.semblance.core.synth.conditions.Rebalance rebalance) {
        if (conditions.isEmpty() && rebalance == null) {
            return model;
        }
        if (model instanceof io.semblance.core.synth.copula.CopulaModel cm) {
            return new io.semblance.core.synth.copula.ConditionedCopula(cm, conditions, rebalance);
        }
        if (model instanceof io.semblance.core.synth.cart.CartModel cm) {
            return new io.semblance.core.synth.cart.ConditionedCart(cm, conditions, rebalance);
        }
        throw new IllegalArgumentException("conditions and rebalancing are available for the copula and cart models"
                + " only, not " + model.kind());
    }
}
