package org.secondopinion.platform.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The US states, the District of Columbia and the inhabited territories by their USPS codes: the jurisdictions a
 * malpractice case can be brought in and a state's deadline rule can belong to. One list, for the page's choice and
 * the server's check.
 */
public enum UsJurisdiction {
    AL("Alabama"), AK("Alaska"), AZ("Arizona"), AR("Arkansas"), CA("California"), CO("Colorado"),
    CT("Connecticut"), DE("Delaware"), DC("District of Columbia"), FL("Florida"), GA("Georgia"), HI("Hawaii"),
    ID("Idaho"), IL("Illinois"), IN("Indiana"), IA("Iowa"), KS("Kansas"), KY("Kentucky"), LA("Louisiana"),
    ME("Maine"), MD("Maryland"), MA("Massachusetts"), MI("Michigan"), MN("Minnesota"), MS("Mississippi"),
    MO("Missouri"), MT("Montana"), NE("Nebraska"), NV("Nevada"), NH("New Hampshire"), NJ("New Jersey"),
    NM("New Mexico"), NY("New York"), NC("North Carolina"), ND("North Dakota"), OH("Ohio"), OK("Oklahoma"),
    OR("Oregon"), PA("Pennsylvania"), RI("Rhode Island"), SC("South Carolina"), SD("South Dakota"),
    TN("Tennessee"), TX("Texas"), UT("Utah"), VT("Vermont"), VA("Virginia"), WA("Washington"),
    WV("West Virginia"), WI("Wisconsin"), WY("Wyoming"),
    AS("American Samoa"), GU("Guam"), MP("Northern Mariana Islands"), PR("Puerto Rico"),
    VI("U.S. Virgin Islands");

    private final String label;

    UsJurisdiction(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    /** The jurisdiction of a two-letter code in either case, or empty when there is none. */
    public static Optional<UsJurisdiction> of(String code) {
        if (code == null || code.length() != 2) {
            return Optional.empty();
        }
        String upper = code.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(j -> j.name().equals(upper)).findFirst();
    }

    public static List<UsJurisdiction> all() {
        return List.of(values());
    }
}
