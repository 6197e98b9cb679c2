package org.secondopinion.feeschedule.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.feeschedule.entity.FeeSchedule;

/**
 * What an import read: the hospital and effective date of the fee schedule, how many rows
 * (CSV) or items (JSON) were read, how many charges were accepted, and the rejections and
 * warnings. Only the first rejections and warnings are kept (see {@link ImportLimits});
 * the counts cover all of them.
 *
 * @param rowsRead        CSV item rows (after the three header rows), or JSON items
 *                        (standard_charge_information and modifier_information entries)
 * @param rejectedCount   rows, or payer charges within a row or item, that were rejected
 * @param rejections      the first rejection issues; one rejected row may have several
 * @param rejectionsTruncated whether issues were left out of {@code rejections} to bound memory
 */
public record ImportReport(
        PriceFileFormat format,
        TemplateVersion templateVersion,
        HospitalHeader hospital,
        long bytesRead,
        long rowsRead,
        long chargesAccepted,
        long modifierAdjustments,
        long rejectedCount,
        List<ImportIssue> rejections,
        boolean rejectionsTruncated,
        long warningCount,
        List<ImportIssue> warnings) {

    public ImportReport {
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    /** The date the fee schedule takes effect: the file's last_updated_on. */
    public LocalDate effectiveDate() {
        return hospital.lastUpdatedOn();
    }

    /** Whether warnings were left out of {@link #warnings()} to bound memory. */
    public boolean warningsTruncated() {
        return warnings.size() < warningCount;
    }

    /** One line for the import page: hospital, layout, effective date and the counts. */
    public String summary() {
        String name = hospital.hospitalName() == null ? "Unnamed hospital" : hospital.hospitalName();
        return name + ", " + format.label() + " version " + (hospital.version() == null ? templateVersion.label() : hospital.version())
                + ", effective " + effectiveDate() + ": " + rowsRead + (format == PriceFileFormat.JSON ? " items" : " rows")
                + " read, " + chargesAccepted + " charges accepted (" + modifierAdjustments + " modifier adjustments), "
                + rejectedCount + " rejected, " + warningCount + " warnings.";
    }

    /** Marks the schedule ready with this report: the hospital, the file's format and version, the counts, the summary. */
    public void finish(FeeSchedule schedule, Instant at) {
        schedule.finish(hospital() == null ? null : hospital().hospitalName(),
                templateVersion() == null ? null : templateVersion().name(),
                format() == null ? null : format().name(), effectiveDate(), rowsRead(),
                chargesAccepted(), rejectedCount(), warningCount(), summary(), at);
    }
}
