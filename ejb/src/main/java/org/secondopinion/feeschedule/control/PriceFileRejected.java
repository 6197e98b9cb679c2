package org.secondopinion.feeschedule.control;

/**
 * The whole file cannot be imported: it is not a CMS price file, it lacks what every
 * fee schedule needs (the effective date), or it cannot be read past a point (truncated
 * JSON, a quote never closed). Charges already passed to the sink belong to a rejected
 * file and must be discarded by the caller.
 */
public class PriceFileRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;

    public PriceFileRejected(long line, String message) {
        super(message);
        this.line = line;
    }

    public PriceFileRejected(String message) {
        this(0, message);
    }

    /** The physical line the rejection concerns, or 0 when it concerns no line. */
    public long line() {
        return line;
    }
}
