// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours of a heat map: diverging (blue below zero, white at zero, red above) for signed values such as
 * correlations and differences, or sequential (white to blue) for shares. Values beyond the bounds take the end
 * colour; undefined values (NaN) are light grey. A diverging scale needs lo &lt; 0 &lt; hi, a sequential one lo &lt; hi.
 */
record HeatScale(double lo, double hi, boolean diverging) implements PaintScale {
    static final Color UNDEFINED = new Color(0xe6, 0xe6, 0xe6);
    private static final Color LOW = new Color(0x21, 0x66, 0xac);
    private static final Color MID = new Color(0xf7, 0xf7, 0xf7);
    private static final Color HIGH = new Color(0xb2, 0x18, 0x2b);
    private static final Color EMPTY = new Color(0xfb, 0xfd, 0xff);
    private static final Color FULL = new Color(0x08, 0x45, 0x94);

    @Override
    public double getLowerBound() {
        return lo;
    }

    @Override
    public double getUpperBound() {
        return hi;
    }

    @Override
    public Paint getPaint(double v) {
        return colour(v);
    }

    Color colour(double v) {
        if (Double.isNaN(v)) {
            return UNDEFINED;
        }
        double x = Math.max(lo, Math.min(hi, v));
        if (!diverging) {
            return mix(EMPTY, FULL, hi > lo ? (x - lo) / (hi - lo) : 0);
        }
        return x < 0 ? mix(MID, LOW, x / lo) : mix(MID, HIGH, x / hi);
    }

    /** Whether text on this value's cell should be white to stay readable. */
    boolean dark(double v) {
        Color c = colour(v);
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
