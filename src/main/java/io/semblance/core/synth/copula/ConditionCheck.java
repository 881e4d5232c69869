// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.synth.conditions.Condition;
import java.util.Objects;

/**
 * A condition bound to a copula model: a check on a decoded row (the code of latent dimension {@code dim} lies in
 * [lo, hi], or is among {@code allowed}, or is missing) and, from {@link #bind}, its interval in (0,1).
 */
record ConditionCheck(int dim, double lo, double hi, boolean[] allowed, boolean missing) {
    /** True when the decoded codes meet this condition. */
    boolean accepts(double[] codes) {
        double v = codes[dim];
        if (allowed != null) {
            return allowed[(int) v];
        }
        if (missing) {
            return Double.isNaN(v);
        }
        return !Double.isNaN(v) && v >= lo && v <= hi;
    }

    static int position(CategoricalMarginal cm, String value) {
        for (int p = 0; p < cm.categories.length; p++) {
            if (Objects.equals(cm.categories[p], value) || (value.isEmpty() && cm.categories[p] == null)) {
                return p;
            }
        }
        return -1;
    }

    static String categories(CategoricalMarginal cm) {
        return Condition.listed(java.util.Arrays.asList(cm.categories));
    }

    /**
     * The check for a condition on the model; fills iv with its (0,1) interval on the check's latent dimension.
     * Impossible conditions throw IllegalArgumentException naming {@code described} (all conditions, as given).
     */
    static ConditionCheck bind(CopulaModel model, Condition c, double[] iv, String described) {
        int col = model.names.indexOf(c.column());
        if (col < 0) {
            throw new IllegalArgumentException("condition " + c + ": the table has no column \"" + c.column() + "\"");
        }
        CopulaModel.Output o = model.outputs[col];
        if (o instanceof CopulaModel.Generated) {
            throw new IllegalArgumentException("condition " + c + ": \"" + c.column() + "\" holds identifiers or"
                    + " personal data, which are generated, not modelled; it cannot be conditioned");
        }
        if (o instanceof CopulaModel.Derived dv) {
            CategoricalMarginal cm = (CategoricalMarginal) model.latent[dv.source()];
            boolean[] allowed = new boolean[cm.categories.length];
            double from = 1;
            double to = 0;
            for (int p = 0; p < allowed.length; p++) {
                String t = dv.textByPosition()[p];
                if (Objects.equals(t, c.value()) || (c.value().isEmpty() && t == null)) {
                    allowed[p] = true;
                    double[] i = cm.interval(cm.categories[p]);
                    from = Math.min(from, i[0]);
                    to = Math.max(to, i[1]);
                }
            }
            if (from >= to) {
                throw Condition.impossible(described, c.column() + " has no value \"" + c.value() + "\"");
            }
            iv[0] = from;
            iv[1] = to;
            return new ConditionCheck(dv.source(), 0, 0, allowed, false);
        }
        int j = ((CopulaModel.Latent) o).index();
        Marginal m = model.latent[j];
        if (m instanceof CategoricalMarginal cm) {
            int p = position(cm, c.value());
            if (p < 0) {
                throw Condition.impossible(described, c.column() + " has no category \"" + c.value() + "\" (categories: " + categories(cm)
                        + ")");
            }
            boolean[] allowed = new boolean[cm.categories.length];
            allowed[p] = true;
            double[] i = cm.interval(cm.categories[p]);
            iv[0] = i[0];
            iv[1] = i[1];
            return new ConditionCheck(j, 0, 0, allowed, false);
        }
        NumericMarginal nm = (NumericMarginal) m;
        if (c.value().isBlank()) {
            if (nm.missingShare <= 0) {
                throw Condition.impossible(described, "no real value of " + c.column() + " is missing");
            }
            iv[0] = 0;
            iv[1] = nm.missingShare;
            return new ConditionCheck(j, 0, 0, null, true);
        }
        double lo;
        double hi;
        if (c.isRange()) {
            lo = c.from() == null ? Double.NEGATIVE_INFINITY : c.number(c.from(), nm.datetime);
            hi = c.to() == null ? Double.POSITIVE_INFINITY : c.number(c.to(), nm.datetime);
        } else {
            lo = c.number(c.value(), nm.datetime);
            hi = lo;
        }
        if (lo > hi) {
            throw Condition.impossible(described, "the range " + c.value() + " of " + c.column() + " is empty");
        }
        // Integers are rounded from the continuous draw: a value v comes from [v − ½, v + ½).
        double a = nm.integer && nm.datetime == null ? Math.ceil(lo) - 0.5 : lo;
        double b = nm.integer && nm.datetime == null ? Math.floor(hi) + 0.5 : hi;
        iv[0] = a == Double.NEGATIVE_INFINITY ? nm.missingShare : Math.max(nm.missingShare, nm.interval(a)[0]);
        iv[1] = b == Double.POSITIVE_INFINITY ? 1 : nm.interval(b)[1];
        if (nm.cum.length == 0 || hi < nm.min || lo > nm.max || !(iv[1] > iv[0])) {
            throw Condition.impossible(described, "no real value of " + c.column() + " lies in " + c.value());
        }
        return new ConditionCheck(j, lo, hi, null, false);
    }
}
