// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuePoolTest {
    @Test
    void equalTextsShareOneStringAndEveryTextIsKept() {
        ValuePool pool = new ValuePool();
        char[] text = "Male,Female,Male,,Male,é,é,Ab,BC".toCharArray();
        List<String> got = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || text[i] == ',') {
                got.add(pool.get(text, start, i));
                start = i + 1;
            }
        }
        assertEquals(List.of("Male", "Female", "Male", "", "Male", "é", "é", "Ab", "BC"), got);
        assertSame(got.get(0), got.get(2));
        assertSame(got.get(0), got.get(4));
        assertSame(got.get(5), got.get(6));
        // "Ab" and "BC" share a hash code and stay apart
        assertEquals("Ab".hashCode(), "BC".hashCode());
    }

    @Test
    void manyDistinctTextsAllComeBackRightBeyondTheBound() {
        ValuePool pool = new ValuePool();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 100_000; i++) {
                char[] t = Integer.toString(i).toCharArray();
                assertEquals(Integer.toString(i), pool.get(t, 0, t.length));
            }
        }
        char[] t = "x12345y".toCharArray();
        assertSame(pool.get(t, 1, 6), pool.get("12345".toCharArray(), 0, 5));
    }
}
