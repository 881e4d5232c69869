// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.privacy.DcrHistogram;
import io.semblance.core.privacy.DistancePrivacy;
import io.semblance.core.privacy.DistancePrivacyReport;
import io.semblance.core.privacy.disclosure.Disclosure;
import io.semblance.core.privacy.disclosure.DisclosureReport;
import io.semblance.core.privacy.disclosure.ProsecutorRisk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the distance-based and quasi-identifier privacy metrics and lays them out as one report section. */
final class PrivacySections {
    /** The section and the DCR histograms (null without a holdout). */
    record Result(Section section, Histogram dcr) {
    }

    private PrivacySections() {
    }

    static Result compute(EncodedTable t, EncodedTable s, EncodedTable h, Evaluation.Request q,
                          ProgressListener progress, Cancellation cancel) {
        DistancePrivacyReport d = DistancePrivacy.evaluate(t, s, h, q.thresholds(), q.seed(), progress, cancel);
        DisclosureReport r = Disclosure.evaluate(t, s, q.qi(), q.sensitive(), q.tau(), q.thresholds(), progress, cancel);
        List<MetricResult> metrics = new ArrayList<>(d.results());
        metrics.addAll(r.results());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("exact_match_rate_holdout", UtilitySection.finite(d.exactMatch().holdoutRate()));
        details.put("exact_matches", d.exactMatch().toTraining());
        details.put("dcr_median_synthetic", UtilitySection.finite(d.baseline().syntheticMedian()));
        details.put("dcr_median_random", UtilitySection.finite(d.baseline().randomMedian()));
        details.put("dcr_baseline_protection_holdout", UtilitySection.finite(d.baseline().holdoutScore()));
        details.put("nndr_holdout", UtilitySection.finite(d.nndr().holdoutQuantile()));
        details.put("nndr_tenth_smallest", UtilitySection.finite(d.nndr().trainingTenth()));
        details.put("identifiability_holdout", UtilitySection.finite(d.identifiability().holdout()));
        details.put("cap_matched_rows", r.cap().matched());
        details.put("cap_mean", UtilitySection.finite(r.cap().meanCap()));
        details.put("uniques_in_real_percent", UtilitySection.finite(r.uniques().uio()));
        details.put("disco_in_real_percent", UtilitySection.finite(r.disco().dorig()));
        details.put("reidentification_synthetic", risk(r.released()));
        details.put("reidentification_real", risk(r.real()));
        DcrHistogram hist = d.histogram();
        Histogram dcr = h == null || hist == null || hist.toHoldout() == null ? null
                : new Histogram("Distance to the closest real row", hist.edges(), "to training rows", hist.toTraining(),
                "to holdout rows", hist.toHoldout());
        return new Result(new Section(metrics, details), dcr);
    }

    private static Map<String, Object> risk(ProsecutorRisk p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", p.k());
        m.put("classes", p.classes());
        m.put("records_at_risk", UtilitySection.finite(p.recordsAtRisk()));
        m.put("highest_risk", UtilitySection.finite(p.highestRisk()));
        m.put("success_rate", UtilitySection.finite(p.successRate()));
        m.put("sample_uniques", UtilitySection.finite(p.sampleUniques()));
        return m;
    }
}
