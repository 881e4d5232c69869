// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows the red verdicts and lets the steward export anyway only with the box ticked and a reason typed. */
final class AcknowledgeDialog extends Dialog<Acknowledged> {

    AcknowledgeDialog(Window owner, List<MetricResult> red) {
        initOwner(owner);
        setTitle(Messages.get("export.ack.title"));
        setHeaderText(Messages.get("export.ack.header", red.size()));
        Label text = new Label(Messages.get("export.ack.text"));
        text.setWrapText(true);
        ScrollPane verdicts = new ScrollPane(VerdictList.of(red));
        verdicts.setFitToWidth(true);
        verdicts.setPrefViewportHeight(Math.min(300, 70 * red.size()));
        verdicts.getStyleClass().add("export-red-scroll");
        CheckBox tick = new CheckBox(Messages.get("export.ack.tick"));
        tick.setId("ack-tick");
        tick.setWrapText(true);
        Label reasonLabel = new Label(Messages.get("export.ack.reason"));
        TextArea reason = new TextArea();
        reason.setId("ack-reason");
        reason.setPromptText(Messages.get("export.ack.prompt"));
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reasonLabel.setLabelFor(reason);
        VBox content = new VBox(10, text, verdicts, tick, reasonLabel, reason);
        content.getStyleClass().add("ack-dialog");
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(Messages.get("export.ack.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId("ack-ok");
        okButton.disableProperty().bind(tick.selectedProperty().not()
                .or(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty())));
        setResultConverter(b -> b == ok ? new Acknowledged(tick.isSelected(), reason.getText()) : null);
        setResizable(true);
    }
}
