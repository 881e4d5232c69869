// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.io.TableReaders;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Small tables for the privacy tests, written row by row as text ("" = missing). */
public final class Tables {
    private Tables() {
    }

    /** A dataset from comma-separated rows; an empty field is a missing value. */
    public static Dataset rows(String header, String... rows) {
        List<String> names = Arrays.asList(header.split(","));
        List<String[]> out = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].isEmpty() ? null : f[i];
            }
            out.add(f);
        }
        return Dataset.ofRows("test", names, out, List.of());
    }

    /** Metadata from "name:type" pairs, type n (numerical), i (integer numerical), c (categorical), b (boolean). */
    static Metadata meta(String... columns) {
        List<ColumnMeta> out = new ArrayList<>();
        for (String c : columns) {
            String[] p = c.split(":");
            out.add(switch (p[1]) {
                case "n" -> ColumnMeta.of(p[0], SdType.NUMERICAL);
                case "i" -> ColumnMeta.of(p[0], SdType.NUMERICAL).withInteger(true);
                case "b" -> ColumnMeta.of(p[0], SdType.BOOLEAN);
                case "c" -> ColumnMeta.of(p[0], SdType.CATEGORICAL);
                default -> ColumnMeta.of(p[0], SdType.DATETIME).withDatetimeFormat(p[1]);
            });
        }
        return new Metadata(out, null);
    }

    /** The given tables encoded on one schema, in order (nulls stay null). */
    public static EncodedTable[] encode(Metadata meta, Dataset... tables) {
        TableEncoder enc = new TableEncoder(meta, tables);
        return Arrays.stream(tables).map(t -> t == null ? null : enc.encode(t)).toArray(EncodedTable[]::new);
    }

    /** Hand-written metadata of sample-data/adult.csv. */
    public static Metadata adultMeta() {
        return meta("age:i", "workclass:c", "fnlwgt:i", "education:c", "education-num:i", "marital-status:c",
                "occupation:c", "relationship:c", "race:c", "sex:c", "capital-gain:i", "capital-loss:i",
                "hours-per-week:i", "native-country:c", "income:c");
    }

    /** Adult's rows in a seeded random order. */
    public static Dataset adultShuffled(long seed) {
        try {
            Dataset all = TableReaders.read(Fixtures.ADULT.path());
            int[] perm = new int[all.rowCount()];
            for (int i = 0; i < perm.length; i++) {
                perm[i] = i;
            }
            Random rnd = new Random(seed);
            for (int i = perm.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            return all.selectRows(perm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows [from, to) of a dataset. */
    public static Dataset slice(Dataset d, int from, int to) {
        return d.selectRows(java.util.stream.IntStream.range(from, to).toArray());
    }
}
