// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Test values built independently of the code under test (own Luhn and mod-97 arithmetic). */
final class PiiSamples {
    private PiiSamples() {
    }

    static List<String> many(int n, long seed, Function<Random, String> gen) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(gen.apply(r));
        }
        return out;
    }

    /** A 16-digit Visa-like number in groups of four, valid (or deliberately invalid) under Luhn. */
    static String card(Random r, boolean valid) {
        int[] d = new int[16];
        d[0] = 4;
        for (int i = 1; i < 15; i++) {
            d[i] = r.nextInt(10);
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int v = d[i];
            if (i % 2 == 0) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        d[15] = (10 - sum % 10) % 10;
        if (!valid) {
            d[15] = (d[15] + 1 + r.nextInt(9)) % 10;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(d[i]);
        }
        return sb.toString();
    }

    /** A German IBAN (18-digit BBAN) with correct check digits, or off by one when {@code valid} is false. */
    static String iban(Random r, boolean valid) {
        StringBuilder bban = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            bban.append(r.nextInt(10));
        }
        // D=13, E=14
        BigInteger n = new BigInteger(bban + "131400");
        int check = 98 - n.mod(BigInteger.valueOf(97)).intValue();
        if (!valid) {
            check = check == 98 ? 2 : check + 1;
        }
        String iban = "DE" + (check < 10 ? "0" : "") + check + bban;
        return iban.replaceAll("(.{4})", "$1 ").strip();
    }

    static String ssn(Random r) {
        return String.format("%03d-%02d-%04d", 1 + r.nextInt(665), 1 + r.nextInt(99), 1 + r.nextInt(9999));
    }

    static String usPhone(Random r) {
        return String.format("(%d%02d) %d%02d-%04d", 2 + r.nextInt(8), r.nextInt(100), 2 + r.nextInt(8),
                r.nextInt(100), r.nextInt(10000));
    }

    static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
        "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa"};
    static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Thompson", "White", "Harris", "Clark", "Lewis"};
    static final String[] CITIES = {"Chicago", "Houston", "Phoenix", "Boston", "Seattle", "Denver", "Atlanta",
        "Miami", "Dallas", "Austin", "Portland", "Detroit", "Memphis", "Baltimore", "Milwaukee", "Tucson", "Fresno",
        "Omaha", "Raleigh", "Tampa", "Cleveland", "New Orleans", "Pittsburgh", "Cincinnati"};
    static final String[] STREETS = {"Main St", "Oak Avenue", "Maple Rd", "Cedar Lane", "Elm Street", "Pine Dr",
        "Washington Blvd", "Park Ave", "Lake Road", "Hill Street", "Sunset Blvd", "River Rd"};

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
