// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.evaluate.MetricResult;
import java.util.List;

/**
 * The utility of a synthetic table: how well a classifier separates it from the real one, and how well a model
 * trained on it predicts a target on real holdout rows.
 *
 * @param auc          cross-validated discriminator AUC (0.5 = cannot tell)
 * @param pmse         propensity mean squared error of the out-of-fold probabilities
 * @param nullPmse     pMSE expected when both tables come from one distribution (permutation estimate)
 * @param sPmse        pmse / nullPmse
 * @param permutations label permutations behind nullPmse
 * @param mlEfficacy   train-on-synthetic, test-on-real scores (NaN parts and a problem when not computed)
 * @param results      the verdicts: discriminator_auc, s_pmse, ml_efficacy_ratio
 */
public record UtilityReport(double auc, double pmse, double nullPmse, double sPmse, int permutations,
                            MlEfficacy.Result mlEfficacy, List<MetricResult> results) {
    /** Keeps an unmodifiable copy of the results. */
    public UtilityReport {
        results = List.copyOf(results);
    }

    /** The result with this key, or null. */
    public MetricResult result(String key) {
        return results.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
