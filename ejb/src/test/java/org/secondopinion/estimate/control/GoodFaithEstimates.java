package org.secondopinion.estimate.control;

import java.time.LocalDate;
import java.util.List;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.Item;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.ProviderGroup;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.Section;
import org.secondopinion.platform.control.Money;
import org.secondopinion.platform.control.Signature;

/** The Good Faith Estimate the document and PDF tests share: a knee second opinion and the surgery it weighs. */
final class GoodFaithEstimates {

    static final LocalDate SCHEDULED_ON = LocalDate.of(2026, 11, 27);
    static final LocalDate SERVICE_DATE = LocalDate.of(2026, 12, 15);
    static final LocalDate SURGERY_DATE = LocalDate.of(2027, 1, 12);
    static final String CONTACT = "Patient Financial Services, 512-555-0142, estimates@lakeside.example";
    /** The billing staff member who issues it, and the patient's record number. */
    static final EstimateIssue ISSUE = new EstimateIssue("MRN-100200", new Signature("Nora Billings",
            "Billing office, Lakeside General Hospital", LocalDate.of(2026, 11, 30)));

    private GoodFaithEstimates() {
    }

    /** The orthopaedic practice: the consultation, the outside MRI read, and later the surgeon's fee. */
    static ProviderGroup practice(Item... items) {
        return ProviderGroup.of("Lakeside Orthopedic Associates", "1234567893", "74-1234567",
                "1200 Red River St, Austin, TX 78701", "TX", List.of(items));
    }

    /** The hospital: repeat imaging, and later the operating room and stay. */
    static ProviderGroup hospital(Item... items) {
        return ProviderGroup.of("St. Brigid Medical Center", "1987654328", "741234599",
                "4500 Medical Pkwy, Austin, TX 78756", "TX", List.of(items));
    }

    static Item item(LocalDate date, String code, String type, String description, String units, String charge) {
        return new Item(date, code, type, description, List.of("M17.11"), Integer.parseInt(units), Money.of(charge));
    }

    static Section workup() {
        return Section.of("Second-opinion workup", List.of(
                practice(item(SERVICE_DATE, "99204", "CPT", "New patient office visit, 45 minutes or more", "1", "310.00"),
                        item(SERVICE_DATE, "73721-26", "CPT", "Reading of an outside knee MRI", "1", "124.50")),
                hospital(item(SERVICE_DATE, "73721", "CPT", "MRI of the right knee without contrast", "1", "1800.00"))));
    }

    static Section surgery() {
        return Section.of("Option: Total knee replacement", List.of(
                practice(item(SURGERY_DATE, "27447", "CPT", "Total knee replacement, surgeon's fee", "1", "4250.00")),
                hospital(item(SURGERY_DATE, "470", "MS-DRG", "Hospital stay for a joint replacement", "1", "28760.00"),
                        item(SURGERY_DATE, "J2405", "HCPCS", "Ondansetron injection, per 1 mg", "4", "36.00"))));
    }

    static GoodFaithEstimateDocument document() {
        return new GoodFaithEstimateDocument("EST-000123 v2", LocalDate.of(2026, 11, 30),
                GoodFaithEstimateDeadline.of(SCHEDULED_ON, SERVICE_DATE), "Maria Lopez", LocalDate.of(1958, 5, 14),
                "A second opinion on knee surgery for arthritis of the right knee", SERVICE_DATE,
                List.of("M17.11", "M25.561"), List.of(workup(), surgery()),
                List.of("Anesthesia for the knee replacement (Capitol Anesthesia Partners)", "Outpatient physical therapy"),
                CONTACT);
    }
}
