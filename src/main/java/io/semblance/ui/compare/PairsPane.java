// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.core.evaluate.ChartData.AssociationMatrix;
import io.semblance.core.evaluate.PairView;
import io.semblance.core.evaluate.QualityReport.PairScore;
import io.semblance.ui.charts.HeatMapChart;
import io.semblance.ui.charts.PairChart;
import io.semblance.ui.common.Messages;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Pairs tab: three heat maps (real, synthetic, their difference) over the compared columns, and below them the
 * picked pair: its trend score and its scatter or contingency view, real beside synthetic. A pair is picked with a
 * click on a cell, from the keyboard on a map (arrow keys, then Enter), or in the two lists of columns above them.
 * On a wide table the maps keep readable cells and scroll, and the pair keeps a readable height.
 */
final class PairsPane {
    /** Matrices of at most this many columns have their values written in the cells. */
    private static final int LABELLED_COLUMNS = 6;
    private static final double DIFFERENCE_SCALE = 0.5;
    /** The heat maps' cells stay at least this many pixels a side; the maps scroll when they then do not fit. */
    private static final double MAP_CELL = 12;
    /**
     * The maps' scroll pane asks for, and keeps, the height of this many cells: a modest wish, so that a large
     * matrix does not crowd the scores above the tabs; the divider gives the maps more when there is room.
     */
    private static final int MAP_CELLS_SHOWN = 4;
    /** Room the split pane's divider takes, a little more than it draws. */
    private static final double DIVIDER = 8;
    /** The picked pair's charts keep at least this height, whatever the size of the heat maps. */
    private static final double PAIR_HEIGHT = 300;
    private final PairsViewModel vm;
    private final HeatMapChart real = new HeatMapChart("compare-heat-real");
    private final HeatMapChart synthetic = new HeatMapChart("compare-heat-synthetic");
    private final HeatMapChart difference = new HeatMapChart("compare-heat-difference");
    private final PairChart pairChart = new PairChart();
    private final Label heading = new Label();
    private final Label score = new Label();
    private final Label counted = new Label();
    private final Label status = new Label();
    private final ComboBox<String> columnA = chooser("compare-pair-a", "compare.pairs.columnA");
    private final ComboBox<String> columnB = chooser("compare-pair-b", "compare.pairs.columnB");
    /** Set while the choosers follow the pair shown, so that they do not pick it again. */
    private boolean following;
    private final SplitPane split;

    PairsPane(PairsViewModel vm) {
        this.vm = vm;
        for (HeatMapChart map : List.of(real, synthetic, difference)) {
            map.setOnCellClicked(this::pick);
            map.setMinimumCell(MAP_CELL);
        }
        Node bottom = pair();
        // The pair keeps its least height whatever the tab's height and the length of its texts (the split pane
        // alone lets it overflow when its texts grow): the maps give way and scroll.
        split = new SplitPane(maps(), bottom) {
            @Override
            protected void layoutChildren() {
                keepRoomFor(bottom);
                super.layoutChildren();
            }
        };
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        vm.associationsProperty().addListener((o, old, m) -> drawMaps());
        vm.pairProperty().addListener((o, old, p) -> drawPair());
        vm.viewProperty().addListener((o, old, v) -> drawPair());
        vm.busyProperty().addListener((o, old, b) -> drawPair());
        vm.problemProperty().addListener((o, old, b) -> drawPair());
        drawMaps();
    }

    /** The help sentence over the three maps, which fill the room they have down to MAP_CELL cells, then scroll. */
    private Node maps() {
        Label help = new Label(Messages.get("compare.pairs.help"));
        help.getStyleClass().add("compare-hint");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        HBox maps = new HBox(8, grow(real.node()), grow(synthetic.node()), grow(difference.node()));
        ScrollPane scroll = new ScrollPane(maps);
        scroll.setId("compare-maps-scroll");
        scroll.getStyleClass().add("compare-maps-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPrefViewportHeight(MAP_CELL * MAP_CELLS_SHOWN);
        scroll.setMinViewportHeight(MAP_CELL * MAP_CELLS_SHOWN);
        VBox top = new VBox(4, help, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        top.getStyleClass().add("compare-maps");
        return top;
    }

    /**
     * The picked pair: its names (cut when long, whole in the tooltip) beside the two lists of columns, its score and
     * whether it counts, then its charts, never lower than PAIR_HEIGHT.
     */
    private Node pair() {
        heading.setId("compare-pair-heading");
        heading.getStyleClass().add("compare-column-name");
        score.setId("compare-pair-score");
        counted.getStyleClass().add("compare-hint");
        status.getStyleClass().add("compare-hint");
        StackPane area = new StackPane(pairChart.node(), status);
        area.setMinHeight(PAIR_HEIGHT);
        VBox.setVgrow(area, Priority.ALWAYS);
        Label choose = new Label(Messages.get("compare.pairs.choose"));
        choose.setLabelFor(columnA);
        HBox chooser = new HBox(6, choose, columnA, new Label("×"), columnB);
        chooser.getStyleClass().add("compare-pair-chooser");
        chooser.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox first = new HBox(10, heading, gap, chooser);
        first.getStyleClass().add("compare-pair-head");
        // The hint goes below the score when both do not fit on one line.
        FlowPane second = new FlowPane(10, 0, score, counted);
        second.setMinHeight(Region.USE_PREF_SIZE); // all its lines, not just the first
        VBox bottom = new VBox(2, first, second, area);
        bottom.getStyleClass().add("compare-pair");
        return bottom;
    }

    /** Moves the divider up if the pane below it would be lower than its least height. */
    private void keepRoomFor(Node bottom) {
        double h = split.getHeight();
        if (h <= 0) {
            return;
        }
        double most = (h - bottom.minHeight(split.getWidth()) - DIVIDER) / h;
        if (split.getDividerPositions()[0] > most) {
            split.setDividerPositions(Math.max(0, most));
        }
    }

    /** A list of the compared columns; choosing in it picks the pair of both lists' columns. */
    private ComboBox<String> chooser(String id, String name) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(Messages.get(name));
        box.setVisibleRowCount(15);
        box.setPrefWidth(170);
        box.valueProperty().addListener((o, old, v) -> {
            box.setTooltip(v == null ? null : new Tooltip(v)); // a long name is cut in the box
            if (!following && columnA.getValue() != null && columnB.getValue() != null) {
                vm.select(columnA.getValue(), columnB.getValue());
            }
        });
        return box;
    }

    /** Shows the columns of the pair picked in the choosers, without picking it again. */
    private void follow(List<String> columns, PairScore p) {
        following = true;
        if (!columnA.getItems().equals(columns)) {
            columnA.getItems().setAll(columns);
            columnB.getItems().setAll(columns);
        }
        columnA.setValue(p == null ? null : p.columnA());
        columnB.setValue(p == null ? null : p.columnB());
        following = false;
    }

    private static Node grow(Node n) {
        HBox.setHgrow(n, Priority.ALWAYS);
        return n;
    }

    private void pick(int row, int column) {
        AssociationMatrix m = vm.associationsProperty().get();
        if (m != null && row != column) {
            vm.select(m.columns().get(row), m.columns().get(column));
        }
    }

    private void drawMaps() {
        AssociationMatrix m = vm.associationsProperty().get();
        if (m == null) {
            List.of(real, synthetic, difference).forEach(h -> h.show(null, null));
            return;
        }
        boolean labelled = m.columns().size() <= LABELLED_COLUMNS;
        HeatMapChart.Scale association = new HeatMapChart.Scale(-1, 1, true, false, labelled);
        // Differences are mostly small: a narrower scale shows them; larger ones take the end colours.
        HeatMapChart.Scale change = new HeatMapChart.Scale(-DIFFERENCE_SCALE, DIFFERENCE_SCALE, true, false, labelled);
        real.show(new HeatMapChart.Data(Messages.get("compare.heat.real"), m.columns(), m.columns(), m.real(), null,
                true), association);
        synthetic.show(new HeatMapChart.Data(Messages.get("compare.heat.synthetic"), m.columns(), m.columns(),
                m.synthetic(), "", false), association);
        difference.show(new HeatMapChart.Data(Messages.get("compare.heat.difference"), m.columns(), m.columns(),
                vm.differenceProperty().get(), "", false), change);
        drawPair();
    }

    private void drawPair() {
        PairScore p = vm.pairProperty().get();
        PairView view = vm.viewProperty().get();
        heading.setText(p == null ? "" : Messages.get("compare.pair.heading", p.columnA(), p.columnB()));
        heading.setTooltip(p == null ? null : new Tooltip(heading.getText()));
        score.setText(p == null ? "" : Messages.get("compare.pair.score", p.metric(), p.score(), p.realValue(),
                p.syntheticValue()));
        counted.setText(p == null ? "" : Messages.get(p.counted() ? "compare.pair.counted" : "compare.pair.notCounted"));
        status.setText(vm.busyProperty().get() ? Messages.get("compare.pair.computing") : vm.problemProperty().get());
        markCells(p);
        AssociationMatrix m = vm.associationsProperty().get();
        follow(m == null ? List.of() : m.columns(), p);
        pairChart.show(view, view != null && vm.datetime(view.columnA()), view != null && vm.datetime(view.columnB()),
                texts(view));
    }

    private static PairChart.Texts texts(PairView view) {
        if (view instanceof PairView.Scatter s) {
            return new PairChart.Texts(Messages.get("compare.pair.realScatter", s.realX().length, s.realRows()),
                    Messages.get("compare.pair.syntheticScatter", s.syntheticX().length, s.syntheticRows()));
        }
        return new PairChart.Texts(Messages.get("compare.pair.realTable"), Messages.get("compare.pair.syntheticTable"));
    }

    private void markCells(PairScore p) {
        AssociationMatrix m = vm.associationsProperty().get();
        int a = p == null || m == null ? -1 : m.columns().indexOf(p.columnA());
        int b = p == null || m == null ? -1 : m.columns().indexOf(p.columnB());
        for (HeatMapChart map : List.of(real, synthetic, difference)) {
            if (a < 0 || b < 0) {
                map.mark();
            } else {
                map.mark(a, b, b, a);
            }
        }
    }

    Node node() {
        return split;
    }
}
