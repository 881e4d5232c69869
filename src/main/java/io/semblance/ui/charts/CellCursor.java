// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.scene.input.KeyEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The keyboard's place on a heat map: the arrow keys move it from cell to cell, Enter or Space picks its cell as a
 * click would. It is drawn as a dashed outline while the map has the focus, and named to screen readers.
 */
final class CellCursor {
    /** How far the outline lies inside its cell, in cells, so that it shows inside a picked cell's outline. */
    private static final double INSET = 0.14;
    private final ChartViewer viewer;
    private final BiConsumer<Integer, Integer> pick;
    private final BiFunction<Integer, Integer, Color> ink;
    private List<String> rows = List.of();
    private List<String> columns = List.of();
    private int row;
    private int column;
    private XYShapeAnnotation outline;

    /**
     * Makes the map focusable; {@code pick} hears (row, column) of the cell picked with Enter or Space, {@code ink}
     * gives the colour that shows on a cell (row, column).
     */
    CellCursor(ChartViewer viewer, BiConsumer<Integer, Integer> pick, BiFunction<Integer, Integer, Color> ink) {
        this.viewer = viewer;
        this.pick = pick;
        this.ink = ink;
        viewer.setFocusTraversable(true);
        viewer.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        viewer.focusedProperty().addListener((o, was, is) -> draw());
    }

    /** The names of the map just drawn; the cursor keeps its cell if the map still has it. */
    void shown(List<String> rowNames, List<String> columnNames) {
        rows = rowNames;
        columns = columnNames;
        moveTo(row, column);
    }

    /** Puts the cursor on a cell (the nearest one if outside the map). */
    void moveTo(int r, int c) {
        row = Math.max(0, Math.min(rows.size() - 1, r));
        column = Math.max(0, Math.min(columns.size() - 1, c));
        draw();
    }

    private void key(KeyEvent e) {
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        switch (e.getCode()) {
            case UP -> moveTo(row - 1, column);
            case DOWN -> moveTo(row + 1, column);
            case LEFT -> moveTo(row, column - 1);
            case RIGHT -> moveTo(row, column + 1);
            case ENTER, SPACE -> pick.accept(row, column);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Draws the outline on the chart shown, or removes it when the map does not have the focus. */
    private void draw() {
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        if (outline != null) {
            plot.removeAnnotation(outline, false);
            outline = null;
        }
        if (viewer.isFocused() && !rows.isEmpty() && !columns.isEmpty()) {
            Rectangle2D cell = new Rectangle2D.Double(column - 0.5 + INSET, row - 0.5 + INSET, 1 - 2 * INSET,
                    1 - 2 * INSET);
            outline = new XYShapeAnnotation(cell, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, new float[]{4f, 3f}, 0f), ink.apply(row, column));
            plot.addAnnotation(outline, false);
            viewer.setAccessibleText(rows.get(row) + " × " + columns.get(column));
        }
        chart.fireChartChanged();
    }
}
