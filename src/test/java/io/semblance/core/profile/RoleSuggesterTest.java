// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleSuggesterTest {
    @Test
    void applyingSuggestionsFollowsTheDeclaredTypesAndKeepsEverythingElse() {
        Metadata m = new Metadata(List.of(
                ColumnMeta.of("age", SdType.NUMERICAL).withRole(ColumnRole.SENSITIVE),
                ColumnMeta.of("salary", SdType.NUMERICAL),
                ColumnMeta.of("ticket", SdType.ID).withRole(ColumnRole.INSENSITIVE),
                ColumnMeta.of("colour", SdType.CATEGORICAL).withRole(ColumnRole.IDENTIFIER)), "ticket", List.of("x > 1"));
        Metadata s = RoleSuggester.apply(m);
        assertEquals(List.of(ColumnRole.QUASI_IDENTIFIER, ColumnRole.SENSITIVE, ColumnRole.IDENTIFIER,
                ColumnRole.INSENSITIVE), s.columns().stream().map(ColumnMeta::role).toList());
        assertEquals("ticket", s.primaryKey());
        assertEquals(List.of("x > 1"), s.constraints());
        assertEquals(m.columns().get(1).withRole(ColumnRole.SENSITIVE), s.columns().get(1));
    }
}
