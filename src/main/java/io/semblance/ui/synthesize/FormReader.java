// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.Strategy;
import io.semblance.core.synth.SynthesisPlan;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.conditions.Rebalance;
import io.semblance.core.synth.constraints.Constraints;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.RunSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@link SynthesisForm} into the engine's plan. Text that is not a number gets the form's own message; every
 * other problem is the engine's, as {@link SynthesisPlan#check} words it. Settings the chosen strategy does not
 * use (conditions for partial synthesis, say) are left out rather than refused, since their editors are hidden.
 */
final class FormReader {
    private FormReader() {
    }

    /** The plan the form describes for this table; throws IllegalArgumentException with one sentence otherwise. */
    static SynthesisPlan plan(SynthesisForm f, Dataset data, Metadata meta, Locale locale) {
        Strategy s = f.strategyProperty().get();
        boolean full = s == Strategy.FULL;
        Long rows = s == Strategy.PARTIAL ? null : rows(f.rowsProperty().get());
        long seed = whole(f.seedProperty().get(), "synthesize.error.seed");
        List<String> sensitive = full ? List.of() : List.copyOf(f.sensitive());
        List<Condition> conditions = full ? conditions(f) : List.of();
        Rebalance rebalance = full ? rebalance(f) : null;
        List<String> constraints = full ? constraintLines(f) : List.of();
        SynthesisPlan p = new SynthesisPlan(s, f.modelProperty().get(), rows, seed, f.holdoutProperty().get(),
                sensitive, f.realShareProperty().get(), conditions, rebalance, constraints, cart(f), locale);
        p.check(data, meta);
        return p;
    }

    /** The problem with the constraint lines, in one sentence, or "" when each line parses. */
    static String constraintsProblem(SynthesisForm f, Metadata meta) {
        if (meta == null) {
            return "";
        }
        try {
            Constraints.parseAll(constraintLines(f), meta);
            return "";
        } catch (IllegalArgumentException e) {
            return capitalised(e.getMessage());
        }
    }

    /** The plan as the run records it. */
    static RunSettings settings(SynthesisPlan p, int tableRows) {
        Rebalance r = p.rebalance();
        return new RunSettings(p.strategy().id(), p.model(), p.outputRows(tableRows), p.seed(), p.holdoutShare(),
                p.sensitive(), p.realShare(), p.conditions().stream().map(Condition::toString).toList(),
                r == null ? null : r.column(),
                r == null ? List.of() : r.shares().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(),
                p.constraints(), p.cart().minLeaf(), p.cart().smoothing(), p.cart().visitSequence());
    }

    static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long rows(String text) {
        long n = whole(text, "synthesize.error.rows");
        if (n < 1) {
            throw new IllegalArgumentException(Messages.get("synthesize.error.rows", text.strip()));
        }
        return n;
    }

    private static long whole(String text, String key) {
        try {
            return Long.parseLong(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get(key, text.strip()));
        }
    }

    private static CartOptions cart(SynthesisForm f) {
        int minLeaf = CartOptions.AUTOMATIC;
        String leaf = f.minLeafProperty().get().strip();
        if (!leaf.isEmpty()) {
            long n = whole(leaf, "synthesize.error.minLeaf");
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(Messages.get("synthesize.error.minLeaf", leaf));
            }
            minLeaf = (int) n;
        }
        List<String> order = Arrays.stream(f.visitSequenceProperty().get().split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
        return new CartOptions(minLeaf, f.smoothingProperty().get(), order);
    }

    private static List<Condition> conditions(SynthesisForm f) {
        return f.conditions().stream().filter(r -> !r.isBlank()).map(r -> {
            String column = r.columnProperty().get();
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException(Messages.get("synthesize.error.conditionColumn",
                        r.valueProperty().get().strip()));
            }
            if (r.valueProperty().get().isBlank()) {
                throw new IllegalArgumentException(Messages.get("synthesize.error.conditionValue", column));
            }
            return new Condition(column, r.valueProperty().get().strip());
        }).toList();
    }

    private static Rebalance rebalance(SynthesisForm f) {
        String column = f.rebalanceProperty().get();
        return column == null || column.isBlank() ? null : Rebalance.parse(column, f.sharesProperty().get());
    }

    private static List<String> constraintLines(SynthesisForm f) {
        return f.constraintsProperty().get().lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
