// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.model.PiiKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fake-value generators that imitate the format of real values without ever emitting them.
 *
 * <p>All generators are deterministic functions of (seed, row, sample) and thread-safe. Values come from Datafaker's
 * word lists for the locale (cached per locale; the first use of a locale takes one to two seconds) and from learned
 * character masks; about 0.1-0.7 s per million values on one thread.
 *
 * <p>Unique mode: values do not repeat among rows 0..10^7 (usually far more) except where the format holds fewer
 * values: first names, last names and cities repeat once the locale's list is used up, postal codes after the learned
 * mask's combinations, dates of birth after the days in the learned range, and masks learned from very short values
 * (7-digit phone numbers, say) after their combinations. The only other way to repeat would be for one row to hit real
 * values at all four of its reserved positions.
 *
 * <p>Real values: e-mail, phone, full name, national id, card number, IBAN, street address, IP address and URL fakes
 * never equal a sample value (compared ignoring case, and for numbers ignoring punctuation; names ignoring word
 * order). First and last names, cities, postal codes and dates of birth may match real ones by chance, which is
 * harmless for such common values.
 */
public final class FakeColumns {
    private FakeColumns() {
    }

    /** A generator for a PII column; realSample = up to 2,000 non-missing real values (used only to learn the format, never emitted); unique = values must not repeat across rows. */
    public static FakeColumn pii(PiiKind kind, List<String> realSample, Locale locale, long seed, boolean unique) {
        Objects.requireNonNull(kind, "kind");
        List<String> sample = clean(realSample);
        Locale loc = locale == null ? Locale.US : locale;
        switch (kind) {
            case EMAIL:
                return Emails.column(sample, Vocabulary.of(loc), seed, unique);
            case PHONE:
                return Phones.column(sample, seed, unique);
            case FIRST_NAME:
                return Drawer.of(PersonNames.list(Vocabulary.of(loc).firstNames, TextCase.learn(sample)), seed,
                        unique, java.util.Set.of(), null);
            case LAST_NAME:
                return Drawer.of(PersonNames.list(Vocabulary.of(loc).lastNames, TextCase.learn(sample)), seed,
                        unique, java.util.Set.of(), null);
            case FULL_NAME:
                return PersonNames.full(sample, Vocabulary.of(loc), seed, unique);
            case STREET_ADDRESS:
                return Places.street(sample, Vocabulary.of(loc), seed, unique);
            case CITY:
                return Places.city(sample, Vocabulary.of(loc), seed, unique);
            case POSTAL_CODE:
                return Places.postal(sample, seed, unique);
            case NATIONAL_ID:
                return NationalIds.column(sample, seed, unique);
            case CREDIT_CARD:
                return Cards.column(sample, seed, unique);
            case IBAN:
                return Ibans.column(sample, seed, unique);
            case IP_ADDRESS:
                return Network.ip(sample, seed, unique);
            case URL:
                return Network.url(sample, Vocabulary.of(loc), seed, unique);
            case DATE_OF_BIRTH:
                return BirthDates.column(sample, loc, seed, unique);
            default:
                throw new IllegalArgumentException("unsupported kind " + kind);
        }
    }

    /** A generator for an id/key column in the real values' format (e.g. 1..n integers, "C-000123", UUIDs, "AB12CD" shapes); always unique across rows 0..2^31. */
    public static FakeColumn id(List<String> realSample, long seed) {
        return Ids.column(clean(realSample), seed);
    }

    /** Trimmed non-blank values of {@code values}; null gives an empty list. */
    static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }
}
