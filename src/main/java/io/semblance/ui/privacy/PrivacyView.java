// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Session;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Privacy step's page body: notes on the run, then verdicts, distances, gauges and rows at risk in tabs. */
public final class PrivacyView {
    private final StackPane root;

    public PrivacyView(PrivacyViewModel vm) {
        VBox notes = new VBox();
        notes.getStyleClass().add("privacy-notes");
        vm.notes().addListener((ListChangeListener<String>) c -> fill(notes, vm));
        fill(notes, vm);
        TabPane tabs = new TabPane(
                tab("verdicts", new CardsPane(vm).node()),
                tab("distances", new DistancesPane(vm).node()),
                tab("qi", new GaugesPane(vm).node()),
                tab("rows", new RowsAtRiskPane(vm).node()));
        tabs.setId("privacy-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        VBox content = new VBox(notes, tabs);
        content.getStyleClass().add("privacy-content");
        content.visibleProperty().bind(vm.runProperty().isNotNull());
        root = new StackPane(empty(vm), content);
        root.setId("privacy");
    }

    /** The page body for a session, measuring rows on the shared pool of background threads. */
    public static Node page(Session session) {
        return new PrivacyView(new PrivacyViewModel(session, new BackgroundJobs())).node();
    }

    private static Tab tab(String key, Node body) {
        Tab tab = new Tab(Messages.get("privacy.tab." + key), body);
        tab.setId("privacy-tab-" + key);
        return tab;
    }

    private static void fill(VBox notes, PrivacyViewModel vm) {
        notes.getChildren().clear();
        for (int i = 0; i < vm.notes().size(); i++) {
            Label note = new Label(vm.notes().get(i));
            note.setWrapText(true);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            note.getStyleClass().add(i == 0 ? "privacy-run" : "privacy-note");
            notes.getChildren().add(note);
        }
    }

    private static Node empty(PrivacyViewModel vm) {
        Label heading = new Label(Messages.get("privacy.empty.heading"));
        heading.getStyleClass().add("empty-heading");
        Label text = new Label(Messages.get("privacy.empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add("empty-text");
        VBox box = new VBox(heading, text);
        box.getStyleClass().add("empty-state");
        box.setId("privacy-empty");
        box.visibleProperty().bind(vm.runProperty().isNull());
        return box;
    }

    public Node node() {
        return root;
    }
}
