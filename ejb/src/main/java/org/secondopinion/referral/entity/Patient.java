package org.secondopinion.referral.entity;

import java.time.LocalDate;

/** Who the referral is for, as given at intake. */
public record Patient(String name, LocalDate birthDate, Sex sex, String medicalRecordNumber, String contact,
                      String preferredLanguage) {
}
