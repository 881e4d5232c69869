// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Numbers;
import io.semblance.core.profile.Profiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses constraint text: {@code a <= b}, {@code a < b}, {@code a >= b}, {@code a > b} between two numeric or
 * datetime columns; {@code col in LO..HI} (inclusive, numbers or dates in the column's format);
 * {@code col > 0}, {@code col >= 0}, {@code col < 0}, {@code col <= 0} (any number, or a date for a datetime
 * column, may stand for 0); {@code fixed(a, b, ...)} (two or more modelled columns whose combinations must be real
 * ones); and {@code unique(a, ...)} (modelled or id columns no two rows may share). Column names may be
 * double-quoted. Every column must be modelled (not an identifier or personal data, which are generated), except
 * that id columns may be unique.
 */
public final class Constraints {
    private static final Pattern RANGE = Pattern.compile("^(\"[^\"]+\"|.+?)\\s+in\\s+(.+?)\\s*\\.\\.\\s*(.+)$");
    private static final Pattern CALL = Pattern.compile("^(fixed|unique)\\s*\\((.*)\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMPARE = Pattern.compile("^(\"[^\"]+\"|.+?)\\s*(<=|>=|<|>)(?!=)\\s*(\"[^\"]+\"|.+)$");

    private Constraints() {
    }

    /** Parses every text; throws IllegalArgumentException for the first that is not valid. */
    public static List<Constraint> parseAll(List<String> texts, Metadata meta) {
        List<Constraint> out = new ArrayList<>();
        for (String t : texts) {
            out.add(parse(t, meta));
        }
        return List.copyOf(out);
    }

    /** Parses one constraint against the metadata; throws IllegalArgumentException naming the text and the problem. */
    public static Constraint parse(String text, Metadata meta) {
        String t = text == null ? "" : text.strip();
        Matcher call = CALL.matcher(t);
        if (call.matches()) {
            return call(t, call.group(1).toLowerCase(java.util.Locale.ROOT), call.group(2), meta);
        }
        Matcher r = RANGE.matcher(t);
        if (r.matches()) {
            ColumnMeta c = column(t, unquote(r.group(1)), meta);
            double lo = bound(t, c, r.group(2).strip());
            double hi = bound(t, c, r.group(3).strip());
            if (lo > hi) {
                throw new IllegalArgumentException("constraint \"" + t + "\": the range is empty (" + r.group(2).strip()
                        + " is above " + r.group(3).strip() + ")");
            }
            return new Constraint.Range(t, c.name(), lo, hi);
        }
        Matcher m = COMPARE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("constraint \"" + t + "\" is not understood; expected \"A <= B\" (or <, >=,"
                    + " >) between two columns, \"COL in LO..HI\", \"COL > 0\" (or >=, <, <=; any number or date for 0),"
                    + " \"fixed(A, B)\" or \"unique(A)\"");
        }
        Constraint.Op op = switch (m.group(2)) {
            case "<=" -> Constraint.Op.LE;
            case "<" -> Constraint.Op.LT;
            case ">=" -> Constraint.Op.GE;
            default -> Constraint.Op.GT;
        };
        ColumnMeta left = column(t, unquote(m.group(1)), meta);
        String right = m.group(3).strip();
        if (!right.startsWith("\"") && meta.column(right).isEmpty() && constant(left, right)) {
            return new Constraint.Bound(t, left.name(), op, bound(t, left, right));
        }
        ColumnMeta rc = column(t, unquote(right), meta);
        if ((left.sdtype() == SdType.DATETIME) != (rc.sdtype() == SdType.DATETIME)) {
            throw new IllegalArgumentException("constraint \"" + t + "\" compares a datetime column with a numeric one");
        }
        return new Constraint.Compare(t, left.name(), op, rc.name());
    }

    /** {@code fixed(...)} or {@code unique(...)} with the text between the parentheses. */
    private static Constraint call(String t, String kind, String inside, Metadata meta) {
        List<String> names = arguments(t, inside);
        boolean fixed = kind.equals("fixed");
        if (fixed && names.size() < 2) {
            throw new IllegalArgumentException("constraint \"" + t + "\": fixed needs two or more columns");
        }
        for (String name : names) {
            ColumnMeta c = meta.column(name).orElseThrow(() -> new IllegalArgumentException("constraint \"" + t
                    + "\": unknown column \"" + name + "\""));
            if (!c.isModelled() && (fixed || c.sdtype() != SdType.ID)) {
                throw new IllegalArgumentException("constraint \"" + t + "\": column \"" + name + "\" is generated (an"
                        + " identifier or personal data), so its values never come from the real rows");
            }
        }
        return fixed ? new Constraint.Fixed(t, names) : new Constraint.Unique(t, names);
    }

    /** The comma-separated column names (double quotes protect commas); at least one, none repeated. */
    private static List<String> arguments(String t, String inside) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= inside.length(); i++) {
            char ch = i < inside.length() ? inside.charAt(i) : ',';
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == ',' && !quoted) {
                String name = unquote(cur.toString());
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("constraint \"" + t + "\": a column name is missing between"
                            + " the parentheses");
                }
                if (out.contains(name)) {
                    throw new IllegalArgumentException("constraint \"" + t + "\": column \"" + name
                            + "\" is named twice");
                }
                out.add(name);
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        return out;
    }

    /** Whether text is a constant for the column: a number, or for a datetime column a date. */
    private static boolean constant(ColumnMeta c, String s) {
        if (c.sdtype() != SdType.DATETIME) {
            return !Double.isNaN(Numbers.parse(s));
        }
        String f = c.datetimeFormat() != null ? c.datetimeFormat() : Profiler.datetimeFormatOf(new String[] {s});
        return f != null && !Double.isNaN(DatetimeFormat.ofStrftime(f).parse(s));
    }

    private static String unquote(String s) {
        String x = s.strip();
        return x.length() >= 2 && x.startsWith("\"") && x.endsWith("\"") ? x.substring(1, x.length() - 1) : x;
    }

    private static ColumnMeta column(String text, String name, Metadata meta) {
        ColumnMeta c = meta.column(name).orElseThrow(() -> new IllegalArgumentException("constraint \"" + text
                + "\": unknown column \"" + name + "\""));
        if (!c.isModelled()) {
            throw new IllegalArgumentException("constraint \"" + text + "\": column \"" + name + "\" is generated (an"
                    + " identifier or personal data), so no constraint on its values can be met");
        }
        if (c.sdtype() != SdType.NUMERICAL && c.sdtype() != SdType.DATETIME) {
            throw new IllegalArgumentException("constraint \"" + text + "\": column \"" + name + "\" is "
                    + c.sdtypeName() + ", expected a numerical or datetime column");
        }
        return c;
    }

    private static double bound(String text, ColumnMeta c, String value) {
        double v;
        if (c.sdtype() == SdType.DATETIME) {
            String f = c.datetimeFormat() != null ? c.datetimeFormat() : Profiler.datetimeFormatOf(new String[] {value});
            v = f == null ? Double.NaN : DatetimeFormat.ofStrftime(f).parse(value);
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("constraint \"" + text + "\": \"" + value + "\" is not a date"
                        + (c.datetimeFormat() != null ? " in the format " + c.datetimeFormat() : "") + " of column \""
                        + c.name() + "\"");
            }
        } else {
            v = Numbers.parse(value);
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("constraint \"" + text + "\": \"" + value + "\" is not a number");
            }
        }
        return v;
    }

    /**
     * Binds constraints to a table's columns, reading datetimes in the metadata's format or the one the data uses;
     * the table's rows are the real combinations of {@link Constraint.Fixed} columns.
     */
    public static Checker bind(List<Constraint> constraints, Metadata meta, Dataset data) {
        return new Checker(constraints, meta, data.names(),
                name -> Profiler.datetimeFormatOf(data.column(data.indexOf(name))), data);
    }

    /**
     * Binds constraints to rows with the named columns, without data: {@code dataFormats} gives the format of each
     * datetime column whose metadata has none (as {@link Checker#datetimeFormats()} gave them when the constraints
     * were first bound to the data). A {@link Constraint.Fixed} needs the real rows, so it is refused here.
     */
    public static Checker bind(List<Constraint> constraints, Metadata meta, List<String> columns,
                               Map<String, String> dataFormats) {
        return new Checker(constraints, meta, columns, dataFormats::get, null);
    }
}
