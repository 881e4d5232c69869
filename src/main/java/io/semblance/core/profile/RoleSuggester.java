// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import java.util.Set;

/** Suggests a steward's role for a column from its type, PII evidence and name. */
public final class RoleSuggester {
    /** Words that mark attributes an attacker can know from outside sources (demographics, geography). */
    static final Set<String> QUASI = Set.of("age", "sex", "gender", "race", "ethnicity", "ethnic", "marital",
            "zip", "zipcode", "postcode", "postal", "plz", "birth", "born", "dob", "country", "nationality",
            "education", "religion", "occupation", "job", "profession", "city", "town", "county", "state",
            "region", "district", "municipality", "height", "weight", "language", "citizenship", "native");
    /** Words that mark attributes that must not be inferred (health, money, convictions). */
    static final Set<String> SENSITIVE = Set.of("income", "salary", "wage", "wages", "earnings", "capital",
            "gain", "loss", "diagnosis", "diagnoses", "disease", "condition", "icd", "treatment", "medication",
            "drug", "hiv", "cancer", "pregnancy", "pregnant", "disability", "health", "illness", "symptom",
            "debt", "balance", "credit", "loan", "default", "amount", "savings", "wealth", "tax", "criminal",
            "conviction", "offence", "offense", "sexuality", "orientation", "union", "political", "outcome",
            "mortality", "death", "died", "risk", "score", "rating", "grade", "fraud");

    private RoleSuggester() {
    }

    /** A role and a one-sentence reason. */
    public record Suggestion(ColumnRole role, String reason) {
    }

    /** Metadata with every column's role replaced by the suggestion for its current type, PII marks and name. */
    public static Metadata apply(Metadata meta) {
        Metadata out = meta;
        for (ColumnMeta c : meta.columns()) {
            out = out.with(c.withRole(suggest(c).role()));
        }
        return out;
    }

    /** The suggested role for a column as declared, with the reason in one sentence. */
    public static Suggestion suggest(ColumnMeta m) {
        if (m.sdtype() == SdType.ID) {
            return new Suggestion(ColumnRole.IDENTIFIER, "a key or identifier: replaced by fresh values, never modelled");
        }
        if (m.pii() && m.piiKind() == PiiKind.DATE_OF_BIRTH) {
            return new Suggestion(ColumnRole.QUASI_IDENTIFIER, "a date of birth: a classic linking attribute");
        }
        if (!m.pii() && (m.piiKind() == PiiKind.CITY || m.piiKind() == PiiKind.POSTAL_CODE)) {
            return new Suggestion(ColumnRole.QUASI_IDENTIFIER, "a place: a classic linking attribute");
        }
        if (m.pii() || m.sdtype() == SdType.PII) {
            return new Suggestion(ColumnRole.IDENTIFIER, "personal information: replaced by realistic fakes");
        }
        if (Names.mentions(m.name(), SENSITIVE)) {
            return new Suggestion(ColumnRole.SENSITIVE, "the name suggests health, money or other protected facts");
        }
        if (Names.mentions(m.name(), QUASI)) {
            return new Suggestion(ColumnRole.QUASI_IDENTIFIER,
                    "the name suggests a demographic or place an attacker could link on");
        }
        return new Suggestion(ColumnRole.INSENSITIVE, "no sign that it identifies or harms a person");
    }
}
