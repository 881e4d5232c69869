// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.utility.MlEfficacy;
import io.semblance.core.evaluate.utility.Utility;
import io.semblance.core.evaluate.utility.UtilityReport;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the utility metrics and lays them out as a report section. */
final class UtilitySection {
    private UtilitySection() {
    }

    static Section compute(EncodedTable t, EncodedTable s, EncodedTable h, Evaluation.Request q,
                           ProgressListener progress, Cancellation cancel) {
        UtilityReport u = Utility.evaluate(t, s, h, q.target(), q.thresholds(), q.seed(), progress, cancel);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pmse", finite(u.pmse()));
        details.put("null_pmse", finite(u.nullPmse()));
        details.put("s_pmse_permutations", u.permutations());
        MlEfficacy.Result ml = u.mlEfficacy();
        if (ml != null && q.target() != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", ml.target());
            m.put("score", ml.scoreName());
            m.put("trained_on_synthetic", finite(ml.scoreSynthetic()));
            m.put("trained_on_real", finite(ml.scoreReal()));
            m.put("ratio", finite(ml.ratio()));
            m.put("holdout_rows", ml.holdoutRows());
            if (ml.problem() != null) {
                m.put("problem", ml.problem());
            }
            details.put("ml_efficacy", m);
        }
        return new Section(u.results(), details);
    }

    /** NaN and infinities become null in JSON. */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
