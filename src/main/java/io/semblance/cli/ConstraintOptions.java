// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.constraints.ConstrainedModel;
import io.semblance.core.synth.constraints.Constraint;
import io.semblance.core.synth.constraints.Constraints;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The synth command's --constraint handling: parsing, the report on real rows, and wrapping the fitted model. */
final class ConstraintOptions {
    private ConstraintOptions() {
    }

    /**
     * The constraints from the metadata and the command line, bound to the training table, with a warning on
     * {@code err} for each one real rows break; null when there are none. A bad --constraint is a usage error.
     */
    static Constraints.Checker prepare(List<String> given, boolean full, Metadata meta, Dataset training,
                                       PrintWriter err) {
        List<String> cli = given == null ? List.of() : given;
        if (!full) {
            if (!cli.isEmpty()) {
                throw new Cli.UsageException("--constraint applies to --strategy full only");
            }
            if (!meta.constraints().isEmpty()) {
                err.println("note: the metadata's constraints apply to --strategy full only; they are not used here");
                err.flush();
            }
            return null;
        }
        List<Constraint> all = new ArrayList<>();
        for (String t : meta.constraints()) {
            try {
                all.add(Constraints.parse(t, meta));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("metadata: " + e.getMessage(), e);
            }
        }
        for (String t : cli) {
            try {
                all.add(Constraints.parse(t, meta));
            } catch (IllegalArgumentException e) {
                throw new Cli.UsageException("--constraint: " + e.getMessage());
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        Constraints.Checker checker = Constraints.bind(all, meta, training);
        for (Constraints.Violations v : checker.violations(training)) {
            err.println("warning: " + v.describe());
        }
        err.flush();
        return checker;
    }

    /** The model writing only rows that meet the constraints (the model itself when there are none). */
    static FittedModel apply(FittedModel m, Constraints.Checker checker) {
        return checker == null ? m : new ConstrainedModel(m, checker);
    }
}
