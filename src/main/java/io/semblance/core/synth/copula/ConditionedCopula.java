// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.io.ByteOut;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.conditions.ConditionLimits;
import io.semblance.core.synth.conditions.Rebalance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * Full synthesis with a fitted copula under conditions: every row written meets every condition. Each condition
 * confines the latent score of its column to an interval (the category's share of (0,1), or the (0,1) span of a
 * numeric range, mapped through Φ⁻¹). The conditioned scores are drawn one after another, each from its normal
 * given the ones before it, truncated to its interval; the other scores then follow from the conditional normal
 * given all conditioned ones. As this is not exact for several correlated conditioned columns, each decoded row is
 * checked against the conditions and redrawn if it misses one (a bounded number of times). A rebalanced column gets,
 * row by row, a class drawn from the requested shares, which then acts as one more condition.
 */
public final class ConditionedCopula implements FittedModel {
    static final long CONDITION_STREAM = 0xC0D7;
    private static final long TRIAL_STREAM = 0xC0D8;
    static final int GIBBS_SWEEPS = 5;

    private final CopulaModel model;
    private final String described;
    /** Conditioned latent dimensions, in drawing order, with their fixed latent intervals. */
    private final int[] dims;
    private final double[] zlo;
    private final double[] zhi;
    private final double[][] cholC;
    /** Per conditioned dimension k: weights of the others in its mean given them all (gibbsW[k][k] = sd). */
    private final double[][] gibbsW;
    private final int[] free;
    private final ConditionalNormal conditional;
    private final ConditionCheck[] checks;
    /** Rebalancing (dims[0] when present): class positions, cumulative shares, latent intervals. */
    private final int[] classes;
    private final double[] classCum;
    private final double[][] classZ;

    public ConditionedCopula(CopulaModel model, List<Condition> conditions, Rebalance rebalance) {
        this.model = model;
        this.described = Condition.describe(conditions, rebalance);
        int d = model.latent.length;
        double[] ulo = new double[d];
        double[] uhi = new double[d];
        Arrays.fill(uhi, 1);
        boolean[] conditioned = new boolean[d];
        List<Integer> order = new ArrayList<>();
        List<ConditionCheck> list = new ArrayList<>();
        int rebalanceDim = -1;
        if (rebalance != null) {
            rebalanceDim = rebalanceDim(rebalance, conditions);
            order.add(rebalanceDim);
            conditioned[rebalanceDim] = true;
        }
        for (Condition c : conditions) {
            double[] iv = new double[2];
            ConditionCheck check = ConditionCheck.bind(model, c, iv, described);
            int j = check.dim();
            ulo[j] = Math.max(ulo[j], iv[0]);
            uhi[j] = Math.min(uhi[j], iv[1]);
            if (!(uhi[j] > ulo[j])) {
                throw Condition.impossible(described, "the conditions on " + c.column() + " exclude each other");
            }
            if (!conditioned[j]) {
                conditioned[j] = true;
                order.add(j);
            }
            list.add(check);
        }
        this.checks = list.toArray(ConditionCheck[]::new);
        this.dims = order.stream().mapToInt(Integer::intValue).toArray();
        this.zlo = new double[dims.length];
        this.zhi = new double[dims.length];
        for (int k = 0; k < dims.length; k++) {
            zlo[k] = toZ(ulo[dims[k]]);
            zhi[k] = toZ(uhi[dims[k]]);
        }
        this.cholC = Correlation.cholesky(ConditionalNormal.sub(model.correlation, dims, dims));
        this.gibbsW = dims.length < 2 ? null : gibbsWeights(ConditionalNormal.sub(model.correlation, dims, dims));
        this.free = java.util.stream.IntStream.range(0, d).filter(j -> !conditioned[j]).toArray();
        this.conditional = new ConditionalNormal(model.correlation, dims, free);
        if (rebalance != null) {
            CategoricalMarginal cm = (CategoricalMarginal) model.latent[rebalanceDim];
            List<Integer> pos = new ArrayList<>();
            List<Double> share = new ArrayList<>();
            if (rebalance.shares().isEmpty()) {
                for (int p = 0; p < cm.categories.length; p++) {
                    if (cm.categories[p] != null) {
                        pos.add(p);
                    }
                }
                pos.forEach(p -> share.add(1.0 / pos.size()));
            } else {
                for (var e : rebalance.shares().entrySet()) {
                    int p = ConditionCheck.position(cm, e.getKey());
                    if (p < 0) {
                        throw new IllegalArgumentException("rebalance " + rebalance.column() + ": no category \""
                                + e.getKey() + "\" (categories: " + ConditionCheck.categories(cm) + ")");
                    }
                    if (e.getValue() > 0) {
                        pos.add(p);
                        share.add(e.getValue());
                    }
                }
            }
            this.classes = pos.stream().mapToInt(Integer::intValue).toArray();
            this.classCum = new double[classes.length];
            this.classZ = new double[classes.length][];
            double acc = 0;
            for (int k = 0; k < classes.length; k++) {
                acc += share.get(k);
                classCum[k] = acc;
                double[] iv = cm.interval(cm.categories[classes[k]]);
                classZ[k] = new double[]{toZ(iv[0]), toZ(iv[1])};
            }
            classCum[classes.length - 1] = 1;
        } else {
            this.classes = null;
            this.classCum = null;
            this.classZ = null;
        }
        trial();
    }

    private int rebalanceDim(Rebalance rebalance, List<Condition> conditions) {
        int c = model.names.indexOf(rebalance.column());
        if (c < 0) {
            throw new IllegalArgumentException("the table has no column \"" + rebalance.column() + "\" to rebalance");
        }
        if (!(model.outputs[c] instanceof CopulaModel.Latent l) || !(model.latent[l.index()] instanceof CategoricalMarginal)) {
            throw new IllegalArgumentException("only a modelled categorical or boolean column can be rebalanced; \""
                    + rebalance.column() + "\" is not one");
        }
        if (conditions.stream().anyMatch(x -> x.column().equals(rebalance.column()))) {
            throw new IllegalArgumentException("\"" + rebalance.column() + "\" is both rebalanced and conditioned;"
                    + " use one or the other");
        }
        return l.index();
    }

    /** From the precision matrix P: mean of z_k given the rest = −Σ P_kt/P_kk z_t, sd = 1/√P_kk. */
    private static double[][] gibbsWeights(double[][] r) {
        double[][] p;
        try {
            p = org.apache.commons.math3.linear.MatrixUtils.inverse(
                    org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(r)).getData();
        } catch (RuntimeException singular) {
            return null;
        }
        double[][] w = new double[r.length][r.length];
        for (int k = 0; k < r.length; k++) {
            for (int t = 0; t < r.length; t++) {
                w[k][t] = t == k ? 1 / Math.sqrt(p[k][k]) : -p[k][t] / p[k][k];
            }
        }
        return w;
    }

    /** A draw of N(mean, sd²) truncated to [lo, hi], by inverse CDF. */
    private static double truncated(SplittableRandom rng, double mean, double sd, double lo, double hi) {
        if (sd < 1e-9) {
            return Math.min(hi, Math.max(lo, mean));
        }
        double plo = lo == Double.NEGATIVE_INFINITY ? 0 : Normal.cdf((lo - mean) / sd);
        double phi = hi == Double.POSITIVE_INFINITY ? 1 : Normal.cdf((hi - mean) / sd);
        double u = plo + rng.nextDouble() * (phi - plo);
        return mean + sd * Normal.inverse(Math.min(1 - 1e-15, Math.max(1e-15, u)));
    }

    private static double toZ(double u) {
        return u <= 0 ? Double.NEGATIVE_INFINITY : u >= 1 ? Double.POSITIVE_INFINITY : Normal.inverse(u);
    }

    /** Refuses conditions the model almost never meets, before any row is written. */
    private void trial() {
        int rounds = classes == null ? 1 : classes.length;
        for (int k = 0; k < rounds; k++) {
            SplittableRandom rng = Seeds.stream(0, TRIAL_STREAM, k);
            double[] z = new double[model.latent.length];
            double[] codes = new double[model.latent.length];
            double[] e = new double[Math.max(dims.length, free.length)];
            double[] zf = new double[free.length];
            int cls = classes == null ? -1 : k;
            int accepted = 0;
            for (int t = 0; t < ConditionLimits.TRIAL_DRAWS; t++) {
                draw(rng, cls, z, codes, e, zf);
                if (accepts(codes, cls)) {
                    accepted++;
                }
            }
            if (accepted < ConditionLimits.MIN_ACCEPTANCE * ConditionLimits.TRIAL_DRAWS) {
                String what = cls < 0 ? "" : " for " + model.names.get(columnOf(dims[0])) + "=" + categoryOf(cls);
                throw ConditionLimits.cannotBeMet(described, what, "only " + accepted + " of "
                        + ConditionLimits.TRIAL_DRAWS + " draws of the model meet it");
            }
        }
    }

    private int columnOf(int dim) {
        for (int c = 0; c < model.outputs.length; c++) {
            if (model.outputs[c] instanceof CopulaModel.Latent l && l.index() == dim) {
                return c;
            }
        }
        throw new IllegalStateException();
    }

    private String categoryOf(int cls) {
        return ((CategoricalMarginal) model.latent[dims[0]]).categories[classes[cls]];
    }

    private boolean accepts(double[] codes, int cls) {
        if (cls >= 0 && (int) codes[dims[0]] != classes[cls]) {
            return false;
        }
        for (ConditionCheck c : checks) {
            if (!c.accepts(codes)) {
                return false;
            }
        }
        return true;
    }

    /** Draws one row's codes; cls is the rebalancing class (or −1). */
    private double lo(int k, int cls) {
        return cls >= 0 && k == 0 ? classZ[cls][0] : zlo[k];
    }

    private double hi(int k, int cls) {
        return cls >= 0 && k == 0 ? classZ[cls][1] : zhi[k];
    }

    private void draw(SplittableRandom rng, int cls, double[] z, double[] codes, double[] e, double[] zf) {
        double[] zc = new double[dims.length];
        for (int k = 0; k < dims.length; k++) {
            double[] lk = cholC[k];
            double mean = 0;
            for (int t = 0; t < k; t++) {
                mean += lk[t] * e[t];
            }
            double sd = lk[k];
            double z0 = truncated(rng, mean, sd, lo(k, cls), hi(k, cls));
            e[k] = sd < 1e-9 ? 0 : (z0 - mean) / sd;
            zc[k] = z0;
        }
        // The sequential draw is exact for one conditioned dimension only; a few Gibbs sweeps bring several
        // correlated ones close to their joint truncated normal.
        for (int sweep = 0; gibbsW != null && sweep < GIBBS_SWEEPS; sweep++) {
            for (int k = 0; k < dims.length; k++) {
                double[] w = gibbsW[k];
                double mean = 0;
                for (int t = 0; t < dims.length; t++) {
                    if (t != k) {
                        mean += w[t] * zc[t];
                    }
                }
                zc[k] = truncated(rng, mean, w[k], lo(k, cls), hi(k, cls));
            }
        }
        for (int k = 0; k < dims.length; k++) {
            z[dims[k]] = zc[k];
        }
        conditional.draw(zc, rng, e, zf);
        for (int s = 0; s < free.length; s++) {
            z[free[s]] = zf[s];
        }
        for (int j = 0; j < z.length; j++) {
            codes[j] = model.latent[j].code(Normal.cdf(z[j]));
        }
    }

    @Override
    public List<String> columns() {
        return model.names;
    }

    @Override
    public String kind() {
        return "copula";
    }

    @Override
    public boolean[] generated() {
        return model.generated();
    }

    @Override
    public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        SplittableRandom rng = Seeds.stream(Seeds.variant(seed, variant), CONDITION_STREAM, chunk);
        LongFunction<?>[] gens = model.generators(seed);
        int d = model.latent.length;
        double[] z = new double[d];
        double[] codes = new double[d];
        double[] e = new double[Math.max(dims.length, free.length)];
        double[] zf = new double[free.length];
        long first = chunk * CHUNK_ROWS;
        for (int r = 0; r < count; r++) {
            int cls = classes == null ? -1 : pick(rng.nextDouble());
            int attempts = 0;
            do {
                if (++attempts > ConditionLimits.MAX_DRAWS) {
                    throw ConditionLimits.metTooRarely(described, "no row met it in");
                }
                draw(rng, cls, z, codes, e, zf);
            } while (!accepts(codes, cls));
            model.writeRow(codes, gens, first + r, out);
        }
    }

    private int pick(double u) {
        int k = 0;
        while (k < classCum.length - 1 && u >= classCum[k]) {
            k++;
        }
        return k;
    }
}
