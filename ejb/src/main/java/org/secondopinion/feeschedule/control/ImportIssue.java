package org.secondopinion.feeschedule.control;

/**
 * A problem found while importing: why a row (or one payer's charge in it) was rejected,
 * or a warning about something accepted.
 *
 * @param line     the physical line in the file, or 0 when the issue concerns no line
 * @param location "line 12", "line 12, Aetna | PPO", or a JSON path
 * @param field    the field at fault as the file names it ("standard_charge|methodology",
 *                 "code|2|type", "count"), or null when the issue concerns the whole row
 * @param message  what is wrong, in words a hospital's file owner understands
 */
public record ImportIssue(long line, String location, String field, String message) {

    @Override
    public String toString() {
        return location + ": " + (field == null ? "" : field + ": ") + message;
    }
}
