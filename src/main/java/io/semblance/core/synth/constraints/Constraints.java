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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses constraint text: {@code a <= b}, {@code a < b}, {@code a >= b}, {@code a > b} between two numeric or
 * datetime columns; {@code col in LO..HI} (inclusive, numbers or dates in the column's format); and
 * {@code col > 0}, {@code col >= 0}, {@code col < 0}, {@code col <= 0} (any number, or a date for a datetime
 * column, may stand for 0). Column names may be double-quoted.
 */
public final class Constraints {
    private static final Pattern RANGE = Pattern.compile("^(\"[^\"]+\"|.+?)\\s+in\\s+(.+?)\\s*\\.\\.\\s*(.+)$");
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
                    + " >) between two columns, \"COL in LO..HI\", or \"COL > 0\" (or >=, <, <=; any number or date for 0)");
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

    /** Binds constraints to a table's columns, reading datetimes in the metadata's format or the one the data uses. */
    public static Checker bind(List<Constraint> constraints, Metadata meta, Dataset data) {
        return new Checker(constraints, meta, data.names(),
                name -> Profiler.datetimeFormatOf(data.column(data.indexOf(name))));
    }

    /**
     * Binds constraints to rows with the named columns, without data: {@code dataFormats} gives the format of each
     * datetime column whose metadata has none (as {@link Checker#datetimeFormats()} gave them when the constraints
     * were first bound to the data).
     */
    public static Checker bind(List<Constraint> constraints, Metadata meta, List<String> columns,
                               Map<String, String> dataFormats) {
        return new Checker(constraints, meta, columns, dataFormats::get);
    }

    /** Violations of one constraint in a table: the count and up to three example rows (1-based data rows). */
    public record Violations(Constraint constraint, long count, List<Integer> examples) {
        /** One warning line, e.g. {@code 12 real rows break "b >= a" (rows 5, 88, 1204)}. */
        public String describe() {
            return count + " real row" + (count == 1 ? "" : "s") + " break" + (count == 1 ? "s" : "") + " \""
                    + constraint.text() + "\" (row" + (examples.size() == 1 ? " " : "s ")
                    + String.join(", ", examples.stream().map(String::valueOf).toList()) + ")";
        }
    }

    /** Constraints bound to column positions and value readers. Immutable and thread-safe. */
    public static final class Checker {
        private final List<Constraint> constraints;
        private final List<String> names;
        private final int[][] positions;
        private final DatetimeFormat[][] formats;
        private final Map<String, ColumnMeta> read = new LinkedHashMap<>();
        private final Map<String, String> datetimeFormats = new LinkedHashMap<>();

        /** {@code formatOf} gives the format of a datetime column whose metadata has none (null if unknown). */
        Checker(List<Constraint> constraints, Metadata meta, List<String> names, Function<String, String> formatOf) {
            this.constraints = List.copyOf(constraints);
            this.names = List.copyOf(names);
            positions = new int[constraints.size()][];
            formats = new DatetimeFormat[constraints.size()][];
            for (int k = 0; k < constraints.size(); k++) {
                List<String> cols = constraints.get(k).columns();
                positions[k] = new int[cols.size()];
                formats[k] = new DatetimeFormat[cols.size()];
                for (int j = 0; j < cols.size(); j++) {
                    int p = names.indexOf(cols.get(j));
                    if (p < 0) {
                        throw new IllegalArgumentException("constraint \"" + constraints.get(k).text()
                                + "\": the table has no column \"" + cols.get(j) + "\"");
                    }
                    positions[k][j] = p;
                    ColumnMeta c = meta.column(cols.get(j)).orElseThrow();
                    if (c.sdtype() == SdType.DATETIME) {
                        String f = c.datetimeFormat() != null ? c.datetimeFormat() : formatOf.apply(c.name());
                        if (f == null) {
                            throw new IllegalArgumentException("column \"" + c.name() + "\" is declared datetime but its"
                                    + " values match no known date format; give datetime_format in the metadata");
                        }
                        formats[k][j] = DatetimeFormat.ofStrftime(f);
                        datetimeFormats.put(c.name(), f);
                    }
                    read.put(c.name(), ColumnMeta.of(c.name(), c.sdtype()).withDatetimeFormat(c.datetimeFormat()));
                }
            }
        }

        public List<Constraint> constraints() {
            return constraints;
        }

        /**
         * What is needed to parse the constraints again: the columns they read (name, type and any datetime format
         * the metadata gave) and the constraint texts.
         */
        public Metadata metadata() {
            return new Metadata(List.copyOf(read.values()), null, constraints.stream().map(Constraint::text).toList());
        }

        /** The format the values of each datetime column are read in (from the metadata or learned from the data). */
        public Map<String, String> datetimeFormats() {
            return java.util.Collections.unmodifiableMap(datetimeFormats);
        }

        /** The column names the positions refer to. */
        public List<String> columns() {
            return names;
        }

        /** Whether a row (fields in {@link #columns()} order, null = missing) meets every constraint. */
        public boolean holds(String[] row) {
            for (int k = 0; k < constraints.size(); k++) {
                if (!holds(k, row)) {
                    return false;
                }
            }
            return true;
        }

        private boolean holds(int k, String[] row) {
            int[] pos = positions[k];
            double[] v = new double[pos.length];
            for (int j = 0; j < pos.length; j++) {
                String s = row[pos[j]];
                v[j] = s == null || s.isEmpty() ? Double.NaN : formats[k][j] != null ? formats[k][j].parse(s) : Numbers.parse(s);
            }
            return constraints.get(k).holds(v);
        }

        /** The constraints the table's rows break, with counts and examples; constraints every row meets are left out. */
        public List<Violations> violations(Dataset data) {
            List<Violations> out = new ArrayList<>();
            String[] row = new String[data.columnCount()];
            for (int k = 0; k < constraints.size(); k++) {
                long count = 0;
                List<Integer> examples = new ArrayList<>();
                for (int i = 0; i < data.rowCount(); i++) {
                    for (int p : positions[k]) {
                        row[p] = data.value(i, p);
                    }
                    if (!holds(k, row)) {
                        count++;
                        if (examples.size() < 3) {
                            examples.add(i + 1);
                        }
                    }
                }
                if (count > 0) {
                    out.add(new Violations(constraints.get(k), count, List.copyOf(examples)));
                }
            }
            return out;
        }
    }
}
