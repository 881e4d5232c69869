// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.ui.charts.ChartPalette.Use;
import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours of a heat map in a palette: diverging (blue below zero, neutral at zero, red above) for signed values such
 * as correlations and differences, or sequential (from the background's colour to blue) for shares. Values beyond the
 * bounds take the end colour; undefined values (NaN) are grey. A diverging scale needs lo &lt; 0 &lt; hi, a
 * sequential one lo &lt; hi.
 */
record HeatScale(double lo, double hi, boolean diverging, ChartPalette palette) implements PaintScale {
    /** Black text on a light cell, white on a dark one: whichever contrasts more (never less than 4.5:1). */
    private static final Color DARK_TEXT = Color.BLACK;

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
            return palette.colour(Use.UNDEFINED);
        }
        double x = Math.max(lo, Math.min(hi, v));
        if (!diverging) {
            return mix(palette.colour(Use.EMPTY), palette.colour(Use.FULL), hi > lo ? (x - lo) / (hi - lo) : 0);
        }
        return x < 0 ? mix(palette.colour(Use.NEUTRAL), palette.colour(Use.LOW), x / lo) : mix(palette.colour(Use.NEUTRAL), palette.colour(Use.HIGH), x / hi);
    }

    /** The colour of text written on this value's cell: white or black, whichever contrasts more with the cell. */
    Color text(double v) {
        double l = luminance(colour(v));
        return (1.05) / (l + 0.05) >= (l + 0.05) / 0.05 ? Color.WHITE : DARK_TEXT;
    }

    /** Relative luminance as WCAG defines it, 0 for black to 1 for white. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
