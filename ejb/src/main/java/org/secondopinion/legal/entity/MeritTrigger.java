package org.secondopinion.legal.entity;

/** What starts the time for the certificate or affidavit of merit. */
public enum MeritTrigger {
    /** Filed with the complaint. */
    WITH_COMPLAINT,
    /** Within a number of days of filing the complaint. */
    AFTER_FILING,
    /** Within a number of days of each defendant's answer. */
    AFTER_ANSWER,
    /** The state requires no certificate or affidavit of merit. */
    NONE
}
