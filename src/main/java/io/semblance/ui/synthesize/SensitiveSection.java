// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.synth.Strategy;
import io.semblance.ui.common.Messages;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** Partial and hybrid: which modelled columns are generated; hybrid: how many rows come from real records. */
final class SensitiveSection {
    private final Node node;
    private final FlowPane boxes = new FlowPane();
    private final SynthesisForm form;

    SensitiveSection(SynthesisForm f) {
        this.form = f;
        boxes.setId("synthesize-sensitive");
        boxes.getStyleClass().add("synthesize-flow");
        f.modelledColumns().addListener((ListChangeListener<String>) c -> rebuild());
        f.sensitive().addListener((ListChangeListener<String>) c -> tick());
        rebuild();
        Label none = Sections.hint(Messages.get("synthesize.sensitive.none"));
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(f.modelledColumns()));
        none.managedProperty().bind(none.visibleProperty());

        Label share = new Label(Messages.get("synthesize.realShare"));
        HBox realShare = new HBox(share, SizeSection.slider(f.realShareProperty(), 1, "synthesize-real-share",
                "synthesize.realShare.value"));
        realShare.getStyleClass().add("synthesize-inline");
        BooleanBinding hybrid = f.strategyProperty().isEqualTo(Strategy.HYBRID);
        realShare.visibleProperty().bind(hybrid);
        realShare.managedProperty().bind(hybrid);
        node = Sections.section("synthesize.section.sensitive", f.strategyProperty().isNotEqualTo(Strategy.FULL),
                Sections.hint(Messages.get("synthesize.sensitive.hint")), boxes, none, realShare);
    }

    private void rebuild() {
        boxes.getChildren().setAll(form.modelledColumns().stream().map(name -> {
            CheckBox b = new CheckBox(name);
            b.setUserData(name);
            b.setMnemonicParsing(false);
            b.setSelected(form.sensitive().contains(name));
            b.selectedProperty().addListener((o, was, now) -> form.setSensitive(name, now));
            return b;
        }).toList());
    }

    private void tick() {
        boxes.getChildren().forEach(n -> ((CheckBox) n).setSelected(form.sensitive().contains((String) n.getUserData())));
    }

    Node node() {
        return node;
    }
}
