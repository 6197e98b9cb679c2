package org.secondopinion.web.legal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.secondopinion.legal.boundary.AuthorityForm;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.legal.entity.AuthorityKind;
import org.secondopinion.legal.entity.DisclosureAuthority;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.Production;
import org.secondopinion.web.shell.PageMessages;

/**
 * The releases tab of {@code legal/case.xhtml} (the firm): authorities to disclose, and productions under them with
 * Bates numbers. The production form offers the first authority valid today until the user chooses another.
 */
@Named
@ViewScoped
public class LegalCaseReleases implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalCasePage page;

    @Inject
    Productions productions;

    @Inject
    PageMessages messages;

    private AuthorityForm authority;
    private DocumentLabel[] authorityScope = {};
    private Long produceAuthorityId;
    private Long[] produceDocumentIds = {};
    private String purpose;
    private String recipientAddress;

    @PostConstruct
    void start() {
        authority = newAuthority();
    }

    public void recordAuthority() {
        authority.setScope(LegalCaseDocuments.labelSet(authorityScope));
        DisclosureAuthority recorded = productions.recordAuthority(page.getId(), authority);
        messages.info("legal.authorityRecorded", recorded.describe());
        authority = newAuthority();
        authorityScope = new DocumentLabel[0];
        if (recorded.refusal(LocalDate.now()) == null) {
            produceAuthorityId = recorded.getId();
        }
        page.reload();
    }

    public void revoke(long authorityId) {
        DisclosureAuthority revoked = productions.revoke(page.getId(), authorityId, null);
        messages.info("legal.authorityRevoked", revoked.describe());
        page.reload();
    }

    public void produce() {
        List<Long> chosen = produceDocumentIds == null ? List.of() : Arrays.asList(produceDocumentIds);
        Production produced = productions.produce(page.getId(), produceAuthorityId, chosen, purpose,
                recipientAddress);
        messages.info("legal.produced", page.bates(produced.getBatesPrefix(), produced.getBatesFirst(),
                produced.getBatesLast()), produced.getRecipient());
        produceDocumentIds = new Long[0];
        purpose = null;
        recipientAddress = null;
        page.reload();
    }

    private static AuthorityForm newAuthority() {
        AuthorityForm form = new AuthorityForm();
        form.setSignedOn(LocalDate.now());
        return form;
    }

    /** The authority chosen for the next production: the user's choice while the case has it, else the first valid today. */
    public Long getProduceAuthorityId() {
        List<DisclosureAuthority> authorities = page.getAuthorities();
        if (produceAuthorityId == null || authorities.stream().noneMatch(a -> a.getId().equals(produceAuthorityId))) {
            LocalDate today = LocalDate.now();
            produceAuthorityId = authorities.stream().filter(a -> a.refusal(today) == null).findFirst()
                    .map(DisclosureAuthority::getId).orElse(null);
        }
        return produceAuthorityId;
    }

    public void setProduceAuthorityId(Long produceAuthorityId) { this.produceAuthorityId = produceAuthorityId; }
    public AuthorityForm getAuthority() { return authority; }
    public AuthorityKind[] getAuthorityKinds() { return AuthorityKind.values(); }
    public DocumentLabel[] getAuthorityScope() { return authorityScope; }
    public void setAuthorityScope(DocumentLabel[] authorityScope) { this.authorityScope = authorityScope; }
    public Long[] getProduceDocumentIds() { return produceDocumentIds; }
    public void setProduceDocumentIds(Long[] produceDocumentIds) { this.produceDocumentIds = produceDocumentIds; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getRecipientAddress() { return recipientAddress; }
    public void setRecipientAddress(String recipientAddress) { this.recipientAddress = recipientAddress; }
}
