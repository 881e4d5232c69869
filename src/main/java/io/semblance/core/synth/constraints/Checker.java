// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Numbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Constraints bound to a table's column positions and value readers, with the real combinations of every
 * {@link Constraint.Fixed} constraint taken from that table. Checks one row against the row-wise constraints (rules
 * and fixed combinations) and gives the key a row has under a {@link Constraint.Unique}; uniqueness itself needs
 * the other rows (see {@link #violations}). Immutable and thread-safe.
 */
public final class Checker {
    private final List<Constraint> constraints;
    private final List<String> names;
    private final int[][] positions;
    private final DatetimeFormat[][] formats;
    private final boolean[][] numeric;
    /** Per fixed constraint, the keys of its real combinations (null for other kinds). */
    private final List<Set<String>> combinations = new ArrayList<>();
    private final Map<String, ColumnMeta> read = new LinkedHashMap<>();
    private final Map<String, String> datetimeFormats = new LinkedHashMap<>();

    /**
     * {@code formatOf} gives the format of a datetime column whose metadata has none (null if unknown); {@code data}
     * holds the real rows whose combinations {@link Constraint.Fixed} constraints allow (null: none may be given).
     */
    Checker(List<Constraint> constraints, Metadata meta, List<String> names, Function<String, String> formatOf,
            Dataset data) {
        this.constraints = List.copyOf(constraints);
        this.names = List.copyOf(names);
        int n = constraints.size();
        positions = new int[n][];
        formats = new DatetimeFormat[n][];
        numeric = new boolean[n][];
        for (int k = 0; k < n; k++) {
            List<String> cols = constraints.get(k).columns();
            String text = constraints.get(k).text();
            positions[k] = new int[cols.size()];
            formats[k] = new DatetimeFormat[cols.size()];
            numeric[k] = new boolean[cols.size()];
            for (int j = 0; j < cols.size(); j++) {
                String name = cols.get(j);
                int p = names.indexOf(name);
                if (p < 0) {
                    throw new IllegalArgumentException("constraint \"" + text + "\": the table has no column \""
                            + name + "\"");
                }
                positions[k][j] = p;
                ColumnMeta c = meta.column(name).orElseThrow(() -> new IllegalArgumentException("constraint \""
                        + text + "\": the metadata has no column \"" + name + "\""));
                numeric[k][j] = c.sdtype() == SdType.NUMERICAL;
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
            boolean fixed = constraints.get(k) instanceof Constraint.Fixed;
            if (fixed && data == null) {
                throw new IllegalArgumentException("constraint \"" + text + "\" needs the real rows, whose"
                        + " combinations it allows, and none are at hand");
            }
            combinations.add(fixed ? realKeys(k, data) : null);
        }
    }

    private Set<String> realKeys(int k, Dataset data) {
        Set<String> keys = new HashSet<>();
        String[] row = new String[data.columnCount()];
        for (int i = 0; i < data.rowCount(); i++) {
            for (int p : positions[k]) {
                row[p] = data.value(i, p);
            }
            keys.add(key(k, row, true));
        }
        return keys;
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /**
     * What is needed to parse the constraints again: the columns they read (name, type and any datetime format the
     * metadata gave) and the constraint texts.
     */
    public Metadata metadata() {
        return new Metadata(List.copyOf(read.values()), null, constraints.stream().map(Constraint::text).toList());
    }

    /** The format the values of each datetime column are read in (from the metadata or learned from the data). */
    public Map<String, String> datetimeFormats() {
        return Collections.unmodifiableMap(datetimeFormats);
    }

    /** The column names the positions refer to. */
    public List<String> columns() {
        return names;
    }

    /** The column positions constraint {@code k} reads. */
    public int[] positions(int k) {
        return positions[k].clone();
    }

    /** Whether any constraint is a {@link Constraint.Unique}. */
    public boolean hasUnique() {
        return constraints.stream().anyMatch(c -> c instanceof Constraint.Unique);
    }

    /** Whether a row (fields in {@link #columns()} order, null = missing) meets every row-wise constraint. */
    public boolean holds(String[] row) {
        for (int k = 0; k < constraints.size(); k++) {
            if (!holds(k, row)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a row meets constraint {@code k}; always true for a {@link Constraint.Unique}, which needs other rows. */
    public boolean holds(int k, String[] row) {
        Constraint c = constraints.get(k);
        if (c instanceof Constraint.Rule rule) {
            int[] pos = positions[k];
            double[] v = new double[pos.length];
            for (int j = 0; j < pos.length; j++) {
                String s = row[pos[j]];
                v[j] = s == null || s.isEmpty() ? Double.NaN : formats[k][j] != null ? formats[k][j].parse(s) : Numbers.parse(s);
            }
            return rule.holds(v);
        }
        if (c instanceof Constraint.Fixed) {
            return combinations.get(k).contains(key(k, row, true));
        }
        return true;
    }

    /**
     * The key of a row under constraint {@code k}: its values in the constraint's columns, numbers and dates as
     * values. Null when a value is missing and {@code withMissing} is false (a unique constraint exempts the row).
     */
    public String key(int k, String[] row, boolean withMissing) {
        int[] pos = positions[k];
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < pos.length; j++) {
            String s = row[pos[j]];
            if (s == null || s.isEmpty()) {
                if (!withMissing) {
                    return null;
                }
                sb.append('~');
                continue;
            }
            double v = formats[k][j] != null ? formats[k][j].parse(s) : numeric[k][j] ? Numbers.parse(s) : Double.NaN;
            String part = Double.isNaN(v) ? s : Double.toString(v);
            sb.append(part.length()).append(':').append(part);
        }
        return sb.toString();
    }

    /**
     * The constraints the table's rows break, with counts and examples; constraints every row meets are left out.
     * A row breaks a unique constraint when an earlier row has its key.
     */
    public List<Violations> violations(Dataset data) {
        List<Violations> out = new ArrayList<>();
        String[] row = new String[data.columnCount()];
        for (int k = 0; k < constraints.size(); k++) {
            boolean unique = constraints.get(k) instanceof Constraint.Unique;
            Set<String> seen = new HashSet<>();
            long count = 0;
            List<Integer> examples = new ArrayList<>();
            for (int i = 0; i < data.rowCount(); i++) {
                for (int p : positions[k]) {
                    row[p] = data.value(i, p);
                }
                boolean broken;
                if (unique) {
                    String key = key(k, row, false);
                    broken = key != null && !seen.add(key);
                } else {
                    broken = !holds(k, row);
                }
                if (broken) {
                    count++;
                    if (examples.size() < 3) {
                        examples.add(i + 1);
                    }
                }
            }
            if (count > 0) {
                out.add(new Violations(constraints.get(k), count, examples));
            }
        }
        return out;
    }
}
