package org.secondopinion.feeschedule.control;

/**
 * The CMS template a file follows. Version 3.0.0 adds the allowed-amount statistics
 * (median, percentiles, count); 2.x files carry an estimated allowed amount instead.
 */
public enum TemplateVersion {
    V2("2.x"),
    V3("3.0.0");

    private final String label;

    TemplateVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The template for a version as written ("3.0.0", "2.2.0", "v2.1"), or an InvalidValue naming the versions read. */
    static TemplateVersion of(String written) throws InvalidValue {
        String version = written.strip();
        if (version.startsWith("v") || version.startsWith("V")) {
            version = version.substring(1);
        }
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        String major = version.substring(0, end);
        boolean rest = end == version.length() || version.charAt(end) == '.';
        if (rest && major.equals("2")) {
            return V2;
        }
        if (rest && major.equals("3")) {
            return V3;
        }
        throw new InvalidValue("is not a template version this reads (2.x or 3.0.0)");
    }
}
