// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small real/synthetic pairs encoded on one schema. */
final class Tables {
    private Tables() {
    }

    /** Column spec "name:n" (numerical) or "name" (categorical); "qi:" / "sa:" prefixes set the role. */
    static Metadata meta(String... specs) {
        List<ColumnMeta> cols = new ArrayList<>();
        for (String spec : specs) {
            ColumnRole role = ColumnRole.INSENSITIVE;
            if (spec.startsWith("qi:")) {
                role = ColumnRole.QUASI_IDENTIFIER;
                spec = spec.substring(3);
            } else if (spec.startsWith("sa:")) {
                role = ColumnRole.SENSITIVE;
                spec = spec.substring(3);
            }
            boolean numeric = spec.endsWith(":n");
            String name = numeric ? spec.substring(0, spec.length() - 2) : spec;
            cols.add(ColumnMeta.of(name, numeric ? SdType.NUMERICAL : SdType.CATEGORICAL).withRole(role));
        }
        return new Metadata(cols, null);
    }

    /** The real table (index 0) and synthetic table (index 1), encoded by one TableEncoder. */
    static EncodedTable[] encode(Metadata meta, String[][] real, String[][] synthetic) {
        return encode(meta, dataset(meta, real), dataset(meta, synthetic));
    }

    static EncodedTable[] encode(Metadata meta, Dataset real, Dataset synthetic) {
        TableEncoder enc = new TableEncoder(meta, real, synthetic);
        return new EncodedTable[]{enc.encode(real), enc.encode(synthetic)};
    }

    static Dataset dataset(Metadata meta, String[][] rows) {
        return Dataset.ofRows("test", meta.names(), Arrays.asList(rows), List.of());
    }

    static String[] row(String... values) {
        return values;
    }
}
