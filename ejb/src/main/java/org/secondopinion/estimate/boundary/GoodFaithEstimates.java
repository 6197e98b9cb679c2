package org.secondopinion.estimate.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secondopinion.estimate.control.GoodFaithEstimateDeadline;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;

/** Turns an issued self-pay estimate into the contents of its Good Faith Estimate (45 CFR 149.610). */
final class GoodFaithEstimates {

    private GoodFaithEstimates() {
    }

    static GoodFaithEstimateDocument document(CostEstimate estimate, GoodFaithEstimateDeadline deadline,
                                              LocalDate issuedOn, String contact) {
        List<GoodFaithEstimateDocument.Section> sections = new ArrayList<>();
        for (String option : estimate.optionNames()) {
            Map<String, List<EstimateLine>> byProvider = new LinkedHashMap<>();
            for (EstimateLine line : estimate.linesOf(option)) {
                byProvider.computeIfAbsent(line.getProviderName(), k -> new ArrayList<>()).add(line);
            }
            List<GoodFaithEstimateDocument.ProviderGroup> groups = new ArrayList<>();
            BigDecimal sectionTotal = BigDecimal.ZERO.setScale(2);
            for (List<EstimateLine> lines : byProvider.values()) {
                EstimateLine first = lines.get(0);
                List<GoodFaithEstimateDocument.Item> items = new ArrayList<>();
                BigDecimal providerTotal = BigDecimal.ZERO.setScale(2);
                for (EstimateLine line : lines) {
                    items.add(new GoodFaithEstimateDocument.Item(line.getServiceDate(),
                            line.getCode() + (line.getModifiers() == null ? "" : "-" + line.getModifiers()),
                            line.getCodeType(), line.getDescription(), line.diagnosisCodeList(), line.getUnits(),
                            line.getPatientOwes()));
                    providerTotal = providerTotal.add(line.getPatientOwes());
                }
                groups.add(new GoodFaithEstimateDocument.ProviderGroup(first.getProviderName(), first.getProviderNpi(),
                        first.getProviderTin(), first.getProviderLocation(), first.getProviderState(), items,
                        providerTotal));
                sectionTotal = sectionTotal.add(providerTotal);
            }
            String title = CostEstimate.WORKUP.equals(option) ? option : "Option: " + option;
            sections.add(new GoodFaithEstimateDocument.Section(title, groups, sectionTotal));
        }
        return new GoodFaithEstimateDocument(estimate.reference(), issuedOn, deadline, estimate.getPatientName(),
                estimate.getPatientBirthDate(), estimate.getPrimaryService(), estimate.getServiceDate(),
                estimate.diagnosisCodeList(), sections, estimate.separatelyScheduledList(), contact);
    }
}
