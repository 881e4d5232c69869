// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.charts.ChartPalette.Use;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chart text stays legible in both palettes: on the background, and on every colour a heat map's cell can take. */
class ChartPaletteTest {
    private static final double AA = 4.5;

    private static double contrast(Color a, Color b) {
        double la = HeatScale.luminance(a);
        double lb = HeatScale.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void textOnTheBackgroundMeetsWcagAaInBothPalettes() {
        for (ChartPalette p : ChartPalette.values()) {
            for (Use text : List.of(Use.TEXT, Use.TICK_TEXT, Use.THRESHOLD)) {
                double c = contrast(p.colour(text), p.colour(Use.BACKGROUND));
                assertTrue(c >= AA, p + " " + text + " on the background: " + c);
            }
            assertTrue(HeatScale.luminance(p.colour(Use.BACKGROUND)) > 0.5 == (p == ChartPalette.LIGHT),
                    p + " background");
        }
    }

    @Test
    void aHeatMapCellsValueIsWrittenLegiblyWhateverItsColour() {
        for (ChartPalette p : ChartPalette.values()) {
            for (HeatScale scale : List.of(new HeatScale(-1, 1, true, p), new HeatScale(0, 1, false, p))) {
                for (double v = scale.lo(); v <= scale.hi() + 1e-9; v += 0.01) {
                    double c = contrast(scale.text(v), scale.colour(v));
                    assertTrue(c >= AA, p + " " + scale + " at " + v + ": " + c);
                }
                assertTrue(contrast(scale.text(Double.NaN), scale.colour(Double.NaN)) >= AA, p + " undefined");
            }
        }
    }
}
