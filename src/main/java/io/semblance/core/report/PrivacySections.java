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
import io.semblance.core.privacy.hybrid.RealBasedPrivacy;
import io.semblance.core.privacy.hybrid.RealBasedReport;
import io.semblance.core.synth.hybrid.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the distance-based and quasi-identifier privacy metrics and lays them out as one report section. With a
 * provenance, that section covers the fully synthetic rows only, and the rows built from real records get their
 * own (see {@link RealBasedPrivacy}).
 */
final class PrivacySections {
    /** The section, the DCR histograms (null without a holdout) and the hybrid part (null without a provenance). */
    record Result(Section section, Histogram dcr, HybridSection hybrid) {
    }

    /** Key of the details that list, one sentence each, the tables drawn down to compare like with like. */
    static final String NOTES = "notes";

    private PrivacySections() {
    }

    /** The sentences under {@link #NOTES} in a privacy section's details; empty when there are none. */
    static List<String> notes(Section privacy) {
        return privacy.details().get(NOTES) instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** {@code real} is the real table as given (with any holdout rows), encoded like the others; used with a
     * provenance only. */
    static Result compute(EncodedTable t, EncodedTable s, EncodedTable h, EncodedTable real, Evaluation.Request q,
                          ProgressListener progress, Cancellation cancel) {
        Provenance p = q.provenance();
        if (p == null) {
            return synthetic(t, s, h, q, progress, cancel);
        }
        EncodedTable fullySynthetic = s.selectRows(p.outputRows(false));
        Result syn = fullySynthetic.rows() > 0 ? synthetic(t, fullySynthetic, h, q, progress, cancel)
                : new Result(new Section(List.of(), Map.of("note", "The table has no fully synthetic rows.")), null,
                null);
        int k = p.realBasedRows();
        HybridSection hybrid;
        if (k == 0) {
            String none = "No row is built from a real record.";
            hybrid = new HybridSection(p.rows(), 0, none, new Section(List.of(), Map.of("note", none)), null);
        } else {
            RealBasedReport r = RealBasedPrivacy.evaluate(t, s, h, real, p, q.qi(), q.sensitive(), q.tau(),
                    q.thresholds(), progress, cancel);
            hybrid = new HybridSection(p.rows(), k, r.note(), new Section(r.verdicts(), realBasedDetails(r)),
                    r.match());
        }
        return new Result(syn.section(), syn.dcr(), hybrid);
    }

    private static Result synthetic(EncodedTable t, EncodedTable s, EncodedTable h, Evaluation.Request q,
                                    ProgressListener progress, Cancellation cancel) {
        DistancePrivacyReport d = DistancePrivacy.evaluate(t, s, h, q.thresholds(), q.seed(), progress, cancel);
        DisclosureReport r = Disclosure.evaluate(t, s, q.qi(), q.sensitive(), q.tau(), q.thresholds(), progress, cancel);
        List<MetricResult> metrics = new ArrayList<>(d.results());
        metrics.addAll(r.results());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("exact_match_rate_holdout", UtilitySection.finite(d.exactMatch().holdoutRate()));
        details.put("exact_match_rate_compared", UtilitySection.finite(d.exactMatch().comparedRate()));
        details.put("exact_matches", d.exactMatch().toTraining());
        details.put("dcr_median_synthetic", UtilitySection.finite(d.baseline().syntheticMedian()));
        details.put("dcr_median_random", UtilitySection.finite(d.baseline().randomMedian()));
        details.put("dcr_baseline_protection_holdout", UtilitySection.finite(d.baseline().holdoutScore()));
        details.put("nndr_holdout", UtilitySection.finite(d.nndr().holdoutQuantile()));
        details.put("nndr_tenth_smallest", UtilitySection.finite(d.nndr().trainingTenth()));
        details.put("identifiability_holdout", UtilitySection.finite(d.identifiability().holdout()));
        details.put("identifiability_holdout_measured", UtilitySection.finite(d.identifiability().measuredHoldout()));
        details.put("dcr_share_measured", UtilitySection.finite(d.share().measured()));
        details.put("dcr_share_chance", UtilitySection.finite(d.share().chance()));
        disclosure(details, r, "reidentification_synthetic");
        details.put(NOTES, d.notes());
        DcrHistogram hist = d.histogram();
        Histogram dcr = h == null || hist == null || hist.toHoldout() == null ? null
                : new Histogram("Distance to the closest real row", hist.edges(), "to training rows", hist.toTraining(),
                "to holdout rows", hist.toHoldout());
        return new Result(new Section(metrics, details), dcr, null);
    }

    private static Map<String, Object> realBasedDetails(RealBasedReport r) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", r.match().rows());
        details.put("real_columns", r.realColumns());
        details.put("note", r.note());
        details.put("baseline", r.match().againstHoldout() ? "holdout" : "marginal");
        Map<String, Object> columns = new LinkedHashMap<>();
        for (var c : r.match().columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("match_rate", UtilitySection.finite(c.match()));
            m.put("marginal_rate", UtilitySection.finite(c.marginal()));
            m.put("holdout_rate", UtilitySection.finite(c.holdout()));
            m.put("disclosure", UtilitySection.finite(c.disclosure()));
            m.put("relative_tolerance", c.numeric() ? io.semblance.core.privacy.hybrid.SensitiveMatch.TOLERANCE : null);
            columns.put(c.name(), m);
        }
        details.put("sensitive_columns", columns);
        details.put("complete_copies", r.match().copies());
        details.put("complete_copies_marginal", UtilitySection.finite(r.match().copiesMarginal()));
        disclosure(details, r.disclosure(), "reidentification_real_based");
        return details;
    }

    /** The quasi-identifier disclosure details; {@code released} names the released part's risk. */
    private static void disclosure(Map<String, Object> details, DisclosureReport r, String released) {
        details.put("cap_matched_rows", r.cap().matched());
        details.put("cap_mean", UtilitySection.finite(r.cap().meanCap()));
        details.put("uniques_in_real_percent", UtilitySection.finite(r.uniques().uio()));
        details.put("disco_in_real_percent", UtilitySection.finite(r.disco().dorig()));
        details.put(released, risk(r.released()));
        details.put("reidentification_real", risk(r.real()));
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
