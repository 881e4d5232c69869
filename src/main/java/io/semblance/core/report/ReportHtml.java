// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.ChartData;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.evaluate.ValidityReport;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The human-readable report: one self-contained HTML file (inline style and SVG, no links), readable offline. */
public final class ReportHtml {
    private ReportHtml() {
    }

    /** The report as an HTML document. */
    public static String write(EvaluationReport r) {
        return write(r, null);
    }

    /** The report as an HTML document, opening with the acknowledgement of red verdicts when there is one. */
    public static String write(EvaluationReport r, Acknowledgement ack) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Semblance evaluation</title><style>")
                .append(CSS).append("</style></head><body>");
        String real = r.files().stream().filter(f -> f.role().equals("real")).map(InputFile::name).findFirst().orElse("");
        h.append("<h1>").append(ReportMark.img()).append("Evaluation of synthetic data for ").append(Html.escape(real))
                .append("</h1>");
        if (ack != null) {
            acknowledgement(h, ack);
        }
        if (r.hybrid() != null) {
            HybridHtml.banner(h, r.hybrid());
        }
        h.append("<p class='legend'><span class='sw' style='background:").append(SvgCharts.REAL)
                .append("'></span> real <span class='sw' style='background:").append(SvgCharts.SYN)
                .append("'></span> synthetic</p>");
        h.append("<h2>Summary</h2><div class='cards'>");
        for (MetricResult m : r.verdicts()) {
            card(h, m);
        }
        h.append("</div>");
        fidelity(h, r);
        metricsTable(h, r.hybrid() == null ? "Privacy" : HybridHtml.syntheticTitle(r.hybrid()), r.privacy().metrics());
        for (String note : PrivacySections.notes(r.privacy())) {
            h.append("<p class='note'>").append(Html.escape(note)).append("</p>");
        }
        if (r.dcr() != null) {
            h.append("<h3>").append(Html.escape(r.dcr().title())).append("</h3><p class='legend'><span class='sw' style='background:")
                    .append(SvgCharts.REAL).append("'></span> ").append(Html.escape(r.dcr().firstLabel()))
                    .append(" <span class='sw' style='background:").append(SvgCharts.SYN).append("'></span> ")
                    .append(Html.escape(r.dcr().secondLabel())).append("</p>").append(SvgCharts.histogram(r.dcr()));
        }
        if (r.hybrid() != null) {
            HybridHtml.realBased(h, r.hybrid());
        }
        metricsTable(h, "Utility", r.utility().metrics());
        settings(h, r);
        return h.append("</body></html>\n").toString();
    }

    private static void acknowledgement(StringBuilder h, Acknowledgement a) {
        h.append("<div class='ack' id='acknowledgement'><h2>Released despite red verdicts</h2><p>Acknowledged by <b>")
                .append(Html.escape(a.by())).append("</b> on ").append(ACK_TIME.format(a.at()))
                .append(". Reason given:</p><blockquote>").append(Html.escape(a.reason())).append("</blockquote><ul>");
        for (MetricResult m : a.verdicts()) {
            h.append("<li><span class='badge red'>red</span> <b>").append(Html.escape(m.label())).append("</b> ")
                    .append(value(m.value())).append(": ").append(Html.escape(m.sentence())).append("</li>");
        }
        h.append("</ul></div>");
    }

    private static void card(StringBuilder h, MetricResult m) {
        h.append("<div class='card ").append(level(m.level())).append("'><div class='v'>").append(value(m.value()))
                .append("</div><div class='k'>").append(Html.escape(m.label())).append("</div><div class='s'>")
                .append(Html.escape(m.sentence())).append("</div></div>");
    }

    private static void fidelity(StringBuilder h, EvaluationReport r) {
        QualityReport q = r.quality();
        h.append("<h2>Fidelity</h2><p>Quality score <b>").append(value(q.score())).append("</b> = mean of Column Shapes <b>")
                .append(value(q.columnShapes())).append("</b> and Column Pair Trends <b>").append(value(q.columnPairTrends()))
                .append("</b> (pairs with real |ρ| &gt; 0.5 or Cramér's V &gt; 0.3; mean over all pairs ")
                .append(value(q.allPairsMean())).append("). Diagnostic <b>").append(value(r.diagnostic().score())).append("</b>.</p>");
        h.append("<table><tr><th>Column</th><th>Shape metric</th><th>Score</th><th>Adherence</th><th>Coverage</th>"
                + "<th>Missing-value similarity</th></tr>");
        for (int i = 0; i < q.columns().size(); i++) {
            QualityReport.ColumnScore c = q.columns().get(i);
            ValidityReport.ColumnValidity v = r.validity().columns().stream().filter(x -> x.column().equals(c.column()))
                    .findFirst().orElse(null);
            h.append("<tr><td>").append(Html.escape(c.column())).append("</td><td>").append(c.metric()).append("</td><td>")
                    .append(value(c.score())).append("</td><td>").append(v == null ? "" : value(v.adherence()))
                    .append("</td><td>").append(v == null ? "" : value(v.coverage())).append("</td><td>")
                    .append(v == null ? "" : value(v.missingValueSimilarity())).append("</td></tr>");
        }
        h.append("</table><h3>Distributions</h3><div class='grid'>");
        for (ChartData.Distribution d : r.charts().distributions()) {
            h.append("<figure><figcaption>").append(Html.escape(d.column())).append("</figcaption>")
                    .append(SvgCharts.distribution(d)).append("</figure>");
        }
        ChartData.AssociationMatrix a = r.charts().associations();
        h.append("</div><h3>Associations (ρ for two numbers, Cramér's V otherwise)</h3><div class='grid'><figure><figcaption>real</figcaption>")
                .append(SvgCharts.heatmap(a.columns(), a.real())).append("</figure><figure><figcaption>synthetic</figcaption>")
                .append(SvgCharts.heatmap(a.columns(), a.synthetic())).append("</figure></div>");
        h.append("<h3>Column pairs that count</h3><table><tr><th>Pair</th><th>Metric</th><th>Real association</th><th>Score</th></tr>");
        for (QualityReport.PairScore p : q.pairs()) {
            if (p.counted()) {
                h.append("<tr><td>").append(Html.escape(p.columnA())).append(" × ").append(Html.escape(p.columnB()))
                        .append("</td><td>").append(p.metric()).append("</td><td>").append(value(p.realAssociation()))
                        .append("</td><td>").append(value(p.score())).append("</td></tr>");
            }
        }
        h.append("</table>");
    }

    static void metricsTable(StringBuilder h, String title, List<MetricResult> metrics) {
        if (!title.isEmpty()) {
            h.append("<h2>").append(Html.escape(title)).append("</h2>");
        }
        if (metrics.isEmpty()) {
            h.append("<p>Not measured in this run.</p>");
            return;
        }
        h.append("<table><tr><th>Metric</th><th>Value</th><th>Verdict</th><th>What it means here</th></tr>");
        for (MetricResult m : metrics) {
            h.append("<tr><td>").append(Html.escape(m.label())).append("</td><td>").append(value(m.value()))
                    .append("</td><td><span class='badge ").append(level(m.level())).append("'>")
                    .append(level(m.level())).append("</span></td><td>").append(Html.escape(m.sentence())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void settings(StringBuilder h, EvaluationReport r) {
        EvaluationReport.Settings s = r.settings();
        h.append("<h2>Settings and files</h2><table>");
        row(h, "Quasi-identifiers", String.join(", ", s.qi()));
        row(h, "Sensitive columns", String.join(", ", s.sensitive()));
        row(h, "ML efficacy target", s.target() == null ? "none" : s.target());
        row(h, "Seed", Long.toString(s.seed()));
        row(h, "Re-identification risk threshold", String.format(Locale.ROOT, "%.2f", s.tau()));
        row(h, "Semblance", s.version());
        row(h, "Time", String.format(Locale.ROOT, "%.1f s", r.seconds()));
        h.append("</table><table><tr><th>Role</th><th>File</th><th>Rows</th><th>SHA-256</th></tr>");
        for (InputFile f : r.files()) {
            h.append("<tr><td>").append(Html.escape(f.role())).append("</td><td>").append(Html.escape(f.name()))
                    .append("</td><td>").append(f.rows() < 0 ? "" : String.format(Locale.ROOT, "%,d", f.rows()))
                    .append("</td><td><code>").append(f.sha256()).append("</code></td></tr>");
        }
        h.append("</table>");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(Html.escape(k)).append("</th><td>").append(Html.escape(v)).append("</td></tr>");
    }

    static String level(Level l) {
        return l.name().toLowerCase(Locale.ROOT);
    }

    static String value(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.1f" : "%.3f", v);
    }

    private static final DateTimeFormatter ACK_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String CSS = "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px auto;max-width:1100px;"
            + "color:#222;font-size:14px}h1{font-size:22px}h1 .mark{vertical-align:middle;margin-right:10px}"
            + "h2{border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:32px}"
            + "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;"
            + "vertical-align:top}th{background:#f4f4f4}.cards{display:flex;flex-wrap:wrap;gap:10px}.card{width:240px;"
            + "border-radius:6px;padding:10px;border-left:6px solid #999;background:#fafafa}.card .v{font-size:22px;"
            + "font-weight:bold}.card .k{font-weight:bold;margin:2px 0}.card .s{font-size:12px;color:#444}"
            + ".green{border-color:#2e8b57}.amber{border-color:#d99a00}.red{border-color:#c0392b}.badge{color:#fff;"
            + "padding:1px 6px;border-radius:3px;font-size:12px}.badge.green{background:#2e8b57}.badge.amber"
            + "{background:#d99a00}.badge.red{background:#c0392b}.grid{display:flex;flex-wrap:wrap;gap:16px}figure"
            + "{margin:0}figcaption{font-weight:bold;font-size:12px}.legend{font-size:12px}.sw{display:inline-block;"
            + "width:10px;height:10px;margin:0 4px 0 10px}code{font-size:11px}.ack{border:2px solid #c0392b;"
            + "background:#fdecea;border-radius:6px;padding:4px 16px 8px;margin:12px 0}.ack h2{border:0;margin-top:8px;"
            + "color:#a93226}.ack blockquote{margin:6px 0 6px 12px;white-space:pre-wrap;font-size:15px}"
            + ".note{background:#fdf6e3;border-left:6px solid #d99a00;padding:8px 12px}";
}
