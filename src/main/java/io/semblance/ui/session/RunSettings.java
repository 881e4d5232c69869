// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.session;

import java.util.List;

/**
 * Everything the steward chose for one synthesis run, as plain values (no JavaFX), so a run can be repeated and a
 * project saved.
 *
 * @param strategy      "full", "partial" or "hybrid"
 * @param model         "copula" or "cart"
 * @param rows          rows to generate (full and hybrid; partial keeps the table's rows)
 * @param seed          the seed of every random draw of the run
 * @param holdoutShare  share of real rows set aside before fitting, in [0, 0.5]; 0 for none
 * @param sensitive     columns redrawn by partial and hybrid synthesis
 * @param realShare     hybrid: share of the output built from real records, in [0, 1]
 * @param conditions    conditions as the command line writes them ("col=value", "col=lo..hi")
 * @param rebalance     column whose classes are rebalanced, or null
 * @param shares        requested class shares for {@code rebalance} ("v=0.3"), empty for equal shares
 * @param constraints   constraint texts, as the command line writes them
 * @param minLeaf       trees: fewest real rows in a leaf, 0 for automatic
 * @param smoothing     trees: whether numeric draws are smoothed
 * @param visitSequence trees: columns synthesized first, in order
 */
public record RunSettings(String strategy, String model, long rows, long seed, double holdoutShare,
                          List<String> sensitive, double realShare, List<String> conditions, String rebalance,
                          List<String> shares, List<String> constraints, int minLeaf, boolean smoothing,
                          List<String> visitSequence) {
    public RunSettings {
        sensitive = List.copyOf(sensitive);
        conditions = List.copyOf(conditions);
        shares = List.copyOf(shares);
        constraints = List.copyOf(constraints);
        visitSequence = List.copyOf(visitSequence);
    }

    /** Full synthesis with the copula of as many rows as the table has, a 20% holdout, the given seed. */
    public static RunSettings defaults(long rows, long seed) {
        return new RunSettings("full", "copula", rows, seed, 0.2, List.of(), 0.5, List.of(), null, List.of(),
                List.of(), 0, true, List.of());
    }
}
