package org.secondopinion.platform.entity;

/** What a user may do (DOMAIN.md section 1). A user may hold several roles. */
public enum Role {
    COORDINATOR, SPECIALIST, BILLING, LEGAL, ADMIN;

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String COORDINATOR = "COORDINATOR";
        public static final String SPECIALIST = "SPECIALIST";
        public static final String BILLING = "BILLING";
        public static final String LEGAL = "LEGAL";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
