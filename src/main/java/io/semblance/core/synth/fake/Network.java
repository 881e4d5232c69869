// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** IP addresses (v4 and v6 in the real proportions) and URLs. */
final class Network {
    private static final String[] PATH_WORDS = {"about", "blog", "news", "products", "shop", "item", "category",
        "profile", "user", "docs", "help", "search", "articles", "posts", "events", "contact", "team", "services",
        "gallery", "store", "page", "media", "tags", "archive", "support", "pricing", "careers", "account", "home",
        "info", "faq", "downloads", "projects", "resources", "library", "jobs", "press", "partners", "features",
        "guides", "forum", "topics", "photos", "videos", "reviews", "offers", "catalog", "courses", "members",
        "community", "updates", "stories", "recipes", "travel", "sports", "music", "books", "health", "science"};

    private Network() {
    }

    /**
     * IPv4 addresses avoid reserved first octets unless the real ones sit in a private range (10/8, 172.16/12,
     * 192.168/16), which is then kept (unique columns move on to the other ranges once it is used up); IPv6 addresses are global unicast, compressed like RFC 5952 unless the real
     * ones are written out in full, in the real letter case.
     */
    static FakeColumn ip(List<String> sample, long seed, boolean unique) {
        int v6 = 0;
        int full6 = 0;
        int upper = 0;
        Map<String, Integer> ranges = new HashMap<>();
        for (String s : sample) {
            if (s.indexOf(':') >= 0) {
                v6++;
                full6 += s.matches("(?i)([0-9a-f]{4}:){7}[0-9a-f]{4}") ? 1 : 0;
                upper += s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT)) ? 1 : 0;
            } else {
                ranges.merge(IpSpaces.privateRange(s), 1, Integer::sum);
            }
        }
        int v4 = sample.size() - v6;
        String range = "";
        for (Map.Entry<String, Integer> e : ranges.entrySet()) {
            if (!e.getKey().isEmpty() && e.getValue() * 10 >= v4 * 9) {
                range = e.getKey();
            }
        }
        Set<String> forbidden = SampleKeys.of(sample, SampleKeys.TEXT);
        List<String> order = new java.util.ArrayList<>(List.of("10.", "172.16.", "192.168.", ""));
        order.remove(range);
        order.add(0, range);
        IndexedText[] v4Tiers = new IndexedText[order.size()];
        for (int i = 0; i < v4Tiers.length; i++) {
            v4Tiers[i] = new IpSpaces.V4(order.get(i));
        }
        FakeColumn four = new Drawer(v4Tiers, null, Mix.hash(seed, 4), unique, forbidden, SampleKeys.TEXT);
        FakeColumn six = Drawer.of(new IpSpaces.V6(full6 * 2 > v6 && v6 > 0, upper * 2 > v6 && v6 > 0),
                Mix.hash(seed, 6), unique, forbidden, SampleKeys.TEXT);
        if (sample.isEmpty()) {
            return four;
        }
        return new Partitioned(new FakeColumn[] {four, six}, new double[] {v4, v6}, seed);
    }

    /**
     * URLs with the real scheme, "www." habit and usual number of path segments, e.g.
     * "https://www.hartmann.com/blog/news"; host words are surnames, path words common site sections. A second tier
     * appends a numeric segment so unique columns do not run out.
     */
    static FakeColumn url(List<String> sample, Vocabulary v, long seed, boolean unique) {
        int https = 0;
        int www = 0;
        int[] depth = new int[4];
        for (String s : sample) {
            String t = s.toLowerCase(Locale.ROOT);
            https += t.startsWith("https://") ? 1 : 0;
            String rest = t.replaceFirst("^[a-z]+://", "");
            www += rest.startsWith("www.") ? 1 : 0;
            int slash = rest.indexOf('/');
            int d = 0;
            if (slash >= 0) {
                for (String seg : rest.substring(slash + 1).split("[/?#]")) {
                    d += seg.isEmpty() ? 0 : 1;
                }
            }
            depth[Math.min(3, d)]++;
        }
        int n = sample.size();
        int best = 0;
        for (int d = 1; d < 4; d++) {
            best = depth[d] > depth[best] ? d : best;
        }
        String scheme = n == 0 || https * 2 >= n ? "https://" : "http://";
        String prefix = scheme + (n == 0 || www * 2 >= n ? "www." : "");
        String[] hosts = new String[v.lastNames.length];
        for (int i = 0; i < hosts.length; i++) {
            hosts[i] = Vocabulary.ascii(v.lastNames[i]);
        }
        String[] hostWords = java.util.Arrays.stream(hosts).filter(h -> h.length() >= 2).distinct()
                .toArray(String[]::new);
        String[] words = PATH_WORDS;
        IndexedText plain = new IpSpaces.Url(prefix, hostWords, v.domainSuffixes, words, best, false);
        IndexedText numbered = new IpSpaces.Url(prefix, hostWords, v.domainSuffixes, words, best, true);
        return new Drawer(new IndexedText[] {plain, numbered}, new double[] {0.7, 0.3}, seed, unique,
                SampleKeys.of(sample, SampleKeys.TEXT), SampleKeys.TEXT);
    }
}
