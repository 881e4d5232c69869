// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import io.semblance.core.model.PiiKind;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Column-name words that point to each kind of personal information, in English plus common German, French, Dutch and
 * Spanish variants (written without accents). A trailing ":0.7" lowers how much a generic hint counts.
 */
final class NameHints {
    /** Words that make a name describe something about the value rather than the value itself (email_verified). */
    private static final Set<String> NEGATIVE = Set.of("count", "counts", "flag", "is", "has", "verified", "valid",
            "validated", "type", "status", "hash", "hashed", "length", "len", "domain", "provider", "format", "consent",
            "total", "score", "year", "month", "weight", "optin", "bounced");

    /** Qualifiers that make "name" something other than a person's name (product_name, file_name). */
    private static final Set<String> NOT_PERSON = Set.of("user", "file", "host", "product", "company", "brand", "item",
            "model", "street", "city", "town", "country", "state", "bank", "category", "group", "team", "store", "shop",
            "business", "org", "organization", "organisation", "project", "app", "device", "column", "table", "field",
            "display", "screen", "nick", "login", "account", "course", "drug", "plan", "school", "hospital", "region",
            "district", "server", "service", "event", "vendor", "supplier", "merchant", "firma", "produit");

    private static final Set<String> NOT_STREET = Set.of("email", "mail", "ip", "ipv", "mac", "web", "url", "wallet",
            "hardware", "memory", "server", "remote", "client", "host", "bitcoin");

    private static final Map<PiiKind, String[]> HINTS = new EnumMap<>(PiiKind.class);

    static {
        HINTS.put(PiiKind.EMAIL, new String[] {"email", "mail", "email address", "mail address", "correo",
            "correo electronico", "courriel", "adresse mail", "mailadresse", "emailadres"});
        HINTS.put(PiiKind.PHONE, new String[] {"phone", "telephone", "tel", "phone number", "phone no", "mobile",
            "cell", "cellphone", "mobile number", "telefono", "telefon", "telefonnummer", "handy", "movil", "celular",
            "portable", "telefoonnummer", "fax", "contact number"});
        HINTS.put(PiiKind.FIRST_NAME, new String[] {"first name", "fname", "given name", "forename", "vorname",
            "prenom", "nombre de pila", "nombre:0.8", "voornaam", "first:0.6"});
        HINTS.put(PiiKind.LAST_NAME, new String[] {"last name", "lname", "surname", "family name", "nachname",
            "familienname", "nom de famille", "nom", "apellido", "apellidos", "achternaam", "last:0.6"});
        HINTS.put(PiiKind.FULL_NAME, new String[] {"full name", "name:0.8", "customer name", "client name",
            "patient name", "person name", "contact name", "employee name", "member name", "account holder",
            "cardholder", "holder name", "nombre completo", "nombre:0.8", "nom complet", "vollstandiger name",
            "naam:0.8", "volledige naam", "person:0.8"});
        HINTS.put(PiiKind.STREET_ADDRESS, new String[] {"street address", "street", "address:0.8", "address line",
            "addr", "home address", "mailing address", "billing address", "shipping address", "strasse", "anschrift",
            "adresse:0.8", "rue", "calle", "direccion:0.8", "domicilio", "straat", "adres:0.8", "straatnaam"});
        HINTS.put(PiiKind.CITY, new String[] {"city", "town", "ort", "stadt", "wohnort", "ville", "ciudad", "localidad",
            "municipio", "plaats", "woonplaats", "municipality", "locality", "commune", "gemeente"});
        HINTS.put(PiiKind.POSTAL_CODE, new String[] {"zip", "zipcode", "zip code", "postal code", "postcode",
            "post code", "plz", "postleitzahl", "code postal", "codigo postal", "postal"});
        HINTS.put(PiiKind.NATIONAL_ID, new String[] {"ssn", "social security", "social security number",
            "national id", "national identifier", "national number", "nino", "ni number", "national insurance",
            "national insurance number", "bsn", "burgerservicenummer", "sofinummer", "personnummer", "dni", "nie",
            "nif", "nir", "insee", "numero securite sociale", "sozialversicherungsnummer", "steuer id",
            "steueridentifikationsnummer", "tax id:0.8", "personal id:0.8", "citizen id", "id number:0.6",
            "identity number", "passport", "passport number"});
        HINTS.put(PiiKind.CREDIT_CARD, new String[] {"credit card", "card number", "cc", "cc number", "ccnum", "pan",
            "card:0.7", "kreditkarte", "kartennummer", "carte bancaire", "numero de carte", "tarjeta",
            "numero tarjeta", "debit card"});
        HINTS.put(PiiKind.IBAN, new String[] {"iban", "bank account:0.8", "account number:0.6", "kontonummer:0.7",
            "rekeningnummer:0.8", "cuenta:0.6", "compte:0.6"});
        HINTS.put(PiiKind.IP_ADDRESS, new String[] {"ip", "ip address", "ipv", "ip addr", "client ip", "remote addr",
            "remote ip", "source ip", "src ip", "dst ip", "host:0.5"});
        HINTS.put(PiiKind.URL, new String[] {"url", "uri", "website", "web site", "homepage", "home page", "link",
            "web", "site:0.7", "webpage", "sitio web", "pagina web"});
        HINTS.put(PiiKind.DATE_OF_BIRTH, new String[] {"dob", "date of birth", "birth date", "birthday", "birth",
            "born", "geburtsdatum", "geburtstag", "date de naissance", "naissance", "fecha de nacimiento",
            "fecha nacimiento", "nacimiento", "geboortedatum", "bday"});
    }

    private NameHints() {
    }

    /** How strongly the column name points to {@code kind}, in [0,1]; 0 when it does not or a qualifier rules it out. */
    static double score(ColumnName name, PiiKind kind) {
        for (String w : name.words()) {
            if (NEGATIVE.contains(w)) {
                return 0;
            }
            if (kind == PiiKind.FULL_NAME && NOT_PERSON.contains(w)) {
                return 0;
            }
            if (kind == PiiKind.STREET_ADDRESS && NOT_STREET.contains(w)) {
                return 0;
            }
        }
        double best = 0;
        for (String h : HINTS.get(kind)) {
            int colon = h.indexOf(':');
            double weight = colon < 0 ? 1.0 : Double.parseDouble(h.substring(colon + 1));
            String text = colon < 0 ? h : h.substring(0, colon);
            best = Math.max(best, weight * name.match(text));
        }
        return best;
    }
}
