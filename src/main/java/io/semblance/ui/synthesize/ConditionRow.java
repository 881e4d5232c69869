// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the conditions editor: a column and the value (or FROM..TO range) every generated row must have. */
public final class ConditionRow {
    private final StringProperty column = new SimpleStringProperty();
    private final StringProperty value = new SimpleStringProperty("");

    public ConditionRow(String column, String value) {
        this.column.set(column);
        this.value.set(value);
    }

    /** The column, or null while none is chosen. */
    public StringProperty columnProperty() {
        return column;
    }

    /** The value, or FROM..TO for a number or date column (either end may be left open). */
    public StringProperty valueProperty() {
        return value;
    }

    /** Whether the steward has not filled the line in at all (such lines are ignored). */
    boolean isBlank() {
        return (column.get() == null || column.get().isBlank()) && value.get().isBlank();
    }
}
