// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.core.evaluate.PairView;
import java.util.Arrays;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;

/**
 * One column pair, real on the left and synthetic on the right: two scatter plots on the same axes for two numeric
 * columns, or two contingency tables on the same colour scale otherwise.
 */
public final class PairChart {
    /**
     * The words on the charts.
     *
     * @param real      title of the real chart
     * @param synthetic title of the synthetic chart
     */
    public record Texts(String real, String synthetic) {
    }

    private final ChartViewer realScatter = Charts.viewer("pair-real-scatter");
    private final ChartViewer syntheticScatter = Charts.viewer("pair-synthetic-scatter");
    private final HeatMapChart realTable = new HeatMapChart("pair-real-table");
    private final HeatMapChart syntheticTable = new HeatMapChart("pair-synthetic-table");
    private final HBox scatters = row(realScatter, syntheticScatter);
    private final HBox tables = row(realTable.node(), syntheticTable.node());
    private final StackPane box = new StackPane(scatters, tables);
    /** Draws the scatter plots shown again; the tables redraw themselves. */
    private Runnable redrawScatters = () -> { };
    /** Redraws in a new palette; held here, as the palette holds it only weakly. */
    private final InvalidationListener restyle = ChartPalette.follow(() -> redrawScatters.run());

    public PairChart() {
        box.setId("pair-chart");
    }

    private static HBox row(Node a, Node b) {
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        HBox row = new HBox(8, a, b);
        row.setVisible(false);
        return row;
    }

    public Node node() {
        return box;
    }

    /** Draws a pair (null clears); {@code datetimeA}/{@code datetimeB} read a scatter's values as epoch seconds. */
    public void show(PairView view, boolean datetimeA, boolean datetimeB, Texts t) {
        scatters.setVisible(view instanceof PairView.Scatter);
        tables.setVisible(view instanceof PairView.Contingency);
        redrawScatters = () -> { };
        if (view instanceof PairView.Scatter s) {
            redrawScatters = () -> ScatterPlots.show(realScatter, syntheticScatter, s, datetimeA, datetimeB, t);
            redrawScatters.run();
        } else if (view instanceof PairView.Contingency c) {
            table(longest(c.columnLabels()) > longest(c.rowLabels()) ? transposed(c) : c, t);
        }
    }

    /** Both tables on one colour scale, each cell labelled with its share. */
    private void table(PairView.Contingency c, Texts t) {
        double hi = Math.max(max(c.real()), max(c.synthetic()));
        HeatMapChart.Scale scale = new HeatMapChart.Scale(0, hi > 0 ? hi : 1, false, true, true);
        realTable.show(new HeatMapChart.Data(t.real(), c.rowLabels(), c.columnLabels(), c.real(), null, true), scale);
        syntheticTable.show(new HeatMapChart.Data(t.synthetic(), c.rowLabels(), c.columnLabels(), c.synthetic(), null,
                false), scale);
        realTable.nameAxes(c.columnA(), c.columnB());
        syntheticTable.nameAxes(null, c.columnB());
    }

    private static int longest(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The table turned, so that the longer names are written down the side, where they lie flat. */
    private static PairView.Contingency transposed(PairView.Contingency c) {
        return new PairView.Contingency(c.columnB(), c.columnA(), c.columnLabels(), c.rowLabels(), turn(c.real()),
                turn(c.synthetic()));
    }

    private static double[][] turn(double[][] m) {
        double[][] t = new double[m.length == 0 ? 0 : m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /** The largest share, so that both tables share one colour scale. */
    private static double max(double[][] m) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).max().orElse(0);
    }
}
