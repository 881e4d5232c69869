// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.core.evaluate.ChartData.Distribution;
import java.awt.BasicStroke;
import java.text.Format;
import java.text.NumberFormat;
import java.util.Date;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** Histograms of a numeric column: one bar per shared bin and series, with each bin's range in its tooltip. */
final class HistogramPlots {
    private HistogramPlots() {
    }

    static XYPlot of(Distribution d, boolean overlaid, boolean datetime, DistributionChart.Texts t) {
        double unit = datetime ? 1000 : 1; // the engine's epoch seconds, the date axis's milliseconds
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series(t.real(), d.edges(), d.real(), unit));
        data.addSeries(series(t.synthetic(), d.edges(), d.synthetic(), unit));
        XYBarRenderer renderer = overlaid ? new XYBarRenderer(0.04) : new ClusteredXYBarRenderer(0.08, false);
        ValueAxis values = datetime ? Charts.dateAxis(t.values()) : new NumberAxis(t.values());
        if (values instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
        NumberAxis share = new NumberAxis(t.share());
        share.setNumberFormatOverride(Charts.percent());
        XYPlot plot = new XYPlot(data, values, share, renderer);
        Format edge = datetime ? Charts.dateFormat() : NumberFormat.getNumberInstance();
        renderer.setDefaultToolTipGenerator((dataset, s, i) -> tooltip((IntervalXYDataset) dataset, s, i, edge, datetime));
        return plot;
    }

    /** One series; a column with a single value gets one bar of unit width so that it shows. */
    private static XYIntervalSeries series(String name, double[] edges, double[] shares, double unit) {
        XYIntervalSeries s = new XYIntervalSeries(name);
        if (edges.length == 0 || Double.isNaN(edges[0])) {
            return s;
        }
        boolean constant = edges[0] == edges[edges.length - 1];
        for (int i = 0; i < shares.length; i++) {
            double lo = constant ? edges[0] - 0.5 : edges[i];
            double hi = constant ? edges[0] + 0.5 : edges[i + 1];
            s.add(lo * unit, lo * unit, hi * unit, shares[i], 0, shares[i]);
        }
        return s;
    }

    private static String tooltip(IntervalXYDataset d, int s, int i, Format edge, boolean datetime) {
        Object lo = datetime ? new Date((long) d.getStartXValue(s, i)) : d.getStartXValue(s, i);
        Object hi = datetime ? new Date((long) d.getEndXValue(s, i)) : d.getEndXValue(s, i);
        return d.getSeriesKey(s) + ": " + edge.format(lo) + " – " + edge.format(hi) + " · "
                + Charts.precisePercent().format(d.getYValue(s, i));
    }

    /** Real in blue, synthetic in orange; translucent when drawn over each other. */
    static void colour(XYPlot plot, boolean overlaid) {
        XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
        r.setDrawBarOutline(overlaid);
        // Overlaid, the synthetic bars are a light wash with a firm outline, so both heights read where they overlap.
        Charts.paintRealAndSynthetic(r, overlaid ? 120 : 255, overlaid ? 45 : 255);
        r.setSeriesOutlineStroke(1, new BasicStroke(1.8f));
    }
}
