package org.secondopinion.platform.control;

/** The hospital's name and address printed at the top of every page of the documents it issues. */
public record Letterhead(String name, String address) {

    public Letterhead {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A letterhead names the hospital.");
        }
        address = address == null ? "" : address.strip();
        name = name.strip();
    }
}
