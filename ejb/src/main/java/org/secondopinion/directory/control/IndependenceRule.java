package org.secondopinion.directory.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secondopinion.directory.entity.Affiliations;

/**
 * The one rule for who may not give an independent view on a case: the person
 * themself, and anyone sharing an organisation, a practice group or a network with
 * a party to the case (the first physician of a referral; a defendant of a malpractice
 * review). Each tie found is named, so the page can say why someone is excluded.
 */
public final class IndependenceRule {

    /** A party the reviewer must be independent of, with the words that name its role ("the first physician"). */
    public record Party(String role, Affiliations affiliations) {
        public Party {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(affiliations, "affiliations");
        }
    }

    private IndependenceRule() {
    }

    /** Every tie between the candidate and the parties, as sentences; empty when the candidate is independent. */
    public static List<String> tiesOf(Affiliations candidate, List<Party> parties) {
        List<String> ties = new ArrayList<>();
        for (Party party : parties) {
            Affiliations other = party.affiliations();
            if (samePerson(candidate, other)) {
                ties.add("is " + party.role() + " (" + other.name() + ")");
                continue;
            }
            candidate.organisations().stream().filter(other.organisations()::contains).forEach(id ->
                    ties.add("works at the same organisation as " + party.role() + ": " + candidate.nameOf(id)));
            candidate.practiceGroups().stream().filter(other.practiceGroups()::contains).forEach(id ->
                    ties.add("is in the same practice group as " + party.role() + ": " + candidate.nameOf(id)));
            candidate.networks().stream().filter(other.networks()::contains).forEach(id ->
                    ties.add("is in the same network as " + party.role() + ": " + candidate.nameOf(id)));
        }
        return ties;
    }

    public static boolean independent(Affiliations candidate, List<Party> parties) {
        return tiesOf(candidate, parties).isEmpty();
    }

    /**
     * The same person by directory id or NPI, or, when the party is known only by name, by the
     * same name: a wrong exclusion costs a choice, a missed one costs the opinion its independence.
     */
    private static boolean samePerson(Affiliations a, Affiliations b) {
        return a.practitionerId() != null && a.practitionerId().equals(b.practitionerId())
                || a.npi() != null && a.npi().equals(b.npi())
                || b.practitionerId() == null && b.npi() == null && !comparable(b.name()).isEmpty()
                        && comparable(b.name()).equals(comparable(a.name()));
    }

    /** "Dr. Maria  Jensen" and "maria jensen" compare equal. */
    static String comparable(String name) {
        if (name == null) {
            return "";
        }
        return name.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^dr\\.?\\s+", "").replaceAll("\\s+", " ");
    }
}
