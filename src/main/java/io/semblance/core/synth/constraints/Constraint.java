// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import java.util.List;

/**
 * A rule every synthetic row must meet, over numeric or datetime columns (datetimes compared as epoch seconds).
 * A row with a missing value in a constrained column meets the constraint: it says nothing about unknown values.
 */
public sealed interface Constraint permits Constraint.Compare, Constraint.Range, Constraint.Bound {

    /** The text the constraint was parsed from, as the user wrote it (stripped). */
    String text();

    /** The columns the constraint reads, in the order {@link #holds} takes their values. */
    List<String> columns();

    /** Whether values (in {@link #columns()} order, NaN = missing) meet the constraint. */
    boolean holds(double[] values);

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
    record Compare(String text, String left, Op op, String right) implements Constraint {
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
    record Range(String text, String column, double lo, double hi) implements Constraint {
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
    record Bound(String text, String column, Op op, double value) implements Constraint {
        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public boolean holds(double[] v) {
            return Double.isNaN(v[0]) || op.test(v[0], value);
        }
    }
}
