package org.secondopinion.legal.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.secondopinion.legal.entity.AuthorityKind;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;

/** An authority to disclose as recorded: its kind, reference, recipient, dates and the records it names. */
public class AuthorityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Authority kind is required.")
    private AuthorityKind kind;
    @NotBlank(message = "Reference is required (the authorisation, subpoena or order number).")
    @Size(max = 200, message = "Reference is at most 200 characters.")
    @PlainText("Reference")
    private String reference;
    @NotBlank(message = "Recipient is required.")
    @Size(max = 200, message = "Recipient is at most 200 characters.")
    @PlainText("Recipient")
    private String recipient;
    @NotNull(message = "Signed or issued on is required.")
    @DateWithin(value = "Signed or issued on", from = "1950-01-01")
    private LocalDate signedOn;
    @DateWithin(value = "Expires on", from = "1950-01-01", daysAfterToday = 36500)
    private LocalDate expiresOn;
    @NotEmpty(message = "Scope: name the kinds of record the authority covers.")
    private Set<DocumentLabel> scope = EnumSet.noneOf(DocumentLabel.class);
    /** For a subpoena: notice to the patient or a qualified protective order was assured. */
    private boolean assurances;

    public AuthorityKind getKind() { return kind; }
    public void setKind(AuthorityKind kind) { this.kind = kind; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public Set<DocumentLabel> getScope() { return scope; }
    public void setScope(Set<DocumentLabel> scope) { this.scope = scope; }
    public boolean isAssurances() { return assurances; }
    public void setAssurances(boolean assurances) { this.assurances = assurances; }
}
