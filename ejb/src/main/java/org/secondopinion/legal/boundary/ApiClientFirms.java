package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.secondopinion.identity.boundary.LawFirmDirectory;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.platform.entity.Role;

/** The firms an administrator may bind a legal API client to: those that exist. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ApiClientFirms implements LawFirmDirectory {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<String> firmName(long firmId) {
        return Optional.ofNullable(em.find(LegalFirm.class, firmId)).map(LegalFirm::getName);
    }
}
