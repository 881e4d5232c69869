// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.conditions;

/**
 * A condition every generated row must meet: column {@code column} equals {@code value}, or, for a numeric or
 * datetime column, lies in the inclusive range {@code from..to} (either end may be null: open). Whether the value
 * is read as a range is decided against the column's type: a categorical column is matched on the whole text.
 */
public record Condition(String column, String value) {
    private static final String RANGE = "..";

    public Condition {
        if (column == null || column.isEmpty()) {
            throw new IllegalArgumentException("a condition needs a column name: COL=VALUE");
        }
        if (value == null) {
            throw new IllegalArgumentException("a condition needs a value: COL=VALUE");
        }
    }

    /** Parses {@code col=value}: the value is everything after the first '='. */
    public static Condition parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("condition \"" + text + "\" should read COL=VALUE or COL=FROM..TO");
        }
        return new Condition(text.substring(0, eq), text.substring(eq + 1));
    }

    /** True if the value reads as a range FROM..TO (one end may be empty, not both). */
    public boolean isRange() {
        int i = value.indexOf(RANGE);
        return i >= 0 && value.indexOf(RANGE, i + 1) < 0 && !value.strip().equals(RANGE);
    }

    /** The range's lower end, or null if open. */
    public String from() {
        String s = value.substring(0, value.indexOf(RANGE)).strip();
        return s.isEmpty() ? null : s;
    }

    /** The range's upper end, or null if open. */
    public String to() {
        String s = value.substring(value.indexOf(RANGE) + RANGE.length()).strip();
        return s.isEmpty() ? null : s;
    }

    @Override
    public String toString() {
        return column + "=" + value;
    }
}
