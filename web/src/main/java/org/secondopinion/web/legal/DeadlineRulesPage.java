package org.secondopinion.web.legal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;
import org.secondopinion.legal.entity.StateDeadlineRule;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code legal/rules.xhtml}: the per-state deadline rules as data, with their sources and the date they apply
 * from; coordinators keep them in step with the law (a change is audited), everyone else reads them.
 */
@Named
@ViewScoped
public class DeadlineRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Deadlines deadlines;

    @Inject
    PageMessages messages;

    private List<StateDeadlineRule> rules;
    private Edit edit;
    private StateDeadlineRule versionSource;
    private LocalDate versionFrom;

    /** The rule being changed, as the form holds it. */
    public static class Edit implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        long version;
        String state;
        Integer injuryMonths;
        Integer discoveryMonths;
        LimitationCombination combination;
        Integer reposeMonths;
        int ageOfMajority;
        MeritTrigger meritTrigger;
        int meritDays;
        int meritExtensionDays;
        boolean meritPerDefendant;
        Integer noticeDays;
        String limitationSource;
        String meritSource;

        public String getState() { return state; }
        public Integer getInjuryMonths() { return injuryMonths; }
        public void setInjuryMonths(Integer v) { this.injuryMonths = v; }
        public Integer getDiscoveryMonths() { return discoveryMonths; }
        public void setDiscoveryMonths(Integer v) { this.discoveryMonths = v; }
        public LimitationCombination getCombination() { return combination; }
        public void setCombination(LimitationCombination v) { this.combination = v; }
        public Integer getReposeMonths() { return reposeMonths; }
        public void setReposeMonths(Integer v) { this.reposeMonths = v; }
        public int getAgeOfMajority() { return ageOfMajority; }
        public void setAgeOfMajority(int v) { this.ageOfMajority = v; }
        public MeritTrigger getMeritTrigger() { return meritTrigger; }
        public void setMeritTrigger(MeritTrigger v) { this.meritTrigger = v; }
        public int getMeritDays() { return meritDays; }
        public void setMeritDays(int v) { this.meritDays = v; }
        public int getMeritExtensionDays() { return meritExtensionDays; }
        public void setMeritExtensionDays(int v) { this.meritExtensionDays = v; }
        public boolean isMeritPerDefendant() { return meritPerDefendant; }
        public void setMeritPerDefendant(boolean v) { this.meritPerDefendant = v; }
        public Integer getNoticeDays() { return noticeDays; }
        public void setNoticeDays(Integer v) { this.noticeDays = v; }
        public String getLimitationSource() { return limitationSource; }
        public void setLimitationSource(String v) { this.limitationSource = v; }
        public String getMeritSource() { return meritSource; }
        public void setMeritSource(String v) { this.meritSource = v; }
    }

    @PostConstruct
    void load() {
        rules = deadlines.rules();
    }

    public void edit(StateDeadlineRule rule) {
        Edit e = new Edit();
        e.id = rule.getId();
        e.version = rule.getVersion();
        e.state = rule.getState();
        e.injuryMonths = rule.getLimitationInjuryMonths();
        e.discoveryMonths = rule.getLimitationDiscoveryMonths();
        e.combination = rule.getCombination();
        e.reposeMonths = rule.getReposeMonths();
        e.ageOfMajority = rule.getAgeOfMajority();
        e.meritTrigger = rule.getMeritTrigger();
        e.meritDays = rule.getMeritDays();
        e.meritExtensionDays = rule.getMeritExtensionDays();
        e.meritPerDefendant = rule.isMeritPerDefendant();
        e.noticeDays = rule.getNoticeOfIntentDays();
        e.limitationSource = rule.getLimitationSource();
        e.meritSource = rule.getMeritSource();
        edit = e;
    }

    public void save() {
        StateDeadlineRule saved = deadlines.changeRule(edit.id, edit.version, edit.injuryMonths, edit.discoveryMonths,
                edit.combination, edit.reposeMonths, edit.ageOfMajority, edit.meritTrigger, edit.meritDays,
                edit.meritExtensionDays, edit.meritPerDefendant, edit.noticeDays, edit.limitationSource,
                edit.meritSource);
        messages.info("rules.saved", saved.getState());
        edit = null;
        load();
    }

    public void cancel() {
        edit = null;
        versionSource = null;
    }

    /** Starts a new version of a rule: the law changed from a day. */
    public void newVersionOf(StateDeadlineRule rule) {
        versionSource = rule;
        versionFrom = LocalDate.now();
        edit = null;
    }

    public void createVersion() {
        StateDeadlineRule created = deadlines.addVersion(versionSource.getId(), versionFrom);
        messages.info("rules.versionAdded", created.getState(), created.getEffectiveFrom());
        versionSource = null;
        load();
        edit(created);
    }

    public boolean isEditor() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.COORDINATOR);
    }

    public String getNotLegalAdvice() { return Deadlines.NOT_LEGAL_ADVICE; }
    public LimitationCombination[] getCombinations() { return LimitationCombination.values(); }
    public MeritTrigger[] getTriggers() { return MeritTrigger.values(); }
    public List<StateDeadlineRule> getRules() { return rules; }
    public Edit getEdit() { return edit; }
    public StateDeadlineRule getVersionSource() { return versionSource; }
    public LocalDate getVersionFrom() { return versionFrom; }
    public void setVersionFrom(LocalDate versionFrom) { this.versionFrom = versionFrom; }
}
