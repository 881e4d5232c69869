// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes real, synthetic and holdout tables on one schema: the metadata's numerical, datetime, categorical and
 * boolean columns present in every table (identifier and PII columns are left out: they are generated, not
 * modelled). Categorical dictionaries are the union over all tables given to the constructor.
 */
public final class TableEncoder {
    /** One evaluated column; {@code categories} is the shared dictionary (code = index), empty for numeric columns. */
    public record Column(String name, ColumnMeta meta, boolean numeric, List<String> categories) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<Map<String, Integer>> dictionaries = new ArrayList<>();
    private final List<DatetimeFormat> formats = new ArrayList<>();

    /** Builds the schema from the metadata and every table that will be encoded (nulls are skipped). */
    public TableEncoder(Metadata meta, Dataset... tables) {
        for (ColumnMeta m : meta.columns()) {
            if (!evaluated(m) || !inAll(m.name(), tables)) {
                continue;
            }
            boolean numeric = m.sdtype() == SdType.NUMERICAL || m.sdtype() == SdType.DATETIME;
            Map<String, Integer> dict = new HashMap<>();
            List<String> cats = new ArrayList<>();
            if (!numeric) {
                for (Dataset d : tables) {
                    if (d != null) {
                        for (String v : d.column(d.indexOf(m.name()))) {
                            if (v != null && dict.putIfAbsent(v, cats.size()) == null) {
                                cats.add(v);
                            }
                        }
                    }
                }
            }
            formats.add(m.sdtype() == SdType.DATETIME && m.datetimeFormat() != null
                    ? DatetimeFormat.ofStrftime(m.datetimeFormat()) : null);
            dictionaries.add(dict);
            columns.add(new Column(m.name(), m, numeric, List.copyOf(cats)));
        }
    }

    /** True for the sdtypes evaluation compares: numerical, datetime, categorical, boolean (not identifiers or PII). */
    public static boolean evaluated(ColumnMeta m) {
        boolean type = m.sdtype() == SdType.NUMERICAL || m.sdtype() == SdType.DATETIME
                || m.sdtype() == SdType.CATEGORICAL || m.sdtype() == SdType.BOOLEAN;
        return type && !(m.pii() && m.sdtype() != SdType.DATETIME)
                && m.role() != io.semblance.core.model.ColumnRole.IDENTIFIER;
    }

    private static boolean inAll(String name, Dataset[] tables) {
        for (Dataset d : tables) {
            if (d != null && d.indexOf(name) < 0) {
                return false;
            }
        }
        return true;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Encodes a table given to the constructor (or any table with the same columns and no new categories). */
    public EncodedTable encode(Dataset d) {
        int n = d.rowCount();
        double[][] num = new double[columns.size()][];
        int[][] codes = new int[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            String[] text = d.column(d.indexOf(columns.get(c).name()));
            if (columns.get(c).numeric()) {
                DatetimeFormat f = formats.get(c);
                double[] v = new double[n];
                for (int r = 0; r < n; r++) {
                    v[r] = text[r] == null ? Double.NaN : f != null ? f.parse(text[r]) : Numbers.parse(text[r]);
                }
                num[c] = v;
            } else {
                Map<String, Integer> dict = dictionaries.get(c);
                int[] k = new int[n];
                for (int r = 0; r < n; r++) {
                    Integer code = text[r] == null ? null : dict.get(text[r]);
                    k[r] = code == null ? -1 : code;
                }
                codes[c] = k;
            }
        }
        return new EncodedTable(columns, num, codes, n);
    }
}
