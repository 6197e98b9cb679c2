package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The next Bates number of a prefix. A production locks the row while it takes its numbers and writes them in
 * the same transaction, so numbers are unique and without gaps even when productions run at once: a production
 * that fails gives its numbers back by rolling back.
 */
@Entity
@Table(name = "bates_counter")
public class BatesCounter {

    @Id
    @Column(length = 20)
    private String prefix;
    @Column(name = "next_number", nullable = false)
    private long nextNumber;

    protected BatesCounter() {
    }

    public BatesCounter(String prefix) {
        this.prefix = prefix;
        this.nextNumber = 1;
    }

    /** Takes the next {@code count} numbers and returns the first. */
    public long take(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A production takes at least one number.");
        }
        long first = nextNumber;
        nextNumber += count;
        return first;
    }

    public String getPrefix() { return prefix; }
    public long getNextNumber() { return nextNumber; }
}
