// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.MetadataCheck.Finding;
import io.semblance.core.profile.MetadataCheck.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataCheckTest {
    private static Dataset table() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new String[]{"K" + i, String.valueOf(20 + i % 7), i == 3 ? "unknown" : "2021-01-" + (10 + i % 9),
                    i % 2 == 0 ? "yes" : "no"});
        }
        return Dataset.ofRows("t", List.of("key", "age", "seen", "flag"), rows, List.of());
    }

    private static Metadata meta(ColumnMeta... cols) {
        return new Metadata(List.of(cols), null);
    }

    @Test
    void theProfiledAdultTableHasNothingToAdvise() throws Exception {
        Dataset d = TableReaders.read(Fixtures.ADULT.path());
        Metadata m = Profiler.metadata(Profiler.withoutPii().profile(d, ProgressListener.NONE, Cancellation.NEVER));
        assertEquals(List.of(), MetadataCheck.check(m, d));
    }

    @Test
    void eachProblemNamesItsColumnsInTableOrder() {
        Metadata m = meta(ColumnMeta.of("key", SdType.CATEGORICAL).withRole(ColumnRole.SENSITIVE),
                ColumnMeta.of("age", SdType.NUMERICAL).withRole(ColumnRole.QUASI_IDENTIFIER),
                ColumnMeta.of("seen", SdType.DATETIME).withDatetimeFormat("%Y-%m-%d"),
                ColumnMeta.of("flag", SdType.NUMERICAL).withRole(ColumnRole.SENSITIVE));
        assertEquals(List.of(new Finding(Problem.SENSITIVE_KEY, List.of("key")),
                new Finding(Problem.DATETIME_FORMAT, List.of("seen")),
                new Finding(Problem.NOT_NUMBERS, List.of("flag"))), MetadataCheck.check(m, table()));
    }

    @Test
    void aDatetimeWithoutAnyUsableFormatIsReported() {
        Dataset d = table();
        ColumnMeta age = ColumnMeta.of("age", SdType.NUMERICAL).withRole(ColumnRole.QUASI_IDENTIFIER);
        for (String f : new String[]{null, "%Q-%d", "%d/%m/%Y"}) {
            Metadata m = meta(age, ColumnMeta.of("flag", SdType.DATETIME).withDatetimeFormat(f));
            assertEquals(List.of(new Finding(Problem.DATETIME_FORMAT, List.of("flag"))), MetadataCheck.check(m, d), f);
        }
    }

    @Test
    void tableWideProblemsNameNoColumn() {
        Metadata m = meta(ColumnMeta.of("key", SdType.ID).withRole(ColumnRole.IDENTIFIER),
                ColumnMeta.of("age", SdType.NUMERICAL).withRole(ColumnRole.IDENTIFIER));
        assertEquals(List.of(new Finding(Problem.NO_QUASI_IDENTIFIER, List.of()),
                new Finding(Problem.NOTHING_TO_MODEL, List.of())), MetadataCheck.check(m, table()));
    }

    @Test
    void aSensitiveKeyByTypeIsReportedButRepeatedTextIsNot() {
        Metadata m = meta(ColumnMeta.of("key", SdType.ID).withRole(ColumnRole.SENSITIVE),
                ColumnMeta.of("age", SdType.CATEGORICAL).withRole(ColumnRole.QUASI_IDENTIFIER),
                ColumnMeta.of("flag", SdType.CATEGORICAL).withRole(ColumnRole.SENSITIVE));
        assertEquals(List.of(new Finding(Problem.SENSITIVE_KEY, List.of("key"))), MetadataCheck.check(m, table()));
    }
}
