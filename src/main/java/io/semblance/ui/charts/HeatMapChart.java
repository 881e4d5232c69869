// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.ui.charts.ChartPalette.Use;
import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * A matrix as coloured cells, rows top to bottom and columns left to right, with a colour legend at the right and
 * the values written in the cells when they fit. Long row and column names are shortened on the axes and given
 * whole in each cell's tooltip; a click reports the cell. Redrawn in the new colours when the {@link ChartPalette}
 * changes.
 */
public final class HeatMapChart {
    /**
     * What to draw.
     *
     * @param title   chart title
     * @param rows    row names, top to bottom
     * @param columns column names, left to right
     * @param values  values[row][column]; NaN for an undefined cell (drawn grey)
     * @param legend   label of the colour legend at the right ("" for none); null for no legend
     * @param rowNames whether the row names are written at the left (off for a map beside one that has them)
     */
    public record Data(String title, List<String> rows, List<String> columns, double[][] values, String legend,
                       boolean rowNames) {
    }

    /**
     * How values map to colours and text.
     *
     * @param lo        value of the lowest colour
     * @param hi        value of the highest colour
     * @param diverging blue–white–red around zero (else white to blue)
     * @param percent   values are shares, written as percentages
     * @param labelled  each cell also shows its value as text
     */
    public record Scale(double lo, double hi, boolean diverging, boolean percent, boolean labelled) {
    }

    private static final int AXIS_CHARS = 40;
    private final ChartViewer viewer;
    private BiConsumer<Integer, Integer> onCell = (r, c) -> { };
    private XYShapeAnnotation[] marks = new XYShapeAnnotation[0];
    /** What is drawn, to draw it again in another palette: data, scale, axis names, outlined cells. */
    private Data data;
    private Scale scale;
    private String[] axisNames;
    private int[] marked = new int[0];
    /** Redraws in a new palette; held here, as the palette holds it only weakly. */
    private final InvalidationListener restyle = ChartPalette.follow(this::redraw);
    /** The keyboard's cell, once cells can be picked. */
    private CellCursor cursor;
    /** The least size of a cell's side in pixels; 0 for none. */
    private double minimumCell;

    /** An empty heat map whose node gets the given id. */
    public HeatMapChart(String id) {
        viewer = Charts.viewer(id);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof XYItemEntity cell) {
                    int item = cell.getItem();
                    int row = (int) cell.getDataset().getYValue(0, item);
                    int column = (int) cell.getDataset().getXValue(0, item);
                    if (cursor != null) {
                        viewer.requestFocus();
                        cursor.moveTo(row, column);
                    }
                    onCell.accept(row, column);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                viewer.setCursor(e.getEntity() instanceof XYItemEntity ? Cursor.HAND : Cursor.DEFAULT);
            }
        });
    }

    public Node node() {
        return viewer;
    }

    /**
     * Called with (row, column) when a cell is clicked, or picked from the keyboard: the map takes the focus, the
     * arrow keys move from cell to cell (starting at the first outlined one) and Enter or Space picks a cell.
     */
    public void setOnCellClicked(BiConsumer<Integer, Integer> action) {
        onCell = action;
        if (cursor == null) {
            cursor = new CellCursor(viewer, (r, c) -> onCell.accept(r, c), this::ink);
            viewer.focusedProperty().addListener((o, was, focused) -> {
                if (focused && marked.length >= 2) {
                    cursor.moveTo(marked[0], marked[1]);
                }
            });
            if (data != null) {
                cursor.shown(data.rows(), data.columns());
            }
        }
    }

    /** The colour that shows on a cell: its value's text colour. */
    private java.awt.Color ink(int row, int column) {
        return new HeatScale(scale.lo(), scale.hi(), scale.diverging(), ChartPalette.current())
                .text(data.values()[row][column]);
    }

    /**
     * Keeps every cell at least {@code pixels} a side: the node's minimum size then follows the matrix shown, so that
     * a large matrix asks for scroll bars rather than shrinking its cells (0 for no minimum).
     */
    public void setMinimumCell(double pixels) {
        minimumCell = pixels;
        fitMinimum();
    }

    private void fitMinimum() {
        if (data == null || minimumCell <= 0) {
            viewer.setMinSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
            return;
        }
        double[] least = HeatMapPlots.minimumSize(data, minimumCell);
        viewer.setMinSize(least[0], least[1]);
    }

    /** Draws a matrix (null clears the chart). */
    public void show(Data d, Scale s) {
        data = d;
        scale = s;
        axisNames = null;
        marked = new int[0];
        marks = new XYShapeAnnotation[0];
        viewer.setVisible(d != null); // a viewer cannot be emptied, only hidden
        fitMinimum();
        if (d == null) {
            return;
        }
        JFreeChart chart = HeatMapPlots.chart(d, s);
        viewer.setChart(chart);
        if (cursor != null) {
            cursor.shown(d.rows(), d.columns());
        }
    }

    /** Names the axes of the map shown: the rows at the left (null for none), the columns below. */
    public void nameAxes(String rows, String columns) {
        axisNames = new String[]{rows, columns};
        JFreeChart chart = viewer.getChart();
        if (chart != null) {
            chart.getXYPlot().getRangeAxis().setLabel(rows == null ? null : Charts.shorten(rows, AXIS_CHARS));
            chart.getXYPlot().getDomainAxis().setLabel(Charts.shorten(columns, AXIS_CHARS));
        }
    }

    /** Outlines the given cells, e.g. a pair and its mirror; no arguments clears the outline. */
    public void mark(int... rowColumnPairs) {
        marked = rowColumnPairs.clone();
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        for (XYShapeAnnotation a : marks) {
            plot.removeAnnotation(a, false);
        }
        marks = new XYShapeAnnotation[rowColumnPairs.length / 2];
        for (int k = 0; k < marks.length; k++) {
            Rectangle2D cell = new Rectangle2D.Double(rowColumnPairs[2 * k + 1] - 0.5, rowColumnPairs[2 * k] - 0.5, 1, 1);
            marks[k] = new XYShapeAnnotation(cell, new BasicStroke(2.5f), ChartPalette.current().colour(Use.EMPHASIS));
            plot.addAnnotation(marks[k], false);
        }
        chart.fireChartChanged();
    }

    /** Draws what is shown again, in the current palette. */
    private void redraw() {
        if (data == null) {
            return;
        }
        String[] names = axisNames;
        int[] cells = marked;
        show(data, scale);
        if (names != null) {
            nameAxes(names[0], names[1]);
        }
        mark(cells);
    }

    /** Where the centre of a cell of a heat map's node is on the screen, or null before the map is drawn. */
    public static Point2D cellOnScreen(Node node, int row, int column) {
        if (!(node instanceof ChartViewer v) || v.getChart() == null || v.getRenderingInfo() == null) {
            return null;
        }
        XYPlot plot = v.getChart().getXYPlot();
        Rectangle2D area = v.getRenderingInfo().getPlotInfo().getDataArea();
        double x = plot.getDomainAxis().valueToJava2D(column, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(row, area, plot.getRangeAxisEdge());
        return v.getCanvas().localToScreen(x, y);
    }
}
