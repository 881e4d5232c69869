// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.hybrid;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.privacy.Wording;
import io.semblance.core.privacy.disclosure.DisclosureReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Privacy of the rows of a hybrid table built from real records.
 *
 * @param realColumns the columns those rows take from their real record (evaluated columns not marked sensitive)
 * @param match       how often the attached sensitive values are the records' own
 * @param disclosure  quasi-identifier disclosure measured on these rows alone (keys without the prefix)
 * @param verdicts    the verdicts, keys prefixed with {@code real_based_}: sensitive disclosure, then CAP,
 *                    DisclosureProtection, repU, DiSCO, records at risk, highest risk
 */
public record RealBasedReport(List<String> realColumns, SensitiveMatch.Result match, DisclosureReport disclosure,
                              List<MetricResult> verdicts) {
    public RealBasedReport {
        realColumns = List.copyOf(realColumns);
        verdicts = List.copyOf(verdicts);
    }

    /** The plain statement of what these rows are and why the distance metrics are not shown for them. */
    public String note() {
        List<String> sensitive = new ArrayList<>();
        match.columns().forEach(c -> sensitive.add(c.name()));
        return "These " + Wording.count(match.rows()) + " rows are real records: their " + Wording.list(realColumns)
                + " are a real person's own values, so their distance to the closest real record is zero by"
                + " construction and the distance-based metrics (exact matches, DCR, NNDR, identifiability) say nothing"
                + " about them and are not shown. What protects these people is only that the " + Wording.list(sensitive)
                + " attached to them are not their own: the verdicts below measure how often they are, and how well"
                + " these values can be attributed to a real person from the quasi-identifiers.";
    }
}
