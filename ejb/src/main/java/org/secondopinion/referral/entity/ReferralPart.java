package org.secondopinion.referral.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.io.Serializable;

/** A row that belongs to one referral (a question, a record, a file, a step, an addendum): ids from one sequence. */
@MappedSuperclass
public abstract class ReferralPart implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "referral_item_seq", sequenceName = "referral_item_seq", allocationSize = 5000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_item_seq")
    private Long id;

    public Long getId() {
        return id;
    }
}
