package org.secondopinion.feeschedule.control;

import java.util.Objects;

/** A billing or accounting code with its code type ("70551", "CPT"; "611", "RC"). */
public record ChargeCode(String code, String type) {

    public ChargeCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return type + " " + code;
    }
}
