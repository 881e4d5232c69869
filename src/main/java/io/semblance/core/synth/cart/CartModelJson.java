// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.evaluate.utility.DecisionTree;
import io.semblance.core.evaluate.utility.FeatureBins;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.synth.JsonArrays;
import io.semblance.core.synth.JsonFields;
import io.semblance.core.synth.copula.ColumnGenerators;
import io.semblance.core.synth.copula.GeneratedColumnJson;
import io.semblance.core.synth.copula.NumericText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Converts a {@link CartModel} to and from a JSON tree: per output column how it is written (number format,
 * categories, or a generated column's spec), the bins of the modelled columns, and the trees in visit order with
 * their splits and leaves.
 *
 * <p><b>Unlike a copula model file, a CART model file holds real values of the training data:</b> the leaves of a
 * numeric column's tree keep every real value of that column (the donors a draw picks from), and the leaves of a
 * categorical column's tree keep how often each real category occurs there. The values are not linked into rows,
 * but the file must be protected like the data itself. Identifier and PII columns keep only their generator's spec,
 * as in the copula file. A model rebuilt from the JSON draws the same rows as the fitted one for the same seed,
 * except where a generated column had to step around a real value that only the fitted model knew.
 */
public final class CartModelJson {
    /**
     * The most rows one tree's leaves may hold (each tree holds every training row once), and the most all the trees
     * may hold together, so that a damaged count cannot ask for more memory than a real model would.
     */
    private static final long MAX_ROWS = 10_000_000;
    private static final long MAX_TOTAL_ROWS = 40_000_000;

    private CartModelJson() {
    }

    /** The model's parameters as JSON. */
    public static ObjectNode toJson(CartModel m, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        boolean smoothing = Arrays.stream(m.trees).anyMatch(t -> t.leaves() instanceof NumericLeaves n && n.smoothing());
        root.put("smoothing", smoothing);
        ArrayNode cols = root.putArray("columns");
        for (int c = 0; c < m.outputs.length; c++) {
            ObjectNode o = cols.addObject();
            o.put("name", m.columns().get(c));
            CartModel.Output out = m.outputs[c];
            if (out instanceof CartModel.Numeric nu) {
                o.put("type", "numeric").put("feature", nu.feature()).put("integer", nu.text().integer())
                        .put("decimals", nu.text().scale());
                if (nu.text().datetime() != null) {
                    o.put("datetime_format", nu.text().datetime().strftime());
                }
            } else if (out instanceof CartModel.Categorical cat) {
                o.put("type", "categorical").put("feature", cat.feature());
                ArrayNode a = o.putArray("categories");
                cat.categories().forEach(a::add);
            } else {
                GeneratedColumnJson.write(((CartModel.Generated) out).column().spec(), o);
            }
        }
        ArrayNode bins = root.putArray("bins");
        for (int f = 0; f < m.bins.features(); f++) {
            ObjectNode b = bins.addObject();
            if (m.bins.isNumeric(f)) {
                numbers(b.putArray("thresholds"), m.bins.thresholds(f));
            } else {
                ArrayNode a = b.putArray("category_bins");
                Arrays.stream(m.bins.categoryBins(f)).forEach(a::add);
            }
        }
        ArrayNode trees = root.putArray("trees");
        for (ColumnTree t : m.trees) {
            trees.add(tree(t, mapper));
        }
        return root;
    }

    private static ObjectNode tree(ColumnTree t, ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("feature", t.feature());
        DecisionTree tree = t.tree();
        ArrayNode feature = o.putArray("split_feature");
        ArrayNode bin = o.putArray("split_bin");
        ArrayNode right = o.putArray("right_child");
        ArrayNode left = o.putArray("left_bins");
        FeatureBins bins = tree.bins();
        for (int node = 0; node < tree.nodeCount(); node++) {
            boolean leaf = tree.isLeaf(node);
            int f = tree.splitFeature(node);
            feature.add(f);
            bin.add(leaf ? 0 : tree.splitBin(node));
            right.add(leaf ? 0 : tree.rightChild(node));
            ArrayNode sent = left.addArray();
            for (int b = 0; !leaf && b < bins.bins(f); b++) {
                if (tree.goesLeft(node, b)) {
                    sent.add(b);
                }
            }
        }
        if (t.leaves() instanceof NumericLeaves n) {
            ArrayNode donors = o.putArray("donors");
            ArrayNode missing = o.putArray("missing");
            for (int l = 0; l < n.leaves(); l++) {
                double[] d = n.donors(l);
                int present = (int) Arrays.stream(d).filter(v -> !Double.isNaN(v)).count();
                numbers(donors.addArray(), Arrays.copyOf(d, present));
                missing.add(d.length - present);
            }
        } else {
            CategoricalLeaves c = (CategoricalLeaves) t.leaves();
            ArrayNode counts = o.putArray("category_counts");
            for (int l = 0; l < c.leaves(); l++) {
                ArrayNode a = counts.addArray();
                for (int[] pair : c.counts(l)) {
                    a.add(pair[0]).add(pair[1]);
                }
            }
        }
        return o;
    }

    /** Whole numbers (but -0) are written without a fraction, to keep files small; both read back exactly. */
    private static void numbers(ArrayNode a, double[] v) {
        for (double d : v) {
            if (d == Math.rint(d) && Math.abs(d) < 0x1p53 && !(d == 0 && 1 / d < 0)) {
                a.add((long) d);
            } else {
                a.add(d);
            }
        }
    }

    /**
     * Rebuilds a model from {@link #toJson} output; generated columns are rebuilt by {@code generators}. Throws
     * IllegalArgumentException, saying what is wrong, when the JSON is not a consistent model.
     */
    public static CartModel fromJson(JsonNode root, ColumnGenerators generators) {
        boolean smoothing = JsonFields.bool(root, "smoothing");
        List<String> names = new ArrayList<>();
        List<CartModel.Output> outs = new ArrayList<>();
        JsonNode binsJson = JsonFields.array(root, "bins");
        int p = binsJson.size();
        NumericText[] format = new NumericText[p];
        int[] categories = new int[p];
        boolean[] seen = new boolean[p];
        for (JsonNode o : JsonFields.array(root, "columns")) {
            names.add(JsonFields.text(o, "name"));
            String type = JsonFields.text(o, "type");
            if (type.equals("generated")) {
                outs.add(new CartModel.Generated(GeneratedColumnJson.read(o, generators)));
                continue;
            }
            int f = JsonFields.integer(o, "feature");
            if (f < 0 || f >= p || seen[f]) {
                throw new IllegalArgumentException("column \"" + names.get(names.size() - 1) + "\" has a bad feature");
            }
            seen[f] = true;
            if (type.equals("numeric")) {
                DatetimeFormat dt = o.hasNonNull("datetime_format")
                        ? DatetimeFormat.ofStrftime(JsonFields.text(o, "datetime_format")) : null;
                int decimals = JsonFields.integer(o, "decimals");
                JsonFields.check(decimals >= 0 && decimals <= NumericText.MAX_SCALE, "column \""
                        + names.get(names.size() - 1) + "\" has " + decimals + " decimals");
                format[f] = new NumericText(new double[0], JsonFields.bool(o, "integer"), decimals, dt);
                outs.add(new CartModel.Numeric(f, format[f]));
            } else if (type.equals("categorical")) {
                String[] cats = JsonArrays.texts(JsonFields.array(o, "categories"), "categories");
                JsonFields.check(Arrays.stream(cats).allMatch(Objects::nonNull), "column \""
                        + names.get(names.size() - 1) + "\" has a category without a name");
                categories[f] = cats.length;
                outs.add(new CartModel.Categorical(f, List.of(cats)));
            } else {
                throw new IllegalArgumentException("unknown column type \"" + type + "\"");
            }
        }
        FeatureBins bins = bins(binsJson, format, categories, seen);
        JsonNode treesJson = JsonFields.array(root, "trees");
        if (treesJson.size() != p) {
            throw new IllegalArgumentException(p + " modelled columns but " + treesJson.size() + " trees");
        }
        ColumnTree[] trees = new ColumnTree[p];
        boolean[] visited = new boolean[p];
        long[] rowsLeft = {MAX_TOTAL_ROWS};
        for (int k = 0; k < p; k++) {
            JsonNode t = treesJson.get(k);
            int f = JsonFields.integer(t, "feature");
            if (f < 0 || f >= p || visited[f]) {
                throw new IllegalArgumentException("tree " + k + " has a bad feature");
            }
            visited[f] = true;
            JsonNode leftBins = JsonFields.array(t, "left_bins");
            int[][] left = new int[leftBins.size()][];
            for (int i = 0; i < left.length; i++) {
                left[i] = JsonArrays.ints(leftBins.get(i), "left_bins");
            }
            DecisionTree tree = DecisionTree.routing(bins, JsonArrays.ints(JsonFields.array(t, "split_feature"),
                    "split_feature"), JsonArrays.ints(JsonFields.array(t, "split_bin"), "split_bin"), left,
                    JsonArrays.ints(JsonFields.array(t, "right_child"), "right_child"));
            Leaves leaves = format[f] != null ? numericLeaves(t, format[f], smoothing, rowsLeft)
                    : categoricalLeaves(t, categories[f], rowsLeft);
            trees[k] = ColumnTree.restore(f, tree, leaves);
        }
        return new CartModel(names, outs.toArray(new CartModel.Output[0]), bins, trees);
    }

    private static FeatureBins bins(JsonNode binsJson, NumericText[] format, int[] categories, boolean[] seen) {
        int p = binsJson.size();
        double[][] thresholds = new double[p][];
        int[][] categoryBins = new int[p][];
        int[] columns = new int[p];
        for (int f = 0; f < p; f++) {
            if (!seen[f]) {
                throw new IllegalArgumentException("no column is feature " + f);
            }
            columns[f] = f;
            JsonNode b = binsJson.get(f);
            if (format[f] != null) {
                thresholds[f] = JsonArrays.doubles(JsonFields.array(b, "thresholds"), "thresholds");
            } else {
                categoryBins[f] = JsonArrays.ints(JsonFields.array(b, "category_bins"), "category_bins");
            }
        }
        return FeatureBins.restore(columns, thresholds, categoryBins, categories);
    }

    /** The leaves rebuilt from their donors, so bandwidths, atoms and range come out as when they were fitted. */
    private static NumericLeaves numericLeaves(JsonNode t, NumericText format, boolean smoothing, long[] rowsLeft) {
        JsonNode donors = JsonFields.array(t, "donors");
        int[] missing = JsonArrays.ints(JsonFields.array(t, "missing"), "missing");
        int leaves = donors.size();
        JsonFields.check(missing.length == leaves, "feature " + t.get("feature") + " has " + leaves
                + " leaves of donors but " + missing.length + " counts of missing values");
        double[][] present = new double[leaves][];
        long rows = 0;
        for (int l = 0; l < leaves; l++) {
            present[l] = JsonArrays.doubles(donors.get(l), "donors");
            int m = missing[l];
            if (m < 0 || present[l].length + m == 0) {
                throw new IllegalArgumentException("leaf " + l + " of feature " + t.get("feature") + " is empty");
            }
            rows += present[l].length + (long) m;
        }
        checkRows(t, rows, rowsLeft);
        double[] values = new double[(int) rows];
        int[] leafOfRow = new int[(int) rows];
        int r = 0;
        for (int l = 0; l < leaves; l++) {
            for (double v : present[l]) {
                leafOfRow[r] = l;
                values[r++] = v;
            }
            for (int i = missing[l]; i > 0; i--) {
                leafOfRow[r] = l;
                values[r++] = Double.NaN;
            }
        }
        return NumericLeaves.of(leafOfRow, leaves, values, format, smoothing);
    }

    /** The leaves rebuilt from their category counts (code -1 = missing). */
    private static CategoricalLeaves categoricalLeaves(JsonNode t, int categories, long[] rowsLeft) {
        JsonNode counts = JsonFields.array(t, "category_counts");
        int leaves = counts.size();
        int[][] pairs = new int[leaves][];
        long rows = 0;
        for (int l = 0; l < leaves; l++) {
            int[] a = JsonArrays.ints(counts.get(l), "category_counts");
            if (a.length == 0 || a.length % 2 != 0) {
                throw new IllegalArgumentException("leaf " + l + " of feature " + t.get("feature") + " is empty");
            }
            for (int i = 1; i < a.length; i += 2) {
                if (a[i] < 1) {
                    throw new IllegalArgumentException("leaf " + l + " of feature " + t.get("feature")
                            + " has a count below 1");
                }
                rows += a[i];
            }
            pairs[l] = a;
        }
        checkRows(t, rows, rowsLeft);
        int[] codes = new int[(int) rows];
        int[] leafOfRow = new int[(int) rows];
        int r = 0;
        for (int l = 0; l < leaves; l++) {
            int[] a = pairs[l];
            for (int i = 0; i < a.length; i += 2) {
                int code = a[i];
                if (code < -1 || code >= categories) {
                    throw new IllegalArgumentException("a leaf has a category code " + code + " of " + categories);
                }
                for (int n = a[i + 1]; n > 0; n--) {
                    leafOfRow[r] = l;
                    codes[r++] = code;
                }
            }
        }
        return CategoricalLeaves.of(leafOfRow, leaves, codes);
    }

    /** Refuses a tree whose leaves hold more rows than a real model's could; counts them off {@code rowsLeft}. */
    private static void checkRows(JsonNode t, long rows, long[] rowsLeft) {
        JsonFields.check(rows <= MAX_ROWS && rows <= rowsLeft[0], "feature " + t.get("feature") + " has " + rows
                + " rows in its leaves, more than a model of this size can hold");
        rowsLeft[0] -= rows;
    }
}
