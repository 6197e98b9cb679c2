package org.secondopinion.web.shell;

import jakarta.enterprise.context.RequestScoped;
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
    PageMessages messages;

    @NotBlank
    private String currentPassword;

    @NotBlank
    private String newPassword;

    public String changePassword() {
        myAccount.changePassword(currentPassword, newPassword);
        messages.info("account.passwordChanged");
        messages.keepForRedirect();
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
