// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.ColumnBins;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sparkline's tooltip puts the engine's counts into words. */
class BinsTextTest {
    private static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @Test
    void categoriesNameTheMostCommonAndCountTheRest() {
        String[] v = {"b", "a", "c", "b", "d", "a", "b", "e", null, "b"};
        ColumnMeta m = ColumnMeta.of("c", SdType.CATEGORICAL);
        assertEquals("Most common: b (4), a (2), c (1)\nand 2 more values in other categories\n1 missing",
                BinsText.describe(ColumnBins.of(v, m, 4), m));
    }

    @Test
    void numbersAndDatesGiveTheirRangeAndUnreadableValuesAreCounted() {
        ColumnMeta n = ColumnMeta.of("n", SdType.NUMERICAL);
        assertEquals("From -1.5 to 12,000\n1 value cannot be read as this type and would be treated as missing",
                BinsText.describe(ColumnBins.of(new String[]{"-1.5", "12000", "x"}, n, 4), n));
        ColumnMeta d = ColumnMeta.of("d", SdType.DATETIME).withDatetimeFormat("%d/%m/%Y %H:%M");
        assertEquals("From 2021-03-04 to 2021-03-05 10:30",
                BinsText.describe(ColumnBins.of(new String[]{"04/03/2021 00:00", "05/03/2021 10:30"}, d, 4), d));
    }

    @Test
    void unmodelledTypesSayWhyNothingIsDrawn() {
        ColumnMeta id = ColumnMeta.of("id", SdType.ID);
        assertEquals("Not drawn: these values are replaced by generated ones, so their distribution is not carried"
                + " over.", BinsText.describe(ColumnBins.of(new String[]{"k1", "k2"}, id, 4), id));
    }
}
