// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import java.awt.Color;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The colours charts are drawn in, one set per look of the workbench. Every chart of this package draws in the
 * {@linkplain #currentProperty() current} palette and redraws itself when it changes, so that a change of theme
 * restyles the charts already shown. Text colours keep a contrast of 4.5:1 or more against the background; real
 * and synthetic stay blue and orange, traffic lights green, amber and red. Use from the FX thread.
 */
public enum ChartPalette {
    LIGHT, DARK;

    private static final ObjectProperty<ChartPalette> CURRENT = new SimpleObjectProperty<>(LIGHT);

    /** The palette charts are drawn in now; the workbench sets it with its theme. */
    public static ObjectProperty<ChartPalette> currentProperty() {
        return CURRENT;
    }

    static ChartPalette current() {
        return CURRENT.get();
    }

    /**
     * Runs {@code redraw} whenever the palette changes, for as long as the returned listener is referenced: keep it
     * in a field of the chart, so that a chart no longer shown is not held by the palette.
     */
    static InvalidationListener follow(Runnable redraw) {
        InvalidationListener l = o -> redraw.run();
        CURRENT.addListener(new WeakInvalidationListener(l));
        return l;
    }

    /** The colour this palette gives to one use. */
    Color colour(Use use) {
        return new Color(this == DARK ? use.dark : use.light);
    }

    /** What a colour is for, with its light and dark values (0xRRGGBB). */
    enum Use {
        /** Behind the chart and its plot. */
        BACKGROUND(0xffffff, 0x2a2f35),
        /** Titles, axis labels, legend items. */
        TEXT(0x2b2b2b, 0xececec),
        TICK_TEXT(0x444444, 0xc8ced4),
        /** Plot outlines and a gauge's frame. */
        OUTLINE(0xcccccc, 0x5a636c),
        GRID(0xe2e2e2, 0x3d444b),
        /** Real data: the workbench's blue, lighter on dark. */
        REAL(0x2f6690, 0x5b9bd5),
        /** Synthetic data: an orange that stays distinct from the blue for common colour-vision deficiencies. */
        SYNTHETIC(0xd9822b, 0xeb933d),
        /** What a reader should find at once: the picked pair's cells, a gauge's needle. */
        EMPHASIS(0x2b2b2b, 0xf5f5f5),
        /** A threshold line and its label. */
        THRESHOLD(0xc62828, 0xff7b72),
        /** A gauge's reference pin: what the real data itself scores. */
        REFERENCE(0x2f6690, 0x8cbbe8),
        MAJOR_TICK(0x5a5a5a, 0xaab2ba),
        MINOR_TICK(0x969696, 0x6d767f),
        /** A heat map's cell with no value. */
        UNDEFINED(0xe6e6e6, 0x3d434a),
        /** A diverging heat map at zero, low end and high end. */
        NEUTRAL(0xf7f7f7, 0x30353b),
        LOW(0x2166ac, 0x3b87cc),
        HIGH(0xb2182b, 0xd2453f),
        /** A sequential heat map at its low and high end. */
        EMPTY(0xfbfdff, 0x30353b),
        FULL(0x084594, 0x7ab8f0);

        private final int light;
        private final int dark;

        Use(int light, int dark) {
            this.light = light;
            this.dark = dark;
        }
    }
}
