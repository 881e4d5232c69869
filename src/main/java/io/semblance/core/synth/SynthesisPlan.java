// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.cart.CartOptions;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.conditions.Rebalance;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Everything one synthesis run does, checked as a whole and executed in memory: the single entry point behind the
 * workbench's Generate button, shaped so the command line can use it too.
 *
 * @param strategy     what leaves the organisation
 * @param model        one of {@link Synthesis#MODELS}
 * @param rows         rows to generate (0 or more), or null for as many as the table has; null for partial
 *                     synthesis, whose output has the training table's rows
 * @param seed         the seed of every random draw; the same table, plan and seed give the same rows
 * @param holdoutShare share of the real rows set aside (seeded) before fitting, in [0, 1); 0 keeps none
 * @param sensitive    partial and hybrid: the modelled columns to redraw; empty for full synthesis
 * @param realShare    hybrid: share of the output rows built from real records, in [0, 1]; ignored otherwise
 * @param conditions   full: conditions every generated row meets (the copula model supports them)
 * @param rebalance    full: class shares imposed on one column, or null
 * @param constraints  full: constraint texts (see {@code Constraints.parse}), added to the metadata's own
 * @param cart         settings of the "cart" model; ignored by the copula
 * @param locale       locale of generated names, addresses and phone numbers
 */
public record SynthesisPlan(Strategy strategy, String model, Long rows, long seed, double holdoutShare,
                            List<String> sensitive, double realShare, List<Condition> conditions, Rebalance rebalance,
                            List<String> constraints, CartOptions cart, Locale locale) {
    public SynthesisPlan {
        if (strategy == null || model == null || cart == null || locale == null) {
            throw new IllegalArgumentException("a synthesis plan needs a strategy, a model, cart options and a locale");
        }
        sensitive = List.copyOf(sensitive);
        conditions = List.copyOf(conditions);
        constraints = List.copyOf(constraints);
    }

    /** Full synthesis with the named model, as many rows as the table, no holdout, default tree settings. */
    public static SynthesisPlan full(String model, long seed, Locale locale) {
        return new SynthesisPlan(Strategy.FULL, model, null, seed, 0, List.of(), 0, List.of(), null, List.of(),
                CartOptions.defaults(), locale);
    }

    /**
     * Checks everything that can be checked without fitting (the model may still refuse conditions it cannot
     * meet). Throws IllegalArgumentException with one plain sentence naming the setting, column or value at fault.
     */
    public void check(Dataset data, Metadata meta) {
        PlanChecks.check(this, data, meta);
    }

    /** The number of rows the output will have for a table of {@code tableRows} rows. */
    public long outputRows(int tableRows) {
        if (strategy == Strategy.PARTIAL) {
            return trainingRows(tableRows, holdoutShare);
        }
        return rows != null ? rows : tableRows;
    }

    /** Rows left to learn from once round(share·rows) are held out (share in [0, 1)). */
    public static int trainingRows(int tableRows, double holdoutShare) {
        return tableRows - (int) Math.round(holdoutShare * tableRows);
    }

    /**
     * Checks, splits off the holdout, fits and draws the synthetic rows in memory. {@code threads} draw in parallel
     * without changing the result. Progress runs from 0 to 1; a cancelled run throws {@code CancelledException}.
     */
    public SynthesisResult execute(Dataset data, Metadata meta, int threads, ProgressListener progress,
                                   Cancellation cancel) throws IOException {
        check(data, meta);
        return PlanExecution.run(this, data, meta, threads, progress, cancel);
    }
}
