// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import net.datafaker.Faker;

/**
 * The made-up towns a made-up hospital in Ohio draws its patients from: Datafaker's invented town names, each with
 * one to three ZIP codes of Ohio's ranges and one of Ohio's telephone area codes. The nearest towns send the most
 * patients (weights falling as 1/rank), so city and ZIP code are skewed and tied to each other.
 */
final class Catchment {
    private static final int TOWNS = 24;
    private static final String STATE = "OH";
    private static final int[] AREA_CODES = {216, 234, 330, 419, 440, 513, 567, 614, 740, 937};

    /** One town: its name, its ZIP codes, its area code and how many patients it sends. */
    record Town(String name, List<String> zips, int areaCode, double weight) {
    }

    private final List<Town> towns;
    private final double[] weights;

    /** Towns drawn with Datafaker from {@code faker} (whose random source fixes them). */
    Catchment(Faker faker) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> usedZips = new LinkedHashSet<>();
        List<Town> list = new ArrayList<>();
        while (list.size() < TOWNS) {
            String name = faker.address().city();
            if (!names.add(name)) {
                continue;
            }
            int zipCount = 1 + faker.random().nextInt(3);
            List<String> zips = new ArrayList<>();
            while (zips.size() < zipCount) {
                String zip = faker.address().zipCodeByState(STATE);
                if (usedZips.add(zip)) {
                    zips.add(zip);
                }
            }
            int area = AREA_CODES[faker.random().nextInt(AREA_CODES.length)];
            list.add(new Town(name, List.copyOf(zips), area, 1.0 / (list.size() + 1)));
        }
        towns = List.copyOf(list);
        weights = towns.stream().mapToDouble(Town::weight).toArray();
    }

    /** A town drawn in proportion to its weight. */
    Town draw(RandomGenerator rng) {
        return towns.get(Draw.weighted(rng, weights));
    }

    List<Town> towns() {
        return towns;
    }
}
