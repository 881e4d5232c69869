// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.core.model.PiiKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each distinct value is tested once but counts as often as it occurs. */
class ValueEvidenceTest {
    private static Map<PiiKind, Evidence> evaluate(List<String> values) {
        return ValueEvidence.evaluate(values, new ArrayList<>(new LinkedHashSet<>(values)), true);
    }

    @Test
    void sharesCountRepeatedValuesEveryTimeTheyOccur() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            values.add("ann@example.org");
        }
        values.add("bob@example.org");
        values.add("1985-03-04");
        values.add("1985-03-04");
        values.add("2001-12-24");
        values.add("123-45-6789");
        values.add("10.0.0.1");
        Map<PiiKind, Evidence> ev = evaluate(values);
        double n = values.size();
        assertEquals(7 / n, ev.get(PiiKind.EMAIL).strong);
        assertEquals(3 / n, ev.get(PiiKind.DATE_OF_BIRTH).any);
        assertEquals(1 / n, ev.get(PiiKind.IP_ADDRESS).strong);
        assertEquals("are past dates from 1985 to 2001", ev.get(PiiKind.DATE_OF_BIRTH).strongText);
    }

    @Test
    void theTallyKeepsFirstAppearanceOrderAndCounts() {
        Tally t = Tally.of(List.of("b", "a", "b", "c", "b", "a"));
        assertEquals(List.of("b", "a", "c"), t.values());
        assertEquals(List.of(3, 2, 1), java.util.Arrays.stream(t.counts()).boxed().toList());
        assertEquals(6, t.total());
    }

    @Test
    void aDateLayoutIsChosenByHowOftenItsValuesOccur() {
        // one distinct day-first value occurring three times outweighs two distinct month-first ones
        List<String> values = List.of("25/12/1990", "25/12/1990", "25/12/1990", "12/13/1990", "12/14/1990");
        assertEquals(DatePattern.DMY_SLASH, DatePattern.detect(values, java.util.Locale.US));
        Tally t = Tally.of(values);
        assertEquals(DatePattern.DMY_SLASH, DatePattern.detect(t.values(), t.counts(), java.util.Locale.US));
    }
}
