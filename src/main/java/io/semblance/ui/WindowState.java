// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window was and how large, in screen pixels, and whether it was maximized; the bounds are those of
 * the window when not maximized.
 */
record WindowState(double x, double y, double width, double height, boolean maximized) {

    /** Whether the numbers describe a window at all (a damaged preference may not). */
    boolean plausible() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= 100 && height >= 100
                && Double.isFinite(width) && Double.isFinite(height);
    }

    /**
     * The same window moved and shrunk to lie wholly on the screen it overlaps most ({@code screens}: visual bounds,
     * the primary first); centred on the primary screen when it overlaps none, e.g. after a monitor was unplugged.
     */
    WindowState clampTo(List<Rectangle2D> screens) {
        Rectangle2D home = screens.stream().filter(s -> overlap(s) > 0)
                .max(Comparator.comparingDouble(this::overlap)).orElse(null);
        Rectangle2D screen = home != null ? home : screens.get(0);
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        if (home == null) {
            return new WindowState(screen.getMinX() + (screen.getWidth() - w) / 2,
                    screen.getMinY() + (screen.getHeight() - h) / 2, w, h, maximized);
        }
        return new WindowState(within(x, screen.getMinX(), screen.getMaxX() - w),
                within(y, screen.getMinY(), screen.getMaxY() - h), w, h, maximized);
    }

    private double overlap(Rectangle2D s) {
        double w = Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX());
        double h = Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double within(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
