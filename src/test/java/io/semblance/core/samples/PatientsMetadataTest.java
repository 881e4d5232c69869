// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.MetadataJson;
import io.semblance.core.profile.Profiler;
import io.semblance.core.synth.Synthesis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detection on the patients sample flags every column that points to a person, suggests the roles a steward would
 * give, and writes exactly the metadata shipped beside the sample.
 */
class PatientsMetadataTest {
    /** Column, then the sdtype, PII mark and role it must get. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("patient_id", "id false identifier");
        EXPECTED.put("full_name", "name true identifier");
        EXPECTED.put("ssn", "ssn true identifier");
        EXPECTED.put("email", "email true identifier");
        EXPECTED.put("phone", "phone_number true identifier");
        EXPECTED.put("street_address", "street_address true identifier");
        EXPECTED.put("city", "categorical false quasi_identifier");
        EXPECTED.put("zip", "categorical false quasi_identifier");
        EXPECTED.put("date_of_birth", "datetime true quasi_identifier");
        EXPECTED.put("sex", "categorical false quasi_identifier");
        EXPECTED.put("admission_date", "datetime false insensitive");
        EXPECTED.put("diagnosis", "categorical false sensitive");
        EXPECTED.put("department", "categorical false insensitive");
        EXPECTED.put("length_of_stay", "numerical false insensitive");
        EXPECTED.put("systolic_bp", "numerical false insensitive");
        EXPECTED.put("hba1c", "numerical false insensitive");
        EXPECTED.put("insurance", "categorical false insensitive");
        EXPECTED.put("discharge_status", "categorical false insensitive");
    }

    @TempDir
    Path dir;

    @Test
    void detectionFlagsEveryPersonalColumnAndWritesTheShippedMetadata() throws Exception {
        Path copy = Files.write(dir.resolve("patients.csv"), Fixtures.PATIENTS.fromClassPath());
        Metadata detected = Profiler.metadata(Synthesis.profiler().profile(TableReaders.read(copy),
                ProgressListener.NONE, Cancellation.NEVER));
        Map<String, String> got = new LinkedHashMap<>();
        for (ColumnMeta c : detected.columns()) {
            got.put(c.name(), c.sdtypeName() + " " + c.pii() + " " + c.role().jsonName());
        }
        assertEquals(EXPECTED, got);
        assertEquals("patient_id", detected.primaryKey());

        String shipped = Files.readString(Fixtures.PATIENTS.path().resolveSibling("patients.metadata.json"),
                StandardCharsets.UTF_8);
        assertEquals(shipped, MetadataJson.write(detected), "regenerate with: semblance metadata"
                + " sample-data/patients.csv -o sample-data/patients.metadata.json --force");
        assertEquals(detected.names(), MetadataJson.parse(shipped).names());
    }
}
