// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.core.evaluate.PairView;
import io.semblance.ui.charts.ChartPalette.Use;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Scatter plots of a numeric pair: translucent dots, real and synthetic on identical axes so shapes compare. */
final class ScatterPlots {
    private ScatterPlots() {
    }

    static void show(ChartViewer real, ChartViewer synthetic, PairView.Scatter s, boolean datetimeA, boolean datetimeB,
                     PairChart.Texts t) {
        ChartPalette p = ChartPalette.current();
        XYPlot r = plot(t.real(), s.realX(), s.realY(), s, datetimeA, datetimeB);
        XYPlot y = plot(t.synthetic(), s.syntheticX(), s.syntheticY(), s, datetimeA, datetimeB);
        share(r.getDomainAxis(), y.getDomainAxis());
        share(r.getRangeAxis(), y.getRangeAxis());
        real.setChart(chart(t.real(), r, p.colour(Use.REAL)));
        synthetic.setChart(chart(t.synthetic(), y, p.colour(Use.SYNTHETIC)));
    }

    private static XYPlot plot(String name, double[] x, double[] y, PairView.Scatter s, boolean dx, boolean dy) {
        XYSeries series = new XYSeries(name, false, true);
        double ux = dx ? 1000 : 1; // epoch seconds to the date axis's milliseconds
        double uy = dy ? 1000 : 1;
        for (int i = 0; i < x.length; i++) {
            series.add(x[i] * ux, y[i] * uy, false);
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setDefaultToolTipGenerator((d, ser, i) -> s.columnA() + " " + format(d.getXValue(ser, i), dx) + ", "
                + s.columnB() + " " + format(d.getYValue(ser, i), dy));
        return new XYPlot(new XYSeriesCollection(series), axis(s.columnA(), dx), axis(s.columnB(), dy), dots);
    }

    private static ValueAxis axis(String column, boolean datetime) {
        String label = Charts.shorten(column, 40);
        if (datetime) {
            return Charts.dateAxis(label);
        }
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static String format(double v, boolean datetime) {
        return datetime ? Charts.dateFormat().format(new java.util.Date((long) v))
                : java.text.NumberFormat.getNumberInstance().format(v);
    }

    /** Both axes get the range that holds both tables' points. */
    private static void share(ValueAxis a, ValueAxis b) {
        Range both = Range.combine(a.getRange(), b.getRange());
        a.setRange(both);
        b.setRange(both);
    }

    private static JFreeChart chart(String title, XYPlot plot, Color colour) {
        JFreeChart chart = Charts.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        XYLineAndShapeRenderer dots = (XYLineAndShapeRenderer) plot.getRenderer();
        dots.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        dots.setSeriesPaint(0, Charts.alpha(colour, 90));
        return chart;
    }
}
