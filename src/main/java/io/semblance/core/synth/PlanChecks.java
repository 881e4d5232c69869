// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.conditions.Rebalance;
import io.semblance.core.synth.constraints.Constraint;
import io.semblance.core.synth.constraints.Constraints;
import io.semblance.core.synth.hybrid.HybridSynthesis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks of a {@link SynthesisPlan} against a table, each failing with one sentence for the user. */
final class PlanChecks {
    private PlanChecks() {
    }

    static void check(SynthesisPlan p, Dataset data, Metadata meta) {
        if (!Synthesis.MODELS.contains(p.model())) {
            throw new IllegalArgumentException("unknown model \"" + p.model() + "\"; available: "
                    + String.join(", ", Synthesis.MODELS));
        }
        Synthesis.checkMatches(meta, data);
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException("the table has no rows to learn from");
        }
        int training = trainingRows(p.holdoutShare(), data.rowCount());
        if (p.rows() != null && p.rows() < 0) {
            throw new IllegalArgumentException("the number of rows must be 0 or more, got " + p.rows());
        }
        boolean full = p.strategy() == Strategy.FULL;
        if (full && !p.sensitive().isEmpty()) {
            throw new IllegalArgumentException("sensitive columns are redrawn by partial and hybrid synthesis only;"
                    + " full synthesis generates every column");
        }
        if (!full && (!p.conditions().isEmpty() || p.rebalance() != null)) {
            throw new IllegalArgumentException("conditions and rebalancing apply to full synthesis only");
        }
        if (!full && !p.constraints().isEmpty()) {
            throw new IllegalArgumentException("constraints apply to full synthesis only");
        }
        switch (p.strategy()) {
            case PARTIAL -> {
                if (p.rows() != null) {
                    throw new IllegalArgumentException("partial synthesis keeps the table's rows, so the number of"
                            + " rows cannot be chosen");
                }
                Synthesis.checkSensitive(data, meta, p.sensitive());
            }
            case HYBRID -> checkHybrid(p, data, meta, training);
            case FULL -> {
                checkShares(p.rebalance(), data);
                constraints(p, meta);
            }
        }
    }

    /** Rows left to learn from after the holdout; throws when the share is out of range or leaves none. */
    static int trainingRows(double share, int rows) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("the holdout share must be at least 0 and below 1, got " + share);
        }
        int kept = SynthesisPlan.trainingRows(rows, share);
        if (kept < 1) {
            throw new IllegalArgumentException("a holdout of " + share + " leaves no rows to learn from");
        }
        return kept;
    }

    private static void checkHybrid(SynthesisPlan p, Dataset data, Metadata meta, int training) {
        long n = p.outputRows(data.rowCount());
        HybridSynthesis.check(data, meta, p.sensitive(), p.realShare(), n);
        long k = HybridSynthesis.realRows(p.realShare(), n);
        if (k > training) {
            throw new IllegalArgumentException("a real share of " + p.realShare() + " of " + n + " rows needs " + k
                    + " real records, but only " + training + " are left after the holdout");
        }
    }

    /** Checks that the rebalanced column exists and has every value given a share. */
    private static void checkShares(Rebalance r, Dataset data) {
        if (r == null) {
            return;
        }
        int c = data.indexOf(r.column());
        if (c < 0) {
            throw new IllegalArgumentException("the table has no column \"" + r.column() + "\" to rebalance");
        }
        Set<String> values = new HashSet<>(Arrays.asList(data.column(c)));
        for (String v : r.shares().keySet()) {
            if (!values.contains(v)) {
                throw new IllegalArgumentException("\"" + r.column() + "\" has no value \"" + v + "\" to give a share");
            }
        }
    }

    /**
     * The constraints of a full plan: the metadata's, then the plan's, parsed; empty for other strategies (which do
     * not use them). A bad metadata constraint is reported as such.
     */
    static List<Constraint> constraints(SynthesisPlan p, Metadata meta) {
        List<Constraint> all = new ArrayList<>();
        if (p.strategy() != Strategy.FULL) {
            return all;
        }
        for (String t : meta.constraints()) {
            try {
                all.add(Constraints.parse(t, meta));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("metadata: " + e.getMessage(), e);
            }
        }
        all.addAll(Constraints.parseAll(p.constraints(), meta));
        return all;
    }
}
