// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import javafx.scene.text.Text;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.event.AxisChangeEvent;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * An axis of names, one per cell. Below a plot it writes the names side by side when they fit their cells, cut
 * shorter if need be (to no fewer than {@value #MIN_FLAT_CHARS} characters), and upright otherwise: the choice is
 * made at each drawing, from the width the chart has then. The axis's own name is cut to the length of the cells.
 */
final class NameAxis extends SymbolAxis {
    private static final int MIN_FLAT_CHARS = 6;
    private static final int MIN_LABEL_CHARS = 4;
    private final String[] names;
    private boolean choosing;

    /** @param names the names as written upright (already cut to the longest wanted) */
    NameAxis(String[] names) {
        super(null, names);
        this.names = names.clone();
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
                                  AxisSpace space) {
        if (RectangleEdge.isTopOrBottom(edge) && names.length > 0) {
            javafx.scene.text.Font font = javafx.scene.text.Font.font(Charts.family(), getTickLabelFont().getSize2D());
            double cell = plotArea.getWidth() / names.length;
            String[] flat = null;
            int longest = Arrays.stream(names).mapToInt(String::length).max().orElse(0);
            for (int chars = longest; chars >= MIN_FLAT_CHARS && flat == null; chars--) {
                flat = fitting(chars, font, cell);
            }
            choosing = true; // the orientation is part of this drawing, not a change to announce
            setVerticalTickLabels(flat == null);
            setSymbols(flat == null ? names : flat);
            choosing = false;
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** The width of the widest of the names once cut to {@code chars} characters, in a font of the given size. */
    static double widest(List<String> names, int chars, double size) {
        javafx.scene.text.Font font = javafx.scene.text.Font.font(Charts.family(), size);
        return names.stream().mapToDouble(n -> width(Charts.shorten(n, chars), font)).max().orElse(0);
    }

    /**
     * Draws the axis's name cut short enough to lie along the cells, rather than past the chart's edge: a name is
     * centred on the cells, which may be fewer pixels than the name is long.
     */
    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        if (label == null || label.isEmpty()) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        double room = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
        javafx.scene.text.Font font = javafx.scene.text.Font.font(Charts.family(), getLabelFont().getSize2D());
        String fit = label;
        for (int chars = label.length() - 1; chars >= MIN_LABEL_CHARS && width(fit, font) > room; chars--) {
            fit = Charts.shorten(label, chars);
        }
        return super.drawLabel(fit, g2, plotArea, dataArea, edge, state);
    }

    /** The names cut to {@code chars} characters if each then fits a cell, else null. */
    private String[] fitting(int chars, javafx.scene.text.Font font, double cell) {
        String[] cut = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            cut[i] = Charts.shorten(names[i], chars);
            if (width(cut[i], font) + 2 > cell) {
                return null;
            }
        }
        return cut;
    }

    /**
     * The width of the text as the chart draws it: the canvas draws with JavaFX fonts, which AWT's metrics can
     * overestimate by half.
     */
    private static double width(String s, javafx.scene.text.Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Override
    protected void notifyListeners(AxisChangeEvent event) {
        if (!choosing) {
            super.notifyListeners(event);
        }
    }
}
