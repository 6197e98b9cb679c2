package org.secondopinion.web.shell;

import org.secondopinion.platform.entity.Role;

/** A part of the application that one role works in, with its home page. */
public enum Area {
    COORDINATOR(Role.COORDINATOR, "/coordinator/index.xhtml", "pi pi-inbox"),
    SPECIALIST(Role.SPECIALIST, "/specialist/index.xhtml", "pi pi-user-edit"),
    BILLING(Role.BILLING, "/billing/index.xhtml", "pi pi-wallet"),
    LEGAL(Role.LEGAL, "/legal/index.xhtml", "pi pi-briefcase"),
    ADMIN(Role.ADMIN, "/admin/index.xhtml", "pi pi-cog");

    private final Role role;
    private final String home;
    private final String icon;

    Area(Role role, String home, String icon) {
        this.role = role;
        this.home = home;
        this.icon = icon;
    }

    public Role role() {
        return role;
    }

    public String home() {
        return home;
    }

    public String icon() {
        return icon;
    }

    /** The bundle key of the area's name: {@code area.COORDINATOR}. */
    public String labelKey() {
        return "area." + name();
    }
}
