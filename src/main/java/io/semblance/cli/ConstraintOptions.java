// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.constraints.Constraint;
import io.semblance.core.synth.constraints.ConstraintSet;
import io.semblance.core.synth.constraints.Constraints;
import io.semblance.core.synth.constraints.Violations;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The synth command's --constraint handling: parsing, the report on real rows, and the notes on partial runs. */
final class ConstraintOptions {
    private ConstraintOptions() {
    }

    /**
     * The constraints from the metadata and the command line, bound to the training table, with a warning on
     * {@code err} for each one real rows break (empty when there are none). A bad --constraint is a usage error.
     */
    static ConstraintSet prepare(List<String> given, Metadata meta, Dataset training, PrintWriter err) {
        List<Constraint> all = new ArrayList<>();
        for (String t : meta.constraints()) {
            try {
                all.add(Constraints.parse(t, meta));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("metadata: " + e.getMessage(), e);
            }
        }
        for (String t : given == null ? List.<String>of() : given) {
            try {
                all.add(Constraints.parse(t, meta));
            } catch (IllegalArgumentException e) {
                throw new Cli.UsageException("--constraint: " + e.getMessage());
            }
        }
        ConstraintSet set = ConstraintSet.of(all, meta, training);
        if (!set.isEmpty()) {
            for (Violations v : set.violations()) {
                err.println("warning: " + v.describe());
            }
            err.flush();
        }
        return set;
    }

    /** A note for each constraint real rows break that partial synthesis cannot enforce, as it reads kept columns only. */
    static void notes(ConstraintSet set, ConstraintSet.Partial partial, PrintWriter err) {
        for (Violations v : set.violations()) {
            if (partial.unenforced().contains(v.constraint())) {
                err.println("note: \"" + v.constraint().text() + "\" reads only columns that partial synthesis keeps,"
                        + " so the " + v.count() + " real row" + (v.count() == 1 ? "" : "s") + " breaking it"
                        + (v.count() == 1 ? " is" : " are") + " written as they are");
            }
        }
        err.flush();
    }

    /** Refuses options that cannot work with fixed combinations, whose columns the fitted model joins. */
    static void checkJoined(ConstraintSet set, boolean saveModel, List<String> conditionColumns) {
        if (set.joined().isEmpty()) {
            return;
        }
        if (saveModel) {
            throw new Cli.UsageException("--save-model cannot save a model fitted under fixed(...) constraints: a model"
                    + " file does not keep the real combinations they allow; drop --save-model or the fixed constraint");
        }
        for (String c : conditionColumns) {
            if (set.joined().contains(c)) {
                throw new Cli.UsageException("--condition and --rebalance cannot name \"" + c + "\", which is part of"
                        + " a fixed combination");
            }
        }
    }
}
