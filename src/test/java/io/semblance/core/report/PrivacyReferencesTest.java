// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.report.PrivacyReferences.Basis;
import io.semblance.core.report.PrivacyReferences.Reference;
import io.semblance.core.report.PrivacyReferences.Scale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each privacy metric is read beside the right detail of the report, on the right scale. */
class PrivacyReferencesTest {
    private static Section section(Map<String, Object> details) {
        return new Section(List.of(), details);
    }

    @Test
    void referencesComeFromTheDetails() {
        Map<String, Object> d = new HashMap<>();
        d.put("exact_match_rate_holdout", 0.01);
        d.put("dcr_baseline_protection_holdout", 0.4);
        d.put("nndr_holdout", 0.3);
        d.put("identifiability_holdout", 0.2);
        d.put("uniques_in_real_percent", 12.5);
        d.put("disco_in_real_percent", 3.0);
        d.put("reidentification_real", Map.of("records_at_risk", 0.7, "highest_risk", 1.0));
        Section s = section(d);
        assertEquals(new Reference(Basis.HOLDOUT, 0.01), PrivacyReferences.reference("exact_match_rate", s));
        assertEquals(new Reference(Basis.HOLDOUT, 0.4), PrivacyReferences.reference("dcr_baseline_protection", s));
        assertEquals(new Reference(Basis.HOLDOUT, 0.3), PrivacyReferences.reference("nndr", s));
        assertEquals(new Reference(Basis.HOLDOUT, 0.2), PrivacyReferences.reference("identifiability", s));
        assertEquals(new Reference(Basis.IDEAL, 0.5), PrivacyReferences.reference("dcr_share", s));
        assertEquals(new Reference(Basis.REAL, 12.5), PrivacyReferences.reference("replicated_uniques", s));
        assertEquals(new Reference(Basis.REAL, 3.0), PrivacyReferences.reference("disco", s));
        assertEquals(new Reference(Basis.REAL, 0.7), PrivacyReferences.reference("records_at_risk", s));
        assertEquals(new Reference(Basis.REAL, 1.0), PrivacyReferences.reference("highest_risk", s));
        assertFalse(PrivacyReferences.reference("cap", s).available());
    }

    @Test
    void withoutAHoldoutTheReferenceIsUnavailable() {
        Map<String, Object> d = new HashMap<>();
        d.put("exact_match_rate_holdout", null);
        Reference r = PrivacyReferences.reference("exact_match_rate", section(d));
        assertEquals(Basis.HOLDOUT, r.basis());
        assertTrue(Double.isNaN(r.value()));
        assertFalse(r.available());
        assertFalse(PrivacyReferences.reference("records_at_risk", section(Map.of())).available());
    }

    @Test
    void scales() {
        assertEquals(Scale.SHARE, PrivacyReferences.scale("records_at_risk"));
        assertEquals(Scale.PERCENT, PrivacyReferences.scale("disco"));
        assertEquals(Scale.SCORE, PrivacyReferences.scale("nndr"));
    }
}
