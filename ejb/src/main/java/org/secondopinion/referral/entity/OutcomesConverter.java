package org.secondopinion.referral.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of opinion outcomes as "DIAGNOSIS_CHANGED,TREATMENT_CHANGED" (null when none). */
@Converter
public class OutcomesConverter implements AttributeConverter<Set<OpinionOutcome>, String> {

    @Override
    public String convertToDatabaseColumn(Set<OpinionOutcome> outcomes) {
        return outcomes == null || outcomes.isEmpty() ? null
                : outcomes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<OpinionOutcome> convertToEntityAttribute(String column) {
        EnumSet<OpinionOutcome> outcomes = EnumSet.noneOf(OpinionOutcome.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(OpinionOutcome::valueOf).forEach(outcomes::add);
        }
        return outcomes;
    }
}
