// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the Data step shows before a table is open: how to open one (dialog, options, drop), the bundled samples
 * and the recent files; while one opens, only that it is opening.
 */
final class EmptyStateView {
    private final DataViewModel vm;
    private final VBox recent = new VBox();
    private final VBox box;

    EmptyStateView(DataViewModel vm) {
        this.vm = vm;
        BooleanBinding loading = vm.loadingProperty();
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(loading).then(Messages.get("empty.opening"))
                .otherwise(Messages.get("empty.heading")));
        heading.getStyleClass().add("empty-heading");
        Label text = new Label(Messages.get("empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add("empty-text");
        Button open = new Button(Messages.get("empty.open"));
        open.setId("empty-open");
        open.getStyleClass().add("primary");
        open.setOnAction(e -> vm.open());
        Button options = new Button(Messages.get("data.action.openWithOptions"));
        options.setId("empty-options");
        options.setOnAction(e -> vm.openWithOptions());
        HBox buttons = new HBox(open, options);
        buttons.getStyleClass().add("empty-buttons");
        Label drop = new Label(Messages.get("data.empty.drop"));
        drop.getStyleClass().add("empty-text");

        VBox more = new VBox(text, buttons, drop, samples(), recent);
        more.getStyleClass().add("empty-more");
        more.visibleProperty().bind(loading.not());
        more.disableProperty().bind(vm.blockedProperty());
        recent.getStyleClass().add("empty-group");
        vm.recentFiles().addListener((ListChangeListener<Object>) c -> fillRecent());
        box = new VBox(heading, more);
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(vm.session().datasetProperty().isNull());
        box.visibleProperty().addListener((o, was, shown) -> fillRecent()); // files may have gone meanwhile
        fillRecent();
    }

    VBox node() {
        return box;
    }

    private VBox samples() {
        FlowPane buttons = new FlowPane();
        buttons.getStyleClass().add("empty-samples");
        for (String name : vm.samples()) {
            Button b = new Button(name);
            b.setMnemonicParsing(false);
            b.setId("sample-" + Samples.base(name));
            b.setOnAction(e -> vm.openSample(name));
            if (!Samples.description(name).isEmpty()) {
                b.setTooltip(new Tooltip(Samples.description(name)));
            }
            buttons.getChildren().add(b);
        }
        VBox v = new VBox(section("data.empty.samples"), buttons);
        v.getStyleClass().add("empty-group");
        v.setVisible(!vm.samples().isEmpty());
        v.setManaged(v.isVisible());
        return v;
    }

    private void fillRecent() {
        recent.getChildren().clear();
        var entries = vm.recentEntries();
        if (entries.isEmpty()) {
            return;
        }
        recent.getChildren().add(section("data.empty.recent"));
        for (DataViewModel.RecentFile f : entries) {
            Hyperlink link = new Hyperlink(f.present() ? String.valueOf(f.path().getFileName())
                    : Messages.get("data.recent.missing", f.path().getFileName()));
            link.setTooltip(new Tooltip(f.path().toString()));
            link.setOnAction(e -> vm.openRecent(f.path()));
            link.getStyleClass().add(f.present() ? "recent-file" : "recent-missing");
            recent.getChildren().add(link);
        }
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("empty-section");
        return l;
    }
}
