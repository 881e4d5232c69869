// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.ui.Step;
import io.semblance.ui.StepPage;
import io.semblance.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Compare step's page: the run's scores on top, then a Columns tab (each column's real and synthetic
 * distributions, worst first) and a Pairs tab (association heat maps and one pair up close). Without a run it
 * says where to make one.
 */
public final class CompareView {
    private final VBox page;

    public CompareView(CompareViewModel vm) {
        Tab columns = new Tab(Messages.get("compare.tab.columns"), new ColumnsPane(vm).node());
        columns.setId("compare-tab-columns");
        Tab pairs = new Tab(Messages.get("compare.tab.pairs"), new PairsPane(vm.pairs()).node());
        pairs.setId("compare-tab-pairs");
        TabPane tabs = new TabPane(columns, pairs);
        tabs.setId("compare-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(new ScoreHeader(vm).node(), tabs);
        content.getStyleClass().add("compare-content");
        content.visibleProperty().bind(vm.runProperty().isNotNull());
        page = new StepPage(Step.COMPARE, new StackPane(emptyState(vm), content)).node();
    }

    private static Node emptyState(CompareViewModel vm) {
        Label heading = new Label(Messages.get("compare.empty.heading"));
        heading.getStyleClass().add("empty-heading");
        Label text = new Label(Messages.get("compare.empty.text"));
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        VBox box = new VBox(heading, text);
        box.setId("compare-empty");
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(vm.runProperty().isNull());
        return box;
    }

    /** The page: title, help sentence and the step's content. */
    public Node node() {
        return page;
    }
}
