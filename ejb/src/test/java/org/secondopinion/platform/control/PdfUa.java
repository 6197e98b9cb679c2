package org.secondopinion.platform.control;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates a PDF against PDF/UA-1 (ISO 14289-1) with veraPDF, the checks a machine can make: tagging, artifacts,
 * tables and lists, fonts embedded with Unicode mappings, metadata, language and title.
 */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** The PDF/UA-1 rules the PDF breaks, each as "clause-test: description (n times)"; empty when it is valid. */
    public static List<String> violations(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage());
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant: " + result.getFailedChecks());
            }
            return List.copyOf(failed);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }
}
