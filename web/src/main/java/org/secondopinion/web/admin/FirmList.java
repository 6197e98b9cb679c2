package org.secondopinion.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.secondopinion.legal.boundary.LegalFirms;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.web.shell.PageMessages;

/** {@code admin/firms.xhtml}: the firms behind the walls of malpractice reviews and who belongs to each. */
@Named
@ViewScoped
public class FirmList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalFirms firms;

    @Inject
    PageMessages messages;

    private List<LegalFirm> list;
    private String name;
    /** The user name typed beside each firm, by firm id. */
    private final Map<Long, String> member = new HashMap<>();

    @PostConstruct
    void load() {
        list = firms.list();
    }

    public void add() {
        LegalFirm added = firms.add(name);
        messages.info("firms.added", added.getName());
        name = null;
        load();
    }

    public void admit(long firmId) {
        String username = member.get(firmId);
        if (username == null || username.isBlank()) {
            messages.error("firms.usernameRequired");
            return;
        }
        LegalFirm firm = firms.admit(firmId, username.strip());
        messages.info("firms.admitted", username.strip(), firm.getName());
        member.remove(firmId);
        load();
    }

    public void remove(long firmId, String username) {
        LegalFirm firm = firms.remove(firmId, username);
        messages.info("firms.removed", username, firm.getName());
        load();
    }

    public List<LegalFirm> getList() { return list; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Map<Long, String> getMember() { return member; }
}
