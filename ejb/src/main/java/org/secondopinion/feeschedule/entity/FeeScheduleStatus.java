package org.secondopinion.feeschedule.entity;

/** Where an imported price file stands. */
public enum FeeScheduleStatus {
    /** The file is being read; the progress is in bytes read of bytes total. */
    IMPORTING,
    /** Read to the end: the good rows are kept, the rejected ones listed. */
    READY,
    /** The whole file was refused (not a price file, cut short, unreadable); no charges are kept. */
    REJECTED
}
