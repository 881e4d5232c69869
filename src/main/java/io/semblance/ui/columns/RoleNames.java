// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnRole;
import io.semblance.ui.common.Messages;
import java.util.Arrays;
import javafx.util.StringConverter;

/** Roles in the words a steward reads, e.g. "Quasi-identifier". */
public final class RoleNames extends StringConverter<ColumnRole> {
    private RoleNames() {
    }

    public static String of(ColumnRole role) {
        return role == null ? "" : Messages.get("role." + role.jsonName());
    }

    public static String help(ColumnRole role) {
        return Messages.get("role." + role.jsonName() + ".help");
    }

    public static StringConverter<ColumnRole> converter() {
        return new RoleNames();
    }

    @Override
    public String toString(ColumnRole role) {
        return of(role);
    }

    @Override
    public ColumnRole fromString(String text) {
        return Arrays.stream(ColumnRole.values()).filter(r -> of(r).equals(text)).findFirst().orElse(null);
    }
}
