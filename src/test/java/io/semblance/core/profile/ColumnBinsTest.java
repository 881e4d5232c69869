// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnBinsTest {
    private static ColumnMeta meta(SdType t) {
        return ColumnMeta.of("c", t);
    }

    @Test
    void numbersFallIntoEqualWidthBinsWithTheMaximumInTheLast() {
        String[] v = {"0", "1", "2.5", "9.99", "10", null, "n/a"};
        ColumnBins b = ColumnBins.of(v, meta(SdType.NUMERICAL), 5);
        assertArrayEquals(new double[]{0, 2, 4, 6, 8, 10}, b.edges(), 1e-12);
        assertArrayEquals(new long[]{2, 1, 0, 0, 2}, b.counts());
        assertEquals(1, b.missing());
        assertEquals(1, b.unreadable(), "n/a is not a number");
        assertTrue(b.numeric());
        assertTrue(b.categories().isEmpty());
    }

    @Test
    void aConstantColumnHasOneBin() {
        ColumnBins b = ColumnBins.of(new String[]{"7", "7", "7"}, meta(SdType.NUMERICAL), 10);
        assertArrayEquals(new double[]{7, 7}, b.edges());
        assertArrayEquals(new long[]{3}, b.counts());
    }

    @Test
    void categoriesAreCountedMostFrequentFirstAndTheRestGrouped() {
        String[] v = {"b", "a", "c", "b", "d", "a", "b", "e", null};
        ColumnBins b = ColumnBins.of(v, meta(SdType.CATEGORICAL), 3);
        assertEquals(List.of("b", "a"), b.categories(), "ties go by label");
        assertArrayEquals(new long[]{3, 2}, b.counts());
        assertEquals(3, b.others(), "c, d and e");
        assertEquals(1, b.missing());
        assertEquals(0, b.edges().length);

        ColumnBins all = ColumnBins.of(v, meta(SdType.CATEGORICAL), 5);
        assertEquals(List.of("b", "a", "c", "d", "e"), all.categories());
        assertEquals(0, all.others());
    }

    @Test
    void datesAreBinnedInTheirFormatAndValuesThatDoNotMatchAreUnreadable() {
        String[] v = {"2020-01-01", "2020-01-02", "2020-01-11", "01/05/2020"};
        ColumnBins b = ColumnBins.of(v, meta(SdType.DATETIME).withDatetimeFormat("%Y-%m-%d"), 2);
        assertEquals(1577836800, b.edges()[0], 1e-6, "2020-01-01 in epoch seconds");
        assertEquals(1577836800 + 10 * 86400, b.edges()[2], 1e-6);
        assertArrayEquals(new long[]{2, 1}, b.counts());
        assertEquals(1, b.unreadable());
    }

    @Test
    void aDatetimeWithoutFormatIsReadInTheDetectedOneAndAnUnsupportedFormatReadsNothing() {
        String[] v = {"03.04.2021", "05.06.2021"};
        assertArrayEquals(new long[]{1, 1}, ColumnBins.of(v, meta(SdType.DATETIME), 2).counts());
        ColumnBins bad = ColumnBins.of(v, meta(SdType.DATETIME).withDatetimeFormat("%Q"), 2);
        assertTrue(bad.isEmpty());
        assertEquals(2, bad.unreadable());
    }

    @Test
    void keysAndPersonalInformationAreNotBinned() {
        String[] v = {"a@x.org", "b@y.org", null};
        ColumnBins pii = ColumnBins.of(v, meta(SdType.PII).withPii(PiiKind.EMAIL, true), 8);
        assertTrue(pii.isEmpty());
        assertEquals(1, pii.missing());
        assertTrue(ColumnBins.of(v, meta(SdType.ID), 8).isEmpty());
        assertTrue(ColumnBins.of(v, meta(SdType.UNKNOWN), 8).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ColumnBins.of(v, meta(SdType.CATEGORICAL), 1));
    }

    @Test
    void everyAdultValueIsCountedOnce() throws Exception {
        Dataset d = TableReaders.read(Fixtures.ADULT.path());
        ColumnBins age = ColumnBins.of(d.column(d.indexOf("age")), meta(SdType.NUMERICAL), 16);
        assertEquals(d.rowCount(), Arrays.stream(age.counts()).sum() + age.missing() + age.unreadable());
        assertEquals(17, age.edges()[0]);
        assertEquals(90, age.edges()[16]);
        ColumnBins sex = ColumnBins.of(d.column(d.indexOf("sex")), meta(SdType.CATEGORICAL), 16);
        assertEquals(List.of("Male", "Female"), sex.categories());
        assertEquals(d.rowCount(), Arrays.stream(sex.counts()).sum() + sex.missing());
    }
}
