// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A tiny bar chart of counts the engine binned, drawn in a fixed box; heights are relative to the largest bar. */
public final class Sparkline extends Canvas {
    private static final Color BAR = Color.web("#4d7ea8");
    private static final Color OTHERS = Color.web("#a9b7c4");
    private static final Color BASE = Color.web("#c4ccd4");
    private static final double GAP = 1;
    private static final double MAX_BAR = 8;

    public Sparkline(double width, double height) {
        super(width, height);
    }

    /** Draws one bar per count and, when {@code others} is positive, a paler bar for them at the end. */
    public void show(long[] counts, long others) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        int n = counts.length + (others > 0 ? 1 : 0);
        long max = Math.max(others, Arrays.stream(counts).max().orElse(0));
        if (n == 0 || max == 0) {
            return;
        }
        // Bars at most MAX_BAR wide, from the left, so that two categories do not look like two blocks.
        double bar = Math.max(1, Math.min(MAX_BAR, (w - GAP * (n - 1)) / n));
        double step = bar + GAP;
        for (int i = 0; i < n; i++) {
            long c = i < counts.length ? counts[i] : others;
            // Any non-empty bin shows at least a sliver, so rare values are not drawn as none.
            double bh = c == 0 ? 0 : Math.max(1.5, (h - 1) * c / max);
            g.setFill(i < counts.length ? BAR : OTHERS);
            g.fillRect(i * step, h - 1 - bh, bar, bh);
        }
        g.setFill(BASE);
        g.fillRect(0, h - 1, w, 1);
    }
}
