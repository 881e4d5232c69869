// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import java.util.List;

/**
 * The rows of a table that break one constraint: their count and up to three examples (1-based data rows). For
 * {@link Constraint.Unique}, a row breaks it when an earlier row has the same values.
 */
public record Violations(Constraint constraint, long count, List<Integer> examples) {
    public Violations {
        examples = List.copyOf(examples);
    }

    /** One warning line, e.g. {@code 12 real rows break "b >= a" (rows 5, 88, 1204)}. */
    public String describe() {
        return count + " real row" + (count == 1 ? "" : "s") + " break" + (count == 1 ? "s" : "") + " \""
                + constraint.text() + "\" (row" + (examples.size() == 1 ? " " : "s ")
                + String.join(", ", examples.stream().map(String::valueOf).toList()) + ")";
    }
}
