// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.ChartData;
import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the HTML report: distributions, association heat maps and histograms. */
final class SvgCharts {
    static final String REAL = "#2f5d8a";
    static final String SYN = "#e07b39";

    private SvgCharts() {
    }

    /** Real vs synthetic shares: vertical bars on shared bins (numeric) or horizontal bars by category. */
    static String distribution(ChartData.Distribution d) {
        return d.numeric() ? verticalBars(d.real(), d.synthetic(), d.edges()) : horizontalBars(d.labels(), d.real(), d.synthetic());
    }

    private static String verticalBars(double[] a, double[] b, double[] edges) {
        int w = 320;
        int h = 150;
        int n = a.length;
        double max = Math.max(max(a), max(b));
        StringBuilder s = open(w, h + 18);
        double slot = (double) (w - 10) / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            double x = 5 + i * slot;
            rect(s, x + 1, h, slot / 2 - 1, scale(a[i], max, h - 10), REAL);
            rect(s, x + slot / 2, h, slot / 2 - 1, scale(b[i], max, h - 10), SYN);
        }
        if (edges.length > 1 && !Double.isNaN(edges[0])) {
            text(s, 5, h + 14, fmt(edges[0]), "start");
            text(s, w - 5, h + 14, fmt(edges[edges.length - 1]), "end");
        }
        return s.append("</svg>").toString();
    }

    private static String horizontalBars(List<String> labels, double[] a, double[] b) {
        int w = 320;
        int row = 14;
        int h = Math.max(1, labels.size()) * row + 4;
        int left = 110;
        double max = Math.max(max(a), max(b));
        StringBuilder s = open(w, h);
        for (int i = 0; i < labels.size(); i++) {
            double y = 2 + i * row;
            text(s, left - 4, y + 10, shorten(labels.get(i), 18), "end");
            s.append(String.format(Locale.ROOT, "<rect x='%d' y='%.1f' width='%.1f' height='5' fill='%s'/>", left, y + 1,
                    scale(a[i], max, w - left - 4), REAL));
            s.append(String.format(Locale.ROOT, "<rect x='%d' y='%.1f' width='%.1f' height='5' fill='%s'/>", left, y + 7,
                    scale(b[i], max, w - left - 4), SYN));
        }
        return s.append("</svg>").toString();
    }

    /** A heat map of an association matrix: blue for positive, red for negative, grey where undefined. */
    static String heatmap(List<String> labels, double[][] m) {
        int n = labels.size();
        int cell = Math.max(10, Math.min(26, 420 / Math.max(1, n)));
        int left = 110;
        int w = left + n * cell + 4;
        int h = n * cell + 4;
        StringBuilder s = open(w, h);
        for (int i = 0; i < n; i++) {
            text(s, left - 4, 2 + i * cell + cell * 0.7, shorten(labels.get(i), 18), "end");
            for (int j = 0; j < n; j++) {
                double v = m[i][j];
                String fill = Double.isNaN(v) ? "#dddddd" : v >= 0 ? shade(47, 93, 138, v) : shade(192, 57, 43, -v);
                s.append(String.format(Locale.ROOT,
                        "<rect x='%d' y='%d' width='%d' height='%d' fill='%s'><title>%s × %s: %s</title></rect>",
                        left + j * cell, 2 + i * cell, cell - 1, cell - 1, fill, Html.escape(labels.get(i)),
                        Html.escape(labels.get(j)), Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v)));
            }
        }
        return s.append("</svg>").toString();
    }

    /** Two histograms on shared edges, as paired bars. */
    static String histogram(Histogram hist) {
        double[] a = toShares(hist.first());
        double[] b = toShares(hist.second());
        return verticalBars(a, b, hist.edges());
    }

    private static double[] toShares(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = total == 0 ? 0 : (double) counts[i] / total;
        }
        return out;
    }

    private static String shade(int r, int g, int b, double t) {
        double k = Math.max(0, Math.min(1, t));
        return String.format("#%02x%02x%02x", (int) (255 - (255 - r) * k), (int) (255 - (255 - g) * k),
                (int) (255 - (255 - b) * k));
    }

    private static StringBuilder open(int w, int h) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg width='%d' height='%d' viewBox='0 0 %d %d' role='img'>", w, h, w, h));
    }

    private static void rect(StringBuilder s, double x, double base, double w, double h, String fill) {
        s.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'/>", x, base - h,
                Math.max(0.5, w), h, fill));
    }

    private static void text(StringBuilder s, double x, double y, String t, String anchor) {
        s.append(String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' font-size='10' text-anchor='%s'>%s</text>", x, y,
                anchor, Html.escape(t)));
    }

    private static double scale(double v, double max, double span) {
        return max <= 0 || Double.isNaN(v) ? 0 : v / max * span;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Double.isNaN(x) ? 0 : x);
        }
        return m;
    }

    static String shorten(String s, int max) {
        return s == null ? "(missing)" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String fmt(double v) {
        return Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-2 && v != 0) ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, "%,.2f", v).replaceAll("\\.00$", "");
    }
}
