package org.secondopinion.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One item of a referral's records checklist: requested, received or not applicable, with date and source. */
@Entity
@Table(name = "referral_record")
public class ReferralRecord extends ReferralPart {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 30)
    private RecordType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecordState state;

    @Column(name = "state_on")
    private LocalDate stateOn;

    @Column(length = 200)
    private String source;

    @Column(length = 1000)
    private String note;

    @Column(name = "requested_by_specialist", nullable = false)
    private boolean requestedBySpecialist;

    protected ReferralRecord() {
    }

    ReferralRecord(Referral referral, RecordType type, LocalDate on, String note, boolean bySpecialist) {
        this.referral = referral;
        this.type = type;
        this.state = RecordState.REQUESTED;
        this.stateOn = on;
        this.note = note;
        this.requestedBySpecialist = bySpecialist;
    }

    void mark(RecordState newState, LocalDate on, String newSource, String newNote) {
        this.state = newState;
        this.stateOn = on;
        this.source = newSource == null || newSource.isBlank() ? source : newSource.trim();
        if (newNote != null && !newNote.isBlank()) {
            this.note = newNote.trim();
        }
    }

    public boolean isOutstanding() {
        return state == RecordState.REQUESTED;
    }

    public RecordType getType() {
        return type;
    }

    public RecordState getState() {
        return state;
    }

    public LocalDate getStateOn() {
        return stateOn;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public boolean isRequestedBySpecialist() {
        return requestedBySpecialist;
    }
}
