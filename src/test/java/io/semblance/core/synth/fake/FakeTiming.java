// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.model.PiiKind;

import java.util.List;
import java.util.Locale;

/**
 * Times 1,000,000 values per kind on one thread (run by hand, not a unit test):
 * {@code java -cp target/classes:target/test-classes:<deps> io.semblance.core.synth.fake.FakeTiming}.
 * Set-up (learning the format, first load of a locale's word lists) is reported separately; each figure is the best
 * of three passes.
 */
public final class FakeTiming {
    private static final int ROWS = 1_000_000;

    private FakeTiming() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Vocabulary.of(Locale.US);
        System.out.printf("load US word lists: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        System.out.printf("%-15s %10s %12s %12s%n", "kind", "setup ms", "1M ms", "1M unique ms");
        for (PiiKind k : PiiKind.values()) {
            List<String> sample = FakeSamples.of(k);
            long s = System.nanoTime();
            FakeColumn plain = FakeColumns.pii(k, sample, Locale.US, 1, false);
            FakeColumn unique = FakeColumns.pii(k, sample, Locale.US, 1, true);
            long setup = (System.nanoTime() - s) / 2_000_000;
            System.out.printf("%-15s %10d %12d %12d%n", k, setup, time(plain), time(unique));
        }
        List<List<String>> ids = List.of(List.of("1", "2", "3"), List.of("104233", "550021", "871122"),
                List.of("C-000123", "C-004567"), List.of("AB12CD", "XY98ZT"),
                List.of("3f2b8c1e-9a4d-4e21-8b7a-0c5d6e7f8a9b", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"));
        for (List<String> sample : ids) {
            FakeColumn c = FakeColumns.id(sample, 1);
            System.out.printf("%-15s %10s %12d%n", "id " + sample.get(0).substring(0, Math.min(6, sample.get(0).length())), "", time(c));
        }
    }

    /** Best of three timed passes over rows 0..ROWS-1, after a 200,000-row warm-up (the machine may be shared). */
    private static long time(FakeColumn c) {
        long sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += c.value(i).length();
        }
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long t = System.nanoTime();
            for (int i = 0; i < ROWS; i++) {
                sink += c.value(i).length();
            }
            best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }
}
