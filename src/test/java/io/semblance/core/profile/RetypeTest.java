// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetypeTest {
    private static final Metadata META = new Metadata(List.of(
            ColumnMeta.of("id", SdType.ID).withRole(ColumnRole.IDENTIFIER),
            ColumnMeta.of("when", SdType.CATEGORICAL).withRole(ColumnRole.QUASI_IDENTIFIER),
            ColumnMeta.of("mail", SdType.PII).withPii(PiiKind.EMAIL, true).withRole(ColumnRole.IDENTIFIER),
            ColumnMeta.of("town", SdType.CATEGORICAL).withPii(PiiKind.CITY, false)), "id", List.of("a > b"));

    @Test
    void aDatetimeGetsTheFormatItsValuesMatchAndKeepsItsRole() {
        Metadata m = Retype.column(META, "when", SdType.DATETIME, null, new String[]{"2021-03-04", null, "2022-12-31"});
        ColumnMeta c = m.column("when").orElseThrow();
        assertEquals(SdType.DATETIME, c.sdtype());
        assertEquals("%Y-%m-%d", c.datetimeFormat());
        assertEquals(ColumnRole.QUASI_IDENTIFIER, c.role());
        assertEquals(List.of("a > b"), m.constraints());
        assertNull(Retype.column(META, "when", SdType.DATETIME, null, new String[]{"soon"}).column("when")
                .orElseThrow().datetimeFormat(), "no format matches: the steward must give one");
    }

    @Test
    void aNumberRecordsWhetherItsValuesAreWhole() {
        assertTrue(Retype.column(META, "when", SdType.NUMERICAL, null, new String[]{"1", "20", null})
                .column("when").orElseThrow().integer());
        assertFalse(Retype.column(META, "when", SdType.NUMERICAL, null, new String[]{"1", "2.5"})
                .column("when").orElseThrow().integer());
    }

    @Test
    void personalInformationMarksFollowTheType() {
        ColumnMeta phone = Retype.column(META, "when", SdType.PII, PiiKind.PHONE, new String[0])
                .column("when").orElseThrow();
        assertTrue(phone.pii());
        assertEquals("phone_number", phone.sdtypeName());

        ColumnMeta mail = Retype.column(META, "mail", SdType.CATEGORICAL, null, new String[0]).column("mail").orElseThrow();
        assertFalse(mail.pii());
        assertNull(mail.piiKind());
        assertTrue(mail.withRole(ColumnRole.SENSITIVE).isModelled(), "a category is modelled unless an identifier");

        ColumnMeta town = Retype.column(META, "town", SdType.BOOLEAN, null, new String[0]).column("town").orElseThrow();
        assertNull(town.piiKind());
        assertEquals("ssn", Retype.column(META, "mail", SdType.PII, PiiKind.NATIONAL_ID, new String[0])
                .column("mail").orElseThrow().sdtypeName(), "another PII kind is a change too");
    }

    @Test
    void thePrimaryKeyFollowsTheIdType() {
        Metadata noKey = Retype.column(META, "id", SdType.CATEGORICAL, null, new String[0]);
        assertNull(noKey.primaryKey());
        assertEquals("when", Retype.column(noKey, "when", SdType.ID, null, new String[0]).primaryKey());
        assertEquals("id", Retype.column(META, "when", SdType.ID, null, new String[0]).primaryKey());
    }

    @Test
    void theSameTypeChangesNothingAndAnUnknownColumnIsNamed() {
        assertSame(META, Retype.column(META, "town", SdType.CATEGORICAL, null, new String[0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Retype.column(META, "nope", SdType.ID, null, new String[0]));
        assertEquals("there is no column \"nope\" in the metadata", e.getMessage());
    }
}
