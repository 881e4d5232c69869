// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Single-table metadata: the columns in table order, the primary key (null when none) and the constraints every
 * synthetic row must meet (as text, e.g. {@code "checkout >= checkin"}). Immutable; edits return a new instance.
 */
public record Metadata(List<ColumnMeta> columns, String primaryKey, List<String> constraints) {

    public Metadata {
        columns = List.copyOf(columns);
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
    }

    /** Metadata without constraints. */
    public Metadata(List<ColumnMeta> columns, String primaryKey) {
        this(columns, primaryKey, List.of());
    }

    /** A copy with the constraints replaced. */
    public Metadata withConstraints(List<String> list) {
        return new Metadata(columns, primaryKey, list);
    }

    public Optional<ColumnMeta> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return columns.stream().map(ColumnMeta::name).toList();
    }

    /** A copy with one column replaced (matched by name). */
    public Metadata with(ColumnMeta changed) {
        List<ColumnMeta> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equals(changed.name())) {
                out.set(i, changed);
                return new Metadata(out, primaryKey, constraints);
            }
        }
        throw new IllegalArgumentException("no column named " + changed.name());
    }

    /** The names of the columns with the given role, in table order. */
    public List<String> withRole(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).map(ColumnMeta::name).toList();
    }
}
