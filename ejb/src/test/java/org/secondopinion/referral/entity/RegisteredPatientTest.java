package org.secondopinion.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegisteredPatientTest {

    private static final Instant FIRST = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-01T09:00:00Z");

    private static Patient ana(String name, String contact) {
        return new Patient(name, LocalDate.of(1971, 5, 2), Sex.FEMALE, " MRN-77 ", contact, "Spanish");
    }

    @Test
    void keepsTheNumberTrimmedAndTheDemographicsGiven() {
        RegisteredPatient patient = new RegisteredPatient(ana("Ana Moreno", "555-0100"), FIRST);
        assertThat(patient.getMrn()).isEqualTo("MRN-77");
        assertThat(patient.demographics()).isEqualTo(new Patient("Ana Moreno", LocalDate.of(1971, 5, 2), Sex.FEMALE,
                "MRN-77", "555-0100", "Spanish"));
        assertThat(patient.getRegisteredAt()).isEqualTo(FIRST);
        assertThat(patient.getUpdatedAt()).isEqualTo(FIRST);
    }

    @Test
    void aLaterIntakeWithOtherDemographicsUpdatesThem() {
        RegisteredPatient patient = new RegisteredPatient(ana("Ana Moreno", "555-0100"), FIRST);
        assertThat(patient.update(ana("Ana Moreno Ruiz", "555-0199"), LATER)).isTrue();
        assertThat(patient.getName()).isEqualTo("Ana Moreno Ruiz");
        assertThat(patient.getContact()).isEqualTo("555-0199");
        assertThat(patient.getUpdatedAt()).isEqualTo(LATER);
        assertThat(patient.getRegisteredAt()).isEqualTo(FIRST);
    }

    @Test
    void theSameDemographicsChangeNothing() {
        RegisteredPatient patient = new RegisteredPatient(ana("Ana Moreno", "555-0100"), FIRST);
        assertThat(patient.update(ana("Ana Moreno", "555-0100"), LATER)).isFalse();
        assertThat(patient.getUpdatedAt()).isEqualTo(FIRST);
    }

    @Test
    void anUnknownSexIsKeptAsUnknown() {
        RegisteredPatient patient = new RegisteredPatient(new Patient("X", LocalDate.of(1990, 1, 1), null, "M1", null,
                null), FIRST);
        assertThat(patient.getSex()).isEqualTo(Sex.UNKNOWN);
    }
}
