// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.io.ByteOut;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.FittedModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fixed combinations by construction rather than by rejection: before fitting, each group of columns whose
 * combinations must be real ones is replaced by one categorical column whose categories are the group's real
 * combinations (category "k" = the k-th distinct combination, in order of first appearance), placed where the
 * group's first column stands. Any model then draws only real combinations, however many there are, and
 * {@link #split} turns each drawn category back into the group's values, exactly as the real rows wrote them
 * (missing values included). Groups that share a column are merged, so their union's combination is a real one,
 * which meets each group's constraint. Immutable.
 */
public final class JointColumns {
    private final List<String> names;
    private final Dataset data;
    private final Metadata meta;
    /** Per original column: its group, or -1. */
    private final int[] group;
    /** Per original column: its position within its group. */
    private final int[] member;
    /** Per original column: the position in the joint table of its own or its group's column. */
    private final int[] source;
    /** Per group: combination k's values, in the group's column order. */
    private final List<String[][]> combinations;
    private final Map<String, String> jointName = new HashMap<>();

    private JointColumns(Dataset original, Metadata meta, List<List<String>> groups) {
        this.names = original.names();
        int width = original.columnCount();
        group = new int[width];
        member = new int[width];
        source = new int[width];
        java.util.Arrays.fill(group, -1);
        for (int g = 0; g < groups.size(); g++) {
            List<String> cols = groups.get(g);
            for (int j = 0; j < cols.size(); j++) {
                int c = original.indexOf(cols.get(j));
                group[c] = g;
                member[c] = j;
            }
        }
        combinations = new ArrayList<>();
        List<String> outNames = new ArrayList<>();
        List<String[]> outColumns = new ArrayList<>();
        List<ColumnMeta> outMeta = new ArrayList<>();
        boolean[] placed = new boolean[groups.size()];
        for (int c = 0; c < width; c++) {
            int g = group[c];
            if (g < 0) {
                source[c] = outNames.size();
                outNames.add(names.get(c));
                outColumns.add(original.column(c));
                outMeta.add(meta.column(names.get(c)).orElseThrow());
            } else if (!placed[g]) {
                placed[g] = true;
                String name = freshName(String.join(" + ", groups.get(g)), names);
                groups.get(g).forEach(n -> jointName.put(n, name));
                source[c] = outNames.size();
                outNames.add(name);
                outColumns.add(joint(original, groups.get(g)));
                ColumnMeta first = meta.column(groups.get(g).get(0)).orElseThrow();
                outMeta.add(ColumnMeta.of(name, SdType.CATEGORICAL).withRole(first.role()));
            } else {
                source[c] = source[original.indexOf(groups.get(g).get(0))];
            }
        }
        boolean none = groups.isEmpty();
        this.data = none ? original
                : new Dataset(original.source(), outNames, outColumns.toArray(new String[0][]), original.warnings());
        this.meta = none ? meta : new Metadata(outMeta, meta.primaryKey());
    }

    /**
     * The joint table of {@code data} for column groups (each of two or more modelled columns), merging groups that
     * share a column; no groups give the table unchanged.
     */
    public static JointColumns of(Collection<? extends Collection<String>> groups, Dataset data, Metadata meta) {
        return new JointColumns(data, meta, merge(groups, data.names()));
    }

    /** Groups with a column in common merged (repeatedly), each listed in table order; groups in table order. */
    static List<List<String>> merge(Collection<? extends Collection<String>> groups, List<String> order) {
        List<Set<String>> sets = new ArrayList<>();
        for (Collection<String> g : groups) {
            Set<String> s = new LinkedHashSet<>(g);
            for (int i = sets.size() - 1; i >= 0; i--) {
                if (sets.get(i).stream().anyMatch(s::contains)) {
                    s.addAll(sets.remove(i));
                }
            }
            sets.add(s);
        }
        List<List<String>> out = new ArrayList<>();
        for (Set<String> s : sets) {
            out.add(order.stream().filter(s::contains).toList());
        }
        out.sort(java.util.Comparator.comparingInt(g -> order.indexOf(g.get(0))));
        return out;
    }

    private static String freshName(String base, List<String> taken) {
        String name = base;
        for (int k = 2; taken.contains(name); k++) {
            name = base + " #" + k;
        }
        return name;
    }

    /** The joint column of a group, recording its combinations. */
    private String[] joint(Dataset original, List<String> cols) {
        int[] pos = cols.stream().mapToInt(original::indexOf).toArray();
        Map<List<String>, Integer> index = new HashMap<>();
        List<String[]> combos = new ArrayList<>();
        String[] out = new String[original.rowCount()];
        for (int i = 0; i < out.length; i++) {
            String[] values = new String[pos.length];
            for (int j = 0; j < pos.length; j++) {
                values[j] = original.value(i, pos[j]);
            }
            Integer k = index.get(java.util.Arrays.asList(values));
            if (k == null) {
                k = combos.size();
                index.put(java.util.Arrays.asList(values), k);
                combos.add(values);
            }
            out[i] = Integer.toString(k);
        }
        combinations.add(combos.toArray(new String[0][]));
        return out;
    }

    /** Whether no column is joined (then {@link #data()} and {@link #meta()} are the originals). */
    public boolean isEmpty() {
        return combinations.isEmpty();
    }

    /** The table with each group replaced by its joint column. */
    public Dataset data() {
        return data;
    }

    /** Metadata of {@link #data()}: the joint columns categorical (and, when any, no constraints). */
    public Metadata meta() {
        return meta;
    }

    /** The names in the joint table of the given columns: a grouped column becomes its group's joint column. */
    public List<String> rename(Collection<String> columns) {
        return columns.stream().map(n -> jointName.getOrDefault(n, n)).distinct().toList();
    }

    /** The original columns that were joined. */
    public Set<String> joined() {
        return Set.copyOf(jointName.keySet());
    }

    /** A per-column flag of the joint table carried to the original columns (a group's columns share its flag). */
    public boolean[] toOriginal(boolean[] jointFlags) {
        boolean[] out = new boolean[names.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = jointFlags[source[c]];
        }
        return out;
    }

    /** The model writing the original columns from one fitted to {@link #data()}; the model itself if none joined. */
    public FittedModel split(FittedModel joint) {
        if (isEmpty()) {
            return joint;
        }
        if (!joint.columns().equals(data.names())) {
            throw new IllegalArgumentException("the model was not fitted to the table with joined columns");
        }
        return new Split(joint);
    }

    /** Whether the model writes the original columns from a model fitted with some of them joined. */
    static boolean isSplit(FittedModel model) {
        return model instanceof Split;
    }

    /** Writes the original columns from the joint model's rows. */
    private final class Split implements FittedModel {
        private final FittedModel joint;

        Split(FittedModel joint) {
            this.joint = joint;
        }

        @Override
        public List<String> columns() {
            return names;
        }

        @Override
        public String kind() {
            return joint.kind();
        }

        @Override
        public boolean[] generated() {
            return toOriginal(joint.generated());
        }

        @Override
        public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
            String[] row = new String[names.size()];
            for (String[] in : Rows.draw(joint, seed, chunk, count, variant)) {
                for (int c = 0; c < row.length; c++) {
                    String v = in[source[c]];
                    row[c] = group[c] < 0 ? v : v == null ? null
                            : combinations.get(group[c])[Integer.parseInt(v)][member[c]];
                }
                Rows.write(row, out);
            }
        }
    }
}
