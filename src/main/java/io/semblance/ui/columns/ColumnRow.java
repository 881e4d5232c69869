// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.PiiFinding;
import io.semblance.core.profile.ColumnBins;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One line of the columns table: what profiling found (fixed) and the column as currently declared in the
 * session's metadata, with its binned distribution once counted. Only {@link ColumnsViewModel} changes it.
 */
public final class ColumnRow {
    private final ColumnProfile profile;
    private final int rows;
    private final ReadOnlyObjectWrapper<ColumnMeta> meta;
    private final ReadOnlyObjectWrapper<ColumnBins> bins = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<ColumnRole> role;
    private final ObjectBinding<TypeChoice> type;
    private long binsRequest;

    ColumnRow(ColumnProfile profile, ColumnMeta declared, int rows) {
        this.profile = profile;
        this.rows = rows;
        this.meta = new ReadOnlyObjectWrapper<>(declared);
        this.role = Bindings.createObjectBinding(() -> meta.get().role(), meta);
        this.type = Bindings.createObjectBinding(() -> TypeChoice.of(meta.get()), meta);
    }

    public String name() {
        return profile.meta().name();
    }

    /** The column as declared now. */
    public ReadOnlyObjectProperty<ColumnMeta> metaProperty() {
        return meta.getReadOnlyProperty();
    }

    public ColumnMeta meta() {
        return meta.get();
    }

    public ObjectBinding<ColumnRole> roleProperty() {
        return role;
    }

    public ColumnRole role() {
        return role.get();
    }

    public ObjectBinding<TypeChoice> typeProperty() {
        return type;
    }

    /** The declared sdtype as written in metadata JSON, in words, e.g. "numerical", "phone number". */
    public String type() {
        return meta.get().sdtypeName().replace('_', ' ');
    }

    /** Share of missing values in [0,1]. */
    public double missingShare() {
        return rows == 0 ? 0 : (double) profile.missing() / rows;
    }

    public int distinct() {
        return profile.distinct();
    }

    /** The PII evidence profiling found, or null. */
    public PiiFinding pii() {
        return profile.pii();
    }

    /** The PII finding in one line (kind and reason), or "None found". */
    public String piiText() {
        PiiFinding f = profile.pii();
        return f == null ? Messages.get("columns.pii.none")
                : Messages.get("columns.pii.finding", TypeChoice.kindName(f.kind()), f.reason());
    }

    /** The PII finding with its confidence, for a tooltip; null when there is none. */
    public String piiDetail() {
        PiiFinding f = profile.pii();
        return f == null ? null : Messages.get("columns.pii.detail", TypeChoice.kindName(f.kind()), f.confidence(),
                f.reason());
    }

    /** What was detected and suggested, and why, for a tooltip. */
    public String explanation() {
        ColumnMeta detected = profile.meta();
        return Messages.get("columns.explain", detected.sdtypeName().replace('_', ' '), profile.typeReason(),
                RoleNames.of(detected.role()), profile.roleReason());
    }

    /** The distribution under the declared type, or null while it is being counted. */
    public ReadOnlyObjectProperty<ColumnBins> binsProperty() {
        return bins.getReadOnlyProperty();
    }

    void declare(ColumnMeta m) {
        meta.set(m);
    }

    /** Starts a new count: the result of any older one is to be dropped. */
    long requestBins() {
        bins.set(null);
        return ++binsRequest;
    }

    /** Shows a count unless a newer one was requested since. */
    void showBins(long request, ColumnBins b) {
        if (request == binsRequest) {
            bins.set(b);
        }
    }
}
