package org.secondopinion.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** {@code #{labels.of(status)}}: the readable label of an enum constant, from the {@code msg} bundle. */
@Named
@ApplicationScoped
public class Labels {

    public String of(Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(EnumLabels.key(constant));
    }
}
