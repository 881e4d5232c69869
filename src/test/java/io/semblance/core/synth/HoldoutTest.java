// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.core.model.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldoutTest {
    private static Dataset numbered(int n) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new String[]{Integer.toString(i)});
        }
        return Dataset.ofRows("t", List.of("i"), rows, List.of());
    }

    @Test
    void splitsTheSharePartitionsTheRowsAndRepeatsForASeed() {
        Dataset d = numbered(1000);
        Holdout a = Holdout.split(d, 0.2, 5);
        assertEquals(200, a.holdout().rowCount());
        assertEquals(800, a.training().rowCount());
        List<String> all = new ArrayList<>(Arrays.asList(a.training().column(0)));
        all.addAll(Arrays.asList(a.holdout().column(0)));
        all.sort((x, y) -> Integer.compare(Integer.parseInt(x), Integer.parseInt(y)));
        assertEquals(Arrays.asList(d.column(0)), all);
        assertEquals(Arrays.asList(a.holdout().column(0)), Arrays.asList(Holdout.split(d, 0.2, 5).holdout().column(0)));
        assertNotEquals(Arrays.asList(a.holdout().column(0)), Arrays.asList(Holdout.split(d, 0.2, 6).holdout().column(0)));
    }

    @Test
    void refusesSharesOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> Holdout.split(numbered(10), 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> Holdout.split(numbered(10), -0.1, 1));
        assertEquals(0, Holdout.split(numbered(10), 0, 1).holdout().rowCount());
    }
}
