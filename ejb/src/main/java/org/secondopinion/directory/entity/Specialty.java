package org.secondopinion.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A field of medicine a practitioner practises, with an optional sub-specialty ("" when none). */
@Embeddable
public class Specialty implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Column(name = "specialty", nullable = false, length = 80)
    private String field;

    @Column(name = "sub_specialty", nullable = false, length = 80)
    private String subSpecialty;

    protected Specialty() {
    }

    public Specialty(String field, String subSpecialty) {
        if (field == null || field.isBlank()) {
            throw new org.secondopinion.platform.entity.RuleViolation("specialty", "Specialty is required.");
        }
        this.field = field.trim();
        this.subSpecialty = subSpecialty == null ? "" : subSpecialty.trim();
    }

    public String getField() {
        return field;
    }

    public String getSubSpecialty() {
        return subSpecialty;
    }

    public boolean hasSubSpecialty() {
        return !subSpecialty.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Specialty that && field.equalsIgnoreCase(that.field)
                && subSpecialty.equalsIgnoreCase(that.subSpecialty);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field.toLowerCase(), subSpecialty.toLowerCase());
    }

    @Override
    public String toString() {
        return hasSubSpecialty() ? field + " / " + subSpecialty : field;
    }
}
