package org.secondopinion.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;

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

    /** The labels of several constants, such as a person's roles, separated by commas. */
    public String all(Collection<? extends Enum<?>> constants) {
        return constants == null ? "" : constants.stream().map(this::of).collect(Collectors.joining(", "));
    }
}
