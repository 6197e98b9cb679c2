package org.secondopinion.feeschedule.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The running account of one import: the header as read so far, the counts, and the first
 * rejections and warnings (the rest only counted), so memory stays bounded on any file.
 */
final class ImportTally {

    private final ImportLimits limits;
    private final Consumer<StandardCharge> sink;
    private final List<ImportIssue> rejections = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();
    private boolean rejectionsTruncated;
    private long rowsRead;
    private long accepted;
    private long modifierAdjustments;
    private long rejected;
    private long warningCount;

    PriceFileFormat format;
    TemplateVersion version;
    String hospitalName;
    LocalDate lastUpdatedOn;
    String versionWritten;
    List<String> locationNames = List.of();
    List<String> addresses = List.of();
    String licenseNumber;
    String licenseState;
    List<String> type2Npis = List.of();
    String attesterName;
    Boolean attestationConfirmed;
    String generalContractProvisions;

    ImportTally(ImportLimits limits, Consumer<StandardCharge> sink) {
        this.limits = limits;
        this.sink = sink;
    }

    void rowRead() {
        rowsRead++;
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Passes the draft's charge to the sink with its warnings, or records why it is rejected (its warnings would only add noise). */
    void settle(ChargeDraft draft) {
        List<ImportIssue> draftWarnings = draft.takeWarnings();
        if (draft.rejected()) {
            reject(draft.problems());
            return;
        }
        for (ImportIssue warning : draftWarnings) {
            warn(warning);
        }
        StandardCharge charge = draft.toCharge();
        sink.accept(charge);
        accepted++;
        if (charge.modifierAdjustment()) {
            modifierAdjustments++;
        }
    }

    /** One rejected row, or payer charge, with the problems that reject it. */
    void reject(List<ImportIssue> problems) {
        rejected++;
        for (ImportIssue problem : problems) {
            if (rejections.size() < limits.rejectionsKept()) {
                rejections.add(problem);
            } else {
                rejectionsTruncated = true;
            }
        }
    }

    void reject(ImportIssue problem) {
        reject(List.of(problem));
    }

    void warn(ImportIssue warning) {
        warningCount++;
        if (warnings.size() < limits.warningsKept()) {
            warnings.add(warning);
        }
    }

    /** A warning about the whole file, kept first whatever the limit. */
    void notice(ImportIssue warning) {
        warningCount++;
        warnings.add(0, warning);
        if (warnings.size() > Math.max(1, limits.warningsKept())) {
            warnings.remove(warnings.size() - 1);
        }
    }

    void warn(long line, String location, String field, String message) {
        warn(new ImportIssue(line, location, field, message));
    }

    /** Warnings about the general data every file should carry; the effective date is checked by the caller. */
    void checkHeader(long line, String location) {
        if (hospitalName == null) {
            warn(line, location, "hospital_name", "is blank");
        }
        if (attestationConfirmed == null) {
            warn(line, location, "attestation", "is missing or is neither true nor false");
        } else if (!attestationConfirmed) {
            warn(line, location, "attestation", "is false: the hospital does not attest that the file is complete");
        }
    }

    ImportReport report(long bytesRead) {
        HospitalHeader hospital = new HospitalHeader(hospitalName, lastUpdatedOn, versionWritten, locationNames, addresses,
                licenseNumber, licenseState, type2Npis, attesterName, attestationConfirmed, generalContractProvisions);
        return new ImportReport(format, version, hospital, bytesRead, rowsRead, accepted, modifierAdjustments, rejected,
                rejections, rejectionsTruncated, warningCount, warnings);
    }
}
