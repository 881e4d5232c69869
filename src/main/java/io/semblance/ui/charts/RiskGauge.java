// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.ui.charts.ChartPalette.Use;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import javafx.beans.InvalidationListener;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.dial.AbstractDialLayer;
import org.jfree.chart.plot.dial.ArcDialFrame;
import org.jfree.chart.plot.dial.DialBackground;
import org.jfree.chart.plot.dial.DialLayerChangeEvent;
import org.jfree.chart.plot.dial.DialPlot;
import org.jfree.chart.plot.dial.DialPointer;
import org.jfree.chart.plot.dial.DialScale;
import org.jfree.chart.plot.dial.StandardDialScale;
import org.jfree.data.general.DefaultValueDataset;

/**
 * A half-dial gauge for one risk measure: coloured bands (green, amber, red) that follow the thresholds given, a
 * needle at the value and a thin pin at a reference value (what the real data itself scores). Fed plain numbers.
 */
public final class RiskGauge {
    /** Traffic-light colours, shared with the workbench style sheet. */
    public static final Color GREEN = new Color(46, 125, 50);
    public static final Color AMBER = new Color(239, 160, 0);
    public static final Color RED = new Color(198, 40, 40);

    private final DefaultValueDataset value = new DefaultValueDataset(0);
    private final DefaultValueDataset reference = new DefaultValueDataset(0);
    private final Band[] bands = new Band[3];
    private final DialPointer.Pin pin = new DialPointer.Pin(1);
    private final double upper;
    private final ArcDialFrame frame = new ArcDialFrame(-4, 188);
    private final DialBackground background = new DialBackground();
    private final StandardDialScale ticks;
    private final DialPointer.Pointer needle = new DialPointer.Pointer(0);
    private final JFreeChart chart;
    private final ChartViewer viewer;
    /** Redraws in a new palette; held here, as the palette holds it only weakly. */
    private final InvalidationListener restyle = ChartPalette.follow(this::paint);

    /**
     * @param upper     the end of the scale (the start is 0)
     * @param tickLabel a {@link DecimalFormat} pattern for the scale's labels: {@code 0%} shows shares as
     *                  percentages, {@code 0'%'} values that already are
     */
    public RiskGauge(double upper, String tickLabel) {
        this.upper = upper;
        DialPlot plot = new DialPlot();
        plot.setView(0.0, 0.0, 1.0, 0.58);
        plot.setDataset(0, value);
        plot.setDataset(1, reference);
        frame.setInnerRadius(0.5);
        frame.setOuterRadius(0.95);
        frame.setStroke(new BasicStroke(1f));
        plot.setDialFrame(frame);
        plot.setBackground(background);
        ticks = new StandardDialScale(0, upper, 180, -180, upper / 4, 4);
        ticks.setTickRadius(0.92);
        ticks.setTickLabelOffset(0.19);
        ticks.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        ticks.setTickLabelFormatter(new DecimalFormat(tickLabel));
        ticks.setFirstTickLabelVisible(false); // 0 lies under the needle at rest
        plot.addScale(0, ticks);
        Color[] colours = {GREEN, AMBER, RED};
        for (int b = 0; b < 3; b++) {
            bands[b] = new Band(colours[b]);
            plot.addLayer(bands[b]);
        }
        pin.setDatasetIndex(1);
        pin.setRadius(0.86);
        pin.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{3f, 3f},
                0f));
        plot.addPointer(pin);
        needle.setRadius(0.68);
        needle.setWidthRadius(0.035);
        plot.addPointer(needle);
        chart = new JFreeChart(plot);
        chart.removeLegend();
        chart.setAntiAlias(true);
        paint();
        viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("risk-gauge");
    }

    /** Colours the dial in the current palette; the bands keep their traffic-light colours. */
    private void paint() {
        ChartPalette p = ChartPalette.current();
        frame.setForegroundPaint(p.colour(Use.OUTLINE));
        frame.setBackgroundPaint(p.colour(Use.BACKGROUND));
        background.setPaint(p.colour(Use.BACKGROUND));
        ticks.setTickLabelPaint(p.colour(Use.TICK_TEXT));
        ticks.setMajorTickPaint(p.colour(Use.MAJOR_TICK));
        ticks.setMinorTickPaint(p.colour(Use.MINOR_TICK));
        pin.setPaint(p.colour(Use.REFERENCE));
        needle.setFillPaint(p.colour(Use.EMPHASIS));
        needle.setOutlinePaint(p.colour(Use.EMPHASIS));
        chart.setBackgroundPaint(p.colour(Use.BACKGROUND));
    }

    /** Moves the needle; values beyond the scale rest at its end, NaN at 0. */
    public void setValue(double v) {
        value.setValue(clamp(v));
    }

    /** Moves the reference pin; NaN hides it. */
    public void setReference(double v) {
        pin.setVisible(!Double.isNaN(v));
        reference.setValue(clamp(v));
    }

    /**
     * Recolours the bands: with {@code higherIsBetter} red up to {@code red}, amber to {@code green}, green above;
     * otherwise green up to {@code green}, amber to {@code red}, red above.
     */
    public void setBands(double green, double red, boolean higherIsBetter) {
        double g = clamp(green);
        double r = clamp(red);
        if (higherIsBetter) {
            set(2, 0, r);
            set(1, r, g);
            set(0, g, upper);
        } else {
            set(0, 0, g);
            set(1, g, r);
            set(2, r, upper);
        }
    }

    private void set(int band, double lo, double hi) {
        bands[band].setBounds(lo, hi);
    }

    private double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(upper, v));
    }

    public Region node() {
        return viewer;
    }

    /** A filled arc of the dial between two values of its scale; nothing when the values leave no width. */
    private static final class Band extends AbstractDialLayer {
        private static final double INNER = 0.52;
        private static final double OUTER = 0.61;
        private final Color colour;
        private double lo;
        private double hi;

        Band(Color colour) {
            this.colour = colour;
        }

        void setBounds(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
            notifyListeners(new DialLayerChangeEvent(this));
        }

        @Override
        public boolean isClippedToWindow() {
            return true;
        }

        @Override
        public void draw(Graphics2D g2, DialPlot plot, Rectangle2D frame, Rectangle2D view) {
            if (!(hi > lo)) {
                return;
            }
            DialScale scale = plot.getScale(0);
            double from = scale.valueToAngle(lo);
            double to = scale.valueToAngle(hi);
            double middle = (INNER + OUTER) / 2;
            Rectangle2D ring = DialPlot.rectangleByRadius(frame, middle, middle);
            g2.setPaint(colour);
            g2.setStroke(new BasicStroke((float) ((OUTER - INNER) * frame.getWidth() / 2), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER));
            g2.draw(new Arc2D.Double(ring, from, to - from, Arc2D.OPEN));
        }
    }
}
