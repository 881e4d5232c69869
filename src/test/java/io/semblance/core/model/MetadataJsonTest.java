// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetadataJsonTest {
    /** Shaped like the file SDV's documentation shows for a single table, including keys we do not use. */
    static final String SDV_FILE = """
            {
                "primary_key": "guest_email",
                "alternate_keys": [ "credit_card_number" ],
                "METADATA_SPEC_VERSION": "SINGLE_TABLE_V1",
                "columns": {
                    "guest_email": { "sdtype": "email", "pii": true },
                    "has_rewards": { "sdtype": "boolean" },
                    "room_type": { "sdtype": "categorical" },
                    "amenities_fee": { "sdtype": "numerical", "computer_representation": "Float" },
                    "checkin_date": { "sdtype": "datetime", "datetime_format": "%d %b %Y" },
                    "room_rate": { "sdtype": "numerical", "computer_representation": "Int64" },
                    "billing_address": { "sdtype": "address", "pii": true },
                    "credit_card_number": { "sdtype": "credit_card_number", "pii": true },
                    "user_id": { "sdtype": "id", "regex_format": "U_[0-9]{3}" }
                },
                "column_relationships": []
            }
            """;

    @Test
    void sdvFileLoadsUnchanged() {
        Metadata m = MetadataJson.parse(SDV_FILE);
        assertEquals("guest_email", m.primaryKey());
        assertEquals(9, m.columns().size());
        ColumnMeta email = m.column("guest_email").orElseThrow();
        assertEquals(SdType.PII, email.sdtype());
        assertEquals(PiiKind.EMAIL, email.piiKind());
        assertEquals(ColumnRole.IDENTIFIER, email.role());
        assertEquals("%d %b %Y", m.column("checkin_date").orElseThrow().datetimeFormat());
        assertTrue(m.column("room_rate").orElseThrow().integer());
        assertEquals(PiiKind.STREET_ADDRESS, m.column("billing_address").orElseThrow().piiKind());
        assertEquals(SdType.ID, m.column("user_id").orElseThrow().sdtype());
        assertEquals(ColumnRole.INSENSITIVE, m.column("room_type").orElseThrow().role());
    }

    @Test
    void newerSdvFormatWithOneTableLoads() {
        String v1 = "{\"METADATA_SPEC_VERSION\":\"V1\",\"tables\":{\"t\":{\"columns\":{\"a\":{\"sdtype\":\"numerical\"}}}}}";
        assertEquals(java.util.List.of("a"), MetadataJson.parse(v1).names());
    }

    @Test
    void roundTripKeepsTypesFormatsAndRoles() {
        Metadata m = MetadataJson.parse(SDV_FILE);
        m = m.with(m.column("room_type").orElseThrow().withRole(ColumnRole.QUASI_IDENTIFIER));
        String json = MetadataJson.write(m);
        assertTrue(json.contains("\"METADATA_SPEC_VERSION\" : \"SINGLE_TABLE_V1\""), json);
        assertTrue(json.contains("\"role\" : \"quasi_identifier\""), json);
        Metadata back = MetadataJson.parse(json);
        assertEquals(m, back);
    }

    @Test
    void badFilesGetPlainMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetadataJson.parse("{\"columns\": ["));
        assertTrue(e.getMessage().startsWith("not valid JSON at line 1"), e.getMessage());
        assertEquals("metadata has no \"columns\" object",
                assertThrows(IllegalArgumentException.class, () -> MetadataJson.parse("{}")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MetadataJson.parse(
                "{\"columns\":{\"a\":{\"sdtype\":\"numerical\",\"role\":\"secret\"}}}")).getMessage()
                .contains("unknown role \"secret\""));
    }

    @Test
    void strftimeFormatsParseAndFormatBothWays() {
        DatetimeFormat f = DatetimeFormat.ofStrftime("%d %b %Y");
        double t = f.parse("05 Mar 2021");
        assertEquals("05 Mar 2021", f.format(t));
        DatetimeFormat g = DatetimeFormat.ofStrftime("%Y-%m-%dT%H:%M:%S");
        assertEquals("2020-02-29T23:59:01", g.format(g.parse("2020-02-29T23:59:01")));
        assertTrue(Double.isNaN(g.parse("2021-02-29T00:00:00")));
    }
}
