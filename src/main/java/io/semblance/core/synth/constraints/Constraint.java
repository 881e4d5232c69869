// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import java.util.List;

/**
 * A rule the synthetic rows must meet: a {@link Rule} on each row's numeric or datetime values, a {@link Fixed}
 * set of columns whose combinations must occur in the real rows, or a {@link Unique} set of columns no two rows may
 * share. A row with a missing value in a constrained column meets the constraint: it says nothing about unknown
 * values.
 */
public sealed interface Constraint permits Constraint.Rule, Constraint.Fixed, Constraint.Unique {

    /** The text the constraint was parsed from, as the user wrote it (stripped). */
    String text();

    /** The columns the constraint reads, in the order {@link Rule#holds} takes their values. */
    List<String> columns();

    /** A rule over numeric or datetime columns (datetimes compared as epoch seconds). */
    sealed interface Rule extends Constraint permits Compare, Range, Bound {
        /** Whether values (in {@link #columns()} order, NaN = missing) meet the rule. */
        boolean holds(double[] values);
    }

    /** A comparison operator. */
    enum Op {
        LE("<="), LT("<"), GE(">="), GT(">");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean test(double a, double b) {
            return switch (this) {
                case LE -> a <= b;
                case LT -> a < b;
                case GE -> a >= b;
                case GT -> a > b;
            };
        }
    }

    /** {@code left op right} between two columns. */
    record Compare(String text, String left, Op op, String right) implements Rule {
        @Override
        public List<String> columns() {
            return List.of(left, right);
        }

        @Override
        public boolean holds(double[] v) {
            return Double.isNaN(v[0]) || Double.isNaN(v[1]) || op.test(v[0], v[1]);
        }
    }

    /** {@code column in lo..hi}, inclusive; the bounds in the column's own terms (epoch seconds for datetimes). */
    record Range(String text, String column, double lo, double hi) implements Rule {
        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public boolean holds(double[] v) {
            return Double.isNaN(v[0]) || (v[0] >= lo && v[0] <= hi);
        }
    }

    /** {@code column op value}, e.g. the sign {@code amount > 0} or {@code hours >= 10}; value as in {@link Range}. */
    record Bound(String text, String column, Op op, double value) implements Rule {
        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public boolean holds(double[] v) {
            return Double.isNaN(v[0]) || op.test(v[0], value);
        }
    }

    /**
     * {@code fixed(a, b, ...)}: each row's combination of values in these columns (missing counted as a value)
     * is one that occurs in the real rows. Numbers and dates are compared as values, not as text.
     */
    record Fixed(String text, List<String> columns) implements Constraint {
        public Fixed {
            columns = List.copyOf(columns);
        }
    }

    /**
     * {@code unique(a, ...)}: no two rows share their values (their combination, for several columns) in these
     * columns; a row with a missing value in one of them is exempt. Numbers and dates are compared as values.
     */
    record Unique(String text, List<String> columns) implements Constraint {
        public Unique {
            columns = List.copyOf(columns);
        }
    }
}
