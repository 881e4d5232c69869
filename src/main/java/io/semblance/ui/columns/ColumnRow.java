// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnRole;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One line of the columns table: what profiling found and the role currently chosen. */
public final class ColumnRow {
    private final ColumnProfile profile;
    private final int rows;
    private final ReadOnlyObjectWrapper<ColumnRole> role;

    public ColumnRow(ColumnProfile profile, int rows) {
        this.profile = profile;
        this.rows = rows;
        this.role = new ReadOnlyObjectWrapper<>(profile.meta().role());
    }

    public String name() {
        return profile.meta().name();
    }

    /** The sdtype in words, e.g. numerical, categorical, phone number. */
    public String type() {
        return profile.meta().sdtypeName().replace('_', ' ');
    }

    /** Share of missing values in [0,1]. */
    public double missingShare() {
        return rows == 0 ? 0 : (double) profile.missing() / rows;
    }

    public int distinct() {
        return profile.distinct();
    }

    /** Why the type was detected, in one sentence. */
    public String typeReason() {
        return profile.typeReason();
    }

    /** The detection and the role suggestion, for a tooltip. */
    public String explanation() {
        return Messages.get("columns.explain", type(), profile.typeReason(),
                RoleNames.of(profile.meta().role()), profile.roleReason());
    }

    public ReadOnlyObjectProperty<ColumnRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    public ColumnRole role() {
        return role.get();
    }

    /** Called by the view model after it stored the role in the metadata. */
    public void setRole(ColumnRole r) {
        role.set(r);
    }
}
