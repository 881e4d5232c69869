// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import static io.semblance.core.synth.JsonFields.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.synth.JsonArrays;
import io.semblance.core.synth.JsonFields;
import java.util.ArrayList;
import java.util.List;

/** Converts a {@link CopulaModel} to and from a JSON tree: parameters only, never rows. */
public final class CopulaModelJson {
    private CopulaModelJson() {
    }

    /** The model's parameters as JSON. */
    public static ObjectNode toJson(CopulaModel m, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode cols = root.putArray("columns");
        for (int c = 0; c < m.outputs.length; c++) {
            ObjectNode o = cols.addObject();
            o.put("name", m.names.get(c));
            CopulaModel.Output out = m.outputs[c];
            if (out instanceof CopulaModel.Latent l) {
                o.put("type", "latent").put("dimension", l.index());
            } else if (out instanceof CopulaModel.Derived d) {
                o.put("type", "derived").put("source_dimension", d.source());
                ArrayNode v = o.putArray("value_by_category");
                for (String s : d.textByPosition()) {
                    v.add(s);
                }
            } else if (out instanceof CopulaModel.Generated g) {
                GeneratedColumnJson.write(g.spec(), o);
            }
        }
        ArrayNode margs = root.putArray("marginals");
        for (Marginal mg : m.latent) {
            ObjectNode o = margs.addObject();
            if (mg instanceof CategoricalMarginal cm) {
                o.put("type", "categorical");
                ArrayNode cats = o.putArray("categories");
                ArrayNode ps = o.putArray("probabilities");
                for (int i = 0; i < cm.categories.length; i++) {
                    cats.add(cm.categories[i]);
                    ps.add(cm.probabilities[i]);
                }
            } else {
                NumericMarginal nm = (NumericMarginal) mg;
                o.put("type", "numeric").put("missing_share", nm.missingShare).put("integer", nm.integer)
                        .put("decimals", nm.scale);
                if (nm.datetime != null) {
                    o.put("datetime_format", nm.datetime.strftime());
                }
                array(o.putArray("cumulative"), nm.cum);
                array(o.putArray("from"), nm.x0);
                array(o.putArray("to"), nm.x1);
            }
        }
        ArrayNode corr = root.putArray("correlation");
        for (double[] row : m.correlation) {
            array(corr.addArray(), row);
        }
        return root;
    }

    private static void array(ArrayNode a, double[] v) {
        for (double d : v) {
            a.add(d);
        }
    }

    /**
     * Rebuilds a model from {@link #toJson} output; generated columns are rebuilt by {@code generators}. Throws
     * IllegalArgumentException, saying what is wrong, when the JSON is not a consistent model.
     */
    public static CopulaModel fromJson(JsonNode root, ColumnGenerators generators) {
        List<Marginal> margs = new ArrayList<>();
        for (JsonNode o : JsonFields.array(root, "marginals")) {
            margs.add(marginal(o));
        }
        List<String> names = new ArrayList<>();
        List<CopulaModel.Output> outs = new ArrayList<>();
        for (JsonNode o : JsonFields.array(root, "columns")) {
            names.add(JsonFields.text(o, "name"));
            outs.add(output(o, margs, generators));
        }
        JsonNode c = JsonFields.array(root, "correlation");
        int d = margs.size();
        check(c.size() == d, "the correlation matrix has " + c.size() + " rows for " + d + " marginals");
        double[][] corr = new double[d][];
        for (int i = 0; i < d; i++) {
            corr[i] = JsonArrays.doubles(c.get(i), "correlation");
            check(corr[i].length == d, "row " + (i + 1) + " of the correlation matrix has " + corr[i].length
                    + " values for " + d + " marginals");
            for (double r : corr[i]) {
                check(r >= -1 - 1e-9 && r <= 1 + 1e-9, "the correlation matrix holds " + r + ", outside -1..1");
            }
        }
        return new CopulaModel(names, outs.toArray(new CopulaModel.Output[0]), margs.toArray(new Marginal[0]), corr);
    }

    private static Marginal marginal(JsonNode o) {
        String type = JsonFields.text(o, "type");
        if (type.equals("categorical")) {
            String[] categories = JsonArrays.texts(JsonFields.array(o, "categories"), "categories");
            double[] p = JsonArrays.doubles(JsonFields.array(o, "probabilities"), "probabilities");
            check(categories.length > 0 && categories.length == p.length, "a categorical marginal has "
                    + categories.length + " categories and " + p.length + " probabilities");
            double sum = 0;
            for (double x : p) {
                check(x >= 0 && x <= 1, "a categorical marginal has the probability " + x + ", outside 0..1");
                sum += x;
            }
            check(Math.abs(sum - 1) < 1e-6, "the probabilities of a categorical marginal sum to " + sum + ", not 1");
            return new CategoricalMarginal(categories, p);
        }
        check(type.equals("numeric"), "unknown marginal type \"" + type + "\"");
        double missing = JsonFields.number(o, "missing_share");
        check(missing >= 0 && missing <= 1, "a numeric marginal has the missing share " + missing + ", outside 0..1");
        double[] cum = JsonArrays.doubles(JsonFields.array(o, "cumulative"), "cumulative");
        double[] from = JsonArrays.doubles(JsonFields.array(o, "from"), "from");
        double[] to = JsonArrays.doubles(JsonFields.array(o, "to"), "to");
        check(cum.length == from.length && cum.length == to.length, "a numeric marginal has " + cum.length
                + " cumulative shares, " + from.length + " starts and " + to.length + " ends of pieces");
        for (int i = 0; i < cum.length; i++) {
            check(cum[i] >= 0 && (i == 0 || cum[i] >= cum[i - 1]), "the cumulative shares of a numeric marginal"
                    + " do not rise from 0");
            check(from[i] <= to[i], "a piece of a numeric marginal ends before it starts");
        }
        int decimals = JsonFields.integer(o, "decimals");
        check(decimals >= 0 && decimals <= NumericText.MAX_SCALE, "a numeric marginal has " + decimals
                + " decimals, outside 0.." + NumericText.MAX_SCALE);
        DatetimeFormat dt = o.hasNonNull("datetime_format")
                ? DatetimeFormat.ofStrftime(JsonFields.text(o, "datetime_format")) : null;
        return new NumericMarginal(missing, cum, from, to, JsonFields.bool(o, "integer"), decimals, dt);
    }

    private static CopulaModel.Output output(JsonNode o, List<Marginal> margs, ColumnGenerators generators) {
        String type = JsonFields.text(o, "type");
        switch (type) {
            case "latent" -> {
                return new CopulaModel.Latent(dimension(o, "dimension", margs));
            }
            case "derived" -> {
                int source = dimension(o, "source_dimension", margs);
                String[] text = JsonArrays.texts(JsonFields.array(o, "value_by_category"), "value_by_category");
                check(margs.get(source) instanceof CategoricalMarginal cm && cm.categories.length == text.length,
                        "a derived column does not match the categories of its marginal");
                return new CopulaModel.Derived(source, text);
            }
            case "generated" -> {
                GeneratedColumn g = GeneratedColumnJson.read(o, generators);
                return new CopulaModel.Generated(g.bySeed(), g.spec());
            }
            default -> throw new IllegalArgumentException("unknown column type \"" + type + "\"");
        }
    }

    private static int dimension(JsonNode o, String field, List<Marginal> margs) {
        int d = JsonFields.integer(o, field);
        check(d >= 0 && d < margs.size(), "a column refers to marginal " + d + " of " + margs.size());
        return d;
    }
}
