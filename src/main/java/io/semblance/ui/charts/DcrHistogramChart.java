// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.ui.charts.ChartPalette.Use;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Overlaid histograms of distances to the closest real row (synthetic to training rows, synthetic to holdout rows) on
 * shared bins, with a vertical line at a distance threshold. Fed plain counts; draws nothing it computes itself.
 */
public final class DcrHistogramChart {
    /** One histogram: its name in the legend and its count per bin. */
    public record Series(String name, long[] counts) {
    }

    /** Opacity (0-255) of each series' fill and outline: the first filled, the second drawn as outlines over it. */
    private static final int[] FILL_ALPHA = {150, 40};
    private static final int[] LINE_ALPHA = {200, 255};
    private final XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    private final ValueMarker threshold = new ValueMarker(0);
    private final JFreeChart chart;
    private final ChartViewer viewer;
    /** Redraws in a new palette; held here, as the palette holds it only weakly. */
    private final InvalidationListener restyle = ChartPalette.follow(this::paint);

    /** @param xLabel horizontal axis label; @param yLabel vertical axis label; @param thresholdLabel the line's label */
    public DcrHistogramChart(String xLabel, String yLabel, String thresholdLabel) {
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(true);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setMargin(0.02);
        for (int s = 0; s < FILL_ALPHA.length; s++) {
            bars.setSeriesOutlineStroke(s, new BasicStroke(s == 0 ? 1f : 2f));
        }
        bars.setDefaultLegendShape(new java.awt.Rectangle(-6, -6, 12, 12));
        XYPlot plot = new XYPlot(data, x, y, bars);
        plot.setDomainGridlinesVisible(false);
        threshold.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{6f, 4f}, 0f));
        threshold.setLabel(thresholdLabel);
        threshold.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        threshold.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        threshold.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addDomainMarker(threshold);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 18));
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        paint();
        viewer = new ChartViewer(chart);
        viewer.setId("dcr-histogram");
        viewer.getProperties().put(DcrHistogramChart.class, this);
    }

    /** Colours the chart in the current palette: the first series blue, the second orange, the threshold red. */
    private void paint() {
        ChartPalette p = ChartPalette.current();
        XYPlot plot = chart.getXYPlot();
        Color[] colours = {p.colour(Use.REAL), p.colour(Use.SYNTHETIC)};
        for (int s = 0; s < colours.length; s++) {
            plot.getRenderer().setSeriesPaint(s, Charts.alpha(colours[s], FILL_ALPHA[s]));
            plot.getRenderer().setSeriesOutlinePaint(s, Charts.alpha(colours[s], LINE_ALPHA[s]));
        }
        chart.setBackgroundPaint(p.colour(Use.BACKGROUND));
        plot.setBackgroundPaint(p.colour(Use.BACKGROUND));
        plot.setOutlinePaint(p.colour(Use.OUTLINE));
        plot.setRangeGridlinePaint(p.colour(Use.GRID));
        for (var axis : new org.jfree.chart.axis.ValueAxis[]{plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelPaint(p.colour(Use.TEXT));
            axis.setTickLabelPaint(p.colour(Use.TICK_TEXT));
        }
        chart.getLegend().setBackgroundPaint(p.colour(Use.BACKGROUND));
        chart.getLegend().setItemPaint(p.colour(Use.TEXT));
        threshold.setPaint(p.colour(Use.THRESHOLD));
        threshold.setLabelPaint(p.colour(Use.THRESHOLD));
    }

    /** Replaces the bars in one update: {@code edges} ascending, one more than each series' counts. */
    public void show(double[] edges, List<Series> series) {
        data.removeAllSeries();
        for (Series s : series) {
            if (s.counts().length + 1 != edges.length) {
                throw new IllegalArgumentException(s.name() + " has " + s.counts().length + " counts for "
                        + (edges.length - 1) + " bins");
            }
            XYIntervalSeries bars = new XYIntervalSeries(s.name(), false, true);
            for (int k = 0; k < s.counts().length; k++) {
                double mid = (edges[k] + edges[k + 1]) / 2;
                bars.add(mid, edges[k], edges[k + 1], s.counts()[k], 0, s.counts()[k]);
            }
            data.addSeries(bars);
        }
    }

    /** Moves the threshold line; NaN hides it. */
    public void setThreshold(double x) {
        threshold.setAlpha(Double.isNaN(x) ? 0f : 1f);
        threshold.setValue(Double.isNaN(x) ? 0 : x);
    }

    public Node node() {
        return viewer;
    }

    /** The number of series drawn by the chart shown in {@code node} (one made by this class), for tests. */
    public static int seriesCount(Node node) {
        Object chart = node.getProperties().get(DcrHistogramChart.class);
        if (!(chart instanceof DcrHistogramChart c)) {
            throw new IllegalArgumentException("not a DCR histogram: " + node);
        }
        return c.data.getSeriesCount();
    }
}
