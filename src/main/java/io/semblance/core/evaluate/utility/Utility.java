// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.synth.Seeds;
import java.util.List;
import java.util.Locale;

/** Entry point of the utility metrics: discriminator AUC, pMSE and S_pMSE, and ML efficacy. */
public final class Utility {
    private static final long ML = 0x6d6cL;

    /**
     * Settings of the two measurements.
     *
     * @param discriminator folds, permutations and forest of the discriminator
     * @param mlForest      the forest trained on S and on T for ML efficacy
     */
    public record Settings(Discriminator.Settings discriminator, RandomForest.Params mlForest) {
        /** The defaults: see {@link Discriminator.Settings#defaults()} and {@link RandomForest.Params#defaults()}. */
        public static Settings defaults() {
            return new Settings(Discriminator.Settings.defaults(), RandomForest.Params.defaults());
        }
    }

    private Utility() {
    }

    /** Evaluates S against T (and H, when given, for ML efficacy on the target, when given) with the defaults. */
    public static UtilityReport evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable holdout, String target,
                                         Thresholds thresholds, long seed, ProgressListener progress,
                                         Cancellation cancel) {
        return evaluate(train, synthetic, holdout, target, thresholds, seed, Settings.defaults(), progress, cancel);
    }

    /** Evaluates S against T (and H for ML efficacy) with the given settings. */
    public static UtilityReport evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable holdout, String target,
                                         Thresholds thresholds, long seed, Settings settings,
                                         ProgressListener progress, Cancellation cancel) {
        boolean ml = target != null && holdout != null && holdout.rows() > 0;
        double split = ml ? 0.8 : 1.0;
        Discriminator.Result d = Discriminator.run(train, synthetic, settings.discriminator(), seed,
                SubProgress.of(progress, 0, split, "discriminator"), cancel);
        cancel.check();
        MlEfficacy.Result m = MlEfficacy.run(train, synthetic, holdout, target, settings.mlForest(),
                Seeds.mix(seed ^ ML), SubProgress.of(progress, split, 1, "ML efficacy"), cancel);
        progress.progress(1, "utility done");
        List<MetricResult> results = List.of(aucResult(d, thresholds), sPmseResult(d, thresholds),
                mlResult(m, thresholds));
        return new UtilityReport(d.auc(), d.pmse(), d.nullPmse(), d.sPmse(), d.permutations(), m, results);
    }

    static MetricResult aucResult(Discriminator.Result d, Thresholds th) {
        String key = "discriminator_auc";
        if (Double.isNaN(d.auc())) {
            return th.result(key, "Discriminator AUC", d.auc(), "A classifier could not be trained to tell real from "
                    + "synthetic rows: it needs at least a few rows of each and one column to compare.");
        }
        String end = switch (th.get(key).level(d.auc())) {
            case GREEN -> "the synthetic rows are hard to distinguish.";
            case AMBER -> "some synthetic rows stand out from the real ones.";
            case RED -> "the synthetic rows are easy to tell apart from the real ones.";
        };
        return th.result(key, "Discriminator AUC", d.auc(), String.format(Locale.ROOT,
                "A classifier tells real from synthetic rows with AUC %.2f (0.5 = cannot tell): %s", d.auc(), end));
    }

    static MetricResult sPmseResult(Discriminator.Result d, Thresholds th) {
        String key = "s_pmse";
        if (Double.isNaN(d.sPmse())) {
            return th.result(key, "S_pMSE", d.sPmse(), "The propensity score error could not be computed: it needs "
                    + "at least a few real and synthetic rows and one column to compare.");
        }
        Level level = th.get(key).level(d.sPmse());
        String end = level == Level.GREEN ? "the tables differ little beyond chance."
                : level == Level.AMBER ? "the tables differ noticeably." : "the tables differ clearly.";
        return th.result(key, "S_pMSE", d.sPmse(), String.format(Locale.ROOT,
                "The propensity score error (pMSE %.4g) is %.1f times what it is when real and synthetic rows come "
                        + "from one distribution (estimated from %d label permutations): %s",
                d.pmse(), d.sPmse(), d.permutations(), end));
    }

    static MetricResult mlResult(MlEfficacy.Result m, Thresholds th) {
        String key = "ml_efficacy_ratio";
        String label = "ML efficacy ratio";
        if (m.problem() != null && m.task() == null) {
            return th.result(key, label, Double.NaN, "ML efficacy was not measured: " + m.problem() + ".");
        }
        String scores = String.format(Locale.ROOT, "A model predicting %s trained on synthetic rows scores %s %.3f "
                        + "on the holdout, against %.3f when trained on real rows",
                m.target(), m.scoreName(), m.scoreSynthetic(), m.scoreReal());
        if (Double.isNaN(m.ratio())) {
            String why = m.problem() != null ? m.problem() : "the model trained on real rows scores no better than 0";
            return th.result(key, label, m.ratio(), scores + "; their ratio is undefined because " + why + ".");
        }
        String end = switch (th.get(key).level(m.ratio())) {
            case GREEN -> "the synthetic data supports this prediction about as well as the real data.";
            case AMBER -> "the synthetic data supports this prediction noticeably less well than the real data.";
            case RED -> "the synthetic data supports this prediction much worse than the real data.";
        };
        return th.result(key, label, m.ratio(), String.format(Locale.ROOT, "%s (ratio %.2f): %s", scores, m.ratio(),
                end));
    }
}
