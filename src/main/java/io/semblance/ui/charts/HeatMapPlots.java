// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.ui.charts.ChartPalette.Use;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/** Builds the chart of a {@link HeatMapChart}: one block per cell, names on symbol axes, legend or cell values. */
final class HeatMapPlots {
    /** Column names are cut shorter than row names: they share the height given to names below the cells. */
    private static final int COLUMN_CHARS = 13;
    private static final int SMALL_SIZE = 11;
    /** Room of the parts around the cells, in pixels, for {@link #minimumSize}. */
    private static final double NAME_GAP = 10;
    private static final double LEGEND_WIDTH = 64;
    private static final double TITLE_HEIGHT = 26;
    private static final double PADDING_WIDTH = 18;
    private static final double PADDING_HEIGHT = 14;

    private HeatMapPlots() {
    }

    static JFreeChart chart(HeatMapChart.Data d, HeatMapChart.Scale s) {
        int n = d.rows().size();
        int m = d.columns().size();
        double[][] xyz = new double[3][n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                xyz[0][i * m + j] = j;
                xyz[1][i * m + j] = i;
                xyz[2][i * m + j] = d.values()[i][j];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", xyz);
        ChartPalette palette = ChartPalette.current();
        HeatScale scale = new HeatScale(s.lo(), s.hi(), s.diverging(), palette);
        NumberFormat tooltip = s.percent() ? Charts.precisePercent() : twoDecimals();
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> d.rows().get((int) dataset.getYValue(0, item))
                + " × " + d.columns().get((int) dataset.getXValue(0, item)) + ": "
                + text(data.getZValue(0, item), tooltip));
        SymbolAxis rows = axis(d.rows(), Charts.LABEL_CHARS);
        rows.setInverted(true);
        rows.setTickLabelsVisible(d.rowNames());
        SymbolAxis columns = axis(d.columns(), COLUMN_CHARS);
        XYPlot plot = new XYPlot(data, columns, rows, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = Charts.styled(new JFreeChart(d.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        if (s.labelled()) {
            label(plot, d.values(), scale, s.percent() ? Charts.percent() : tooltip);
        }
        if (d.legend() != null) {
            chart.addSubtitle(legend(scale, d.legend(), s.percent(), palette));
        }
        return chart;
    }

    /**
     * The least width and height a chart of these names needs to draw every cell at least {@code cell} pixels a side,
     * with its title, names and legend beside the cells.
     */
    static double[] minimumSize(HeatMapChart.Data d, double cell) {
        double rowNames = d.rowNames() ? NameAxis.widest(d.rows(), Charts.LABEL_CHARS, SMALL_SIZE) + NAME_GAP : 0;
        double legend = d.legend() == null ? 0 : LEGEND_WIDTH;
        double columnNames = NameAxis.widest(d.columns(), COLUMN_CHARS, SMALL_SIZE) + NAME_GAP;
        return new double[]{PADDING_WIDTH + rowNames + d.columns().size() * cell + legend,
            PADDING_HEIGHT + TITLE_HEIGHT + d.rows().size() * cell + columnNames};
    }

    private static SymbolAxis axis(List<String> names, int chars) {
        SymbolAxis a = new NameAxis(names.stream().map(n -> Charts.shorten(n, chars)).toArray(String[]::new));
        a.setGridBandsVisible(false);
        a.setRange(-0.5, names.size() - 0.5);
        a.setTickLabelFont(small());
        return a;
    }

    private static Font small() {
        return new Font(Charts.family(), Font.PLAIN, SMALL_SIZE);
    }

    private static void label(XYPlot plot, double[][] v, HeatScale scale, NumberFormat format) {
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v[i].length; j++) {
                XYTextAnnotation t = new XYTextAnnotation(text(v[i][j], format), j, i);
                t.setFont(small());
                t.setPaint(scale.text(v[i][j]));
                plot.addAnnotation(t, false);
            }
        }
    }

    /** A vertical colour strip at the right, labelled when {@code label} is not blank. */
    private static PaintScaleLegend legend(HeatScale scale, String label, boolean percent, ChartPalette palette) {
        NumberAxis axis = new NumberAxis(label.isBlank() ? null : label);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setLabelFont(small());
        axis.setTickLabelFont(small());
        axis.setLabelPaint(palette.colour(Use.TEXT));
        axis.setTickLabelPaint(palette.colour(Use.TICK_TEXT));
        if (percent) {
            axis.setNumberFormatOverride(Charts.percent());
        }
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(10);
        legend.setSubdivisionCount(100);
        legend.setMargin(new RectangleInsets(24, 8, 40, 0));
        legend.setBackgroundPaint(palette.colour(Use.BACKGROUND));
        return legend;
    }

    /** A value as the format writes it; a positive value too small for the format is written "<" its smallest step. */
    static String text(double v, NumberFormat format) {
        if (Double.isNaN(v)) {
            return "–";
        }
        String t = format.format(v);
        if (v > 0 && format.format(0).equals(t)) {
            boolean percent = t.endsWith("%");
            return "<" + format.format(Math.pow(10, -format.getMaximumFractionDigits() - (percent ? 2 : 0)));
        }
        return t;
    }

    private static NumberFormat twoDecimals() {
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f;
    }
}
