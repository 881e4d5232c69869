// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.conditions;

import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.profile.Numbers;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Reads {@code text} (the value or one end of the range) as a number, or as a date in {@code datetime} when that
     * is not null; anything else is refused naming this condition.
     */
    public double number(String text, DatetimeFormat datetime) {
        double v = datetime != null ? datetime.parse(text) : Numbers.parse(text);
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("condition " + this + ": \"" + text + "\" is not "
                    + (datetime != null ? "a date in the column's format" : "a number"));
        }
        return v;
    }

    /** The conditions and rebalancing as messages name them: "a=1 and b=2 and rebalanced c". */
    public static String describe(List<Condition> conditions, Rebalance rebalance) {
        List<String> parts = new ArrayList<>();
        conditions.forEach(c -> parts.add(c.toString()));
        if (rebalance != null) {
            parts.add("rebalanced " + rebalance.column());
        }
        return String.join(" and ", parts);
    }

    /** The refusal of conditions ({@code described}) that cannot be met, saying why. */
    public static IllegalArgumentException impossible(String described, String why) {
        return new IllegalArgumentException("condition " + described + " cannot be met: " + why);
    }

    /** Category names for a message: at most 20, missing shown as "(missing)", comma-separated. */
    public static String listed(Iterable<String> categories) {
        List<String> names = new ArrayList<>();
        for (String s : categories) {
            names.add(s == null ? "(missing)" : s);
            if (names.size() == 20) {
                names.add("…");
                break;
            }
        }
        return String.join(", ", names);
    }

    @Override
    public String toString() {
        return column + "=" + value;
    }
}
