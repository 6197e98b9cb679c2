package org.secondopinion.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.secondopinion.identity.boundary.MyAccount;

/** {@code account.xhtml}: the signed-in user changes their own password. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    MyAccount myAccount;

    @Inject
    FacesContext faces;

    @NotBlank
    private String currentPassword;

    @NotBlank
    private String newPassword;

    public String changePassword() {
        myAccount.changePassword(currentPassword, newPassword);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "msg").getString("account.passwordChanged"), ""));
        return "/account.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
