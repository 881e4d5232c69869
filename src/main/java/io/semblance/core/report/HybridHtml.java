// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.privacy.Wording;
import io.semblance.core.privacy.hybrid.SensitiveMatch;

/** The parts of the HTML report about a hybrid table: what it is, and the privacy of its real-based rows. */
final class HybridHtml {
    private HybridHtml() {
    }

    /** The paragraph under the title saying that the table is hybrid and how the report treats it. */
    static void banner(StringBuilder h, HybridSection x) {
        h.append("<p class='note'><b>Hybrid table.</b> ").append(Wording.count(x.realBasedRows())).append(" of ")
                .append(Wording.count(x.rows())).append(" rows (").append(Wording.share(x.realBasedShare()))
                .append(") are built from real records: a real person's values in every column but the sensitive ones."
                        + " The other ").append(Wording.count(x.syntheticRows())).append(" are fully synthetic."
                        + " Fidelity and utility are measured on the whole table; privacy on each part apart.</p>");
    }

    /** Title of the privacy section of the fully synthetic rows. */
    static String syntheticTitle(HybridSection x) {
        return "Privacy of the " + Wording.count(x.syntheticRows()) + " fully synthetic rows";
    }

    /** The privacy section of the real-based rows: the note, the verdicts and the per-column rates. */
    static void realBased(StringBuilder h, HybridSection x) {
        String title = "Privacy of the " + Wording.count(x.realBasedRows()) + " rows built from real records";
        h.append("<h2>").append(Html.escape(title)).append("</h2><p class='note'>").append(Html.escape(x.note()))
                .append("</p>");
        if (x.privacy().metrics().isEmpty()) {
            return;
        }
        ReportHtml.metricsTable(h, "", x.privacy().metrics());
        SensitiveMatch.Result m = x.match();
        boolean holdout = m.againstHoldout();
        h.append("<h3>Are the attached sensitive values the person's own?</h3><table><tr><th>Sensitive column</th>"
                + "<th>Attached value is their own</th><th>Random value from the real column</th>")
                .append(holdout ? "<th>People not in the data, looked up by their other columns</th>" : "")
                .append("<th>Share of the remaining uncertainty given away</th></tr>");
        for (SensitiveMatch.Column c : m.columns()) {
            h.append("<tr><td>").append(Html.escape(c.name())).append(c.numeric() ? " (within 5%)" : "")
                    .append("</td><td>").append(Wording.share(c.match())).append("</td><td>")
                    .append(Wording.share(c.marginal())).append("</td>")
                    .append(holdout ? "<td>" + Wording.share(c.holdout()) + "</td>" : "").append("<td>")
                    .append(Wording.share(c.disclosure())).append("</td></tr>");
        }
        h.append("</table><p>").append(Wording.count(m.copies())).append(" of the ").append(Wording.count(m.rows()))
                .append(" rows carry every sensitive value of their real record unchanged (complete copies of it);"
                        + " sensitive values drawn from a random real row would do so for ")
                .append(Wording.share(m.copiesMarginal())).append(".</p>");
    }
}
