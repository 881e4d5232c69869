// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.core.evaluate.ChartData.Distribution;
import io.semblance.ui.charts.ChartPalette.Use;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * One column's real and synthetic distributions on the engine's shared bins: two histograms for numbers and
 * datetimes, two sets of bars for categories, drawn over each other (semi-transparent) or side by side. Redrawn in
 * the new colours when the {@link ChartPalette} changes.
 */
public final class DistributionChart {
    /**
     * The words on the chart.
     *
     * @param title     chart title (the column's name)
     * @param real      legend name of the real series
     * @param synthetic legend name of the synthetic series
     * @param values    axis label of the column's values or categories
     * @param share     axis label of the shares
     * @param empty     what the chart says when the column has no value to draw
     */
    public record Texts(String title, String real, String synthetic, String values, String share, String empty) {
    }

    private final ChartViewer viewer;
    private Runnable redraw = () -> { };
    /** Redraws in a new palette; held here, as the palette holds it only weakly. */
    private final InvalidationListener restyle = ChartPalette.follow(() -> redraw.run());

    /** An empty chart whose node gets the given id. */
    public DistributionChart(String id) {
        viewer = Charts.viewer(id);
    }

    public Node node() {
        return viewer;
    }

    /**
     * Draws a distribution (null clears the chart). {@code overlaid} draws synthetic over real, else beside it;
     * {@code datetime} reads numeric edges as epoch seconds.
     */
    public void show(Distribution d, boolean overlaid, boolean datetime, Texts t) {
        redraw = () -> show(d, overlaid, datetime, t);
        viewer.setVisible(d != null); // a viewer cannot be emptied, only hidden
        if (d == null) {
            return;
        }
        Plot plot = d.numeric() ? HistogramPlots.of(d, overlaid, datetime, t) : CategoryBarPlots.of(d, overlaid, t);
        plot.setNoDataMessage(t.empty());
        plot.setNoDataMessagePaint(ChartPalette.current().colour(Use.TEXT));
        JFreeChart chart = Charts.styled(new JFreeChart(t.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        if (d.numeric()) {
            HistogramPlots.colour((XYPlot) plot, overlaid);
        } else {
            CategoryBarPlots.colour((CategoryPlot) plot, overlaid);
        }
        viewer.setChart(chart);
    }

    /** The names of the series drawn by a node of a {@link DistributionChart}, in drawing order (empty if none). */
    public static List<String> seriesNames(Node node) {
        List<String> names = new ArrayList<>();
        JFreeChart chart = node instanceof ChartViewer v && v.isVisible() ? v.getChart() : null;
        if (chart != null && chart.getPlot() instanceof XYPlot p) {
            XYDataset data = p.getDataset();
            for (int s = 0; s < data.getSeriesCount(); s++) {
                names.add(String.valueOf(data.getSeriesKey(s)));
            }
        } else if (chart != null && chart.getPlot() instanceof CategoryPlot p) {
            CategoryDataset data = p.getDataset();
            for (int s = 0; s < data.getRowCount(); s++) {
                names.add(String.valueOf(data.getRowKey(s)));
            }
        }
        return names;
    }
}
