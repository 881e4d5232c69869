// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.core.evaluate.ChartData.Distribution;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bars of a categorical column: real and synthetic shares per category, grouped or layered (the synthetic bar
 * narrower, inside the real one). More than {@value #MAX_UPRIGHT} categories lie on their side, names at the left.
 */
final class CategoryBarPlots {
    static final int MAX_UPRIGHT = 6;

    /** A category: its position and whole name, shown shortened (two long names may shorten alike). */
    record Category(int index, String name) implements Comparable<Category> {
        @Override
        public String toString() {
            return Charts.shorten(name);
        }

        @Override
        public int compareTo(Category o) {
            return Integer.compare(index, o.index);
        }
    }

    private CategoryBarPlots() {
    }

    static CategoryPlot of(Distribution d, boolean overlaid, DistributionChart.Texts t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        CategoryAxis names = new CategoryAxis(t.values());
        for (int i = 0; i < d.labels().size(); i++) {
            Category c = new Category(i, d.labels().get(i));
            data.addValue(d.real()[i], t.real(), c);
            data.addValue(d.synthetic()[i], t.synthetic(), c);
            names.addCategoryLabelToolTip(c, c.name());
        }
        names.setMaximumCategoryLabelLines(1);
        names.setCategoryMargin(0.2);
        NumberAxis share = new NumberAxis(t.share());
        share.setNumberFormatOverride(Charts.percent());
        BarRenderer renderer = overlaid ? new LayeredBarRenderer() : new BarRenderer();
        renderer.setItemMargin(0.04);
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getRowKey(row) + " · "
                + ((Category) dataset.getColumnKey(column)).name() + ": "
                + Charts.precisePercent().format(dataset.getValue(row, column)));
        CategoryPlot plot = new CategoryPlot(data, names, share, renderer);
        plot.setOrientation(d.labels().size() > MAX_UPRIGHT ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // shares below the bars when they lie on their side
        return plot;
    }

    /** Real in blue, synthetic in orange; when layered, the synthetic bar is half as wide and drawn on top. */
    static void colour(CategoryPlot plot, boolean overlaid) {
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setDrawBarOutline(false);
        Charts.paintRealAndSynthetic(r, overlaid ? 170 : 255, overlaid ? 210 : 255);
        if (r instanceof LayeredBarRenderer layered) {
            layered.setSeriesBarWidth(0, 1.0);
            layered.setSeriesBarWidth(1, 0.5);
        }
    }
}
