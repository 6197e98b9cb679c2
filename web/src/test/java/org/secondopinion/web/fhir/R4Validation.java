package org.secondopinion.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's instance validator against the base FHIR R4 StructureDefinitions (from {@code
 * hapi-fhir-validation-resources-r4}), built once per test JVM: its first use reads every definition (about 25 s and
 * 200 MB here), so every test shares this one. Codes of external systems (ICD-10-CM, CPT, LOINC) cannot be checked
 * offline; the validator reports those as warnings or information, which {@link #errors} leaves out.
 */
public final class R4Validation {

    private static FhirValidator validator;

    private R4Validation() {
    }

    public static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext context = FhirContexts.r4();
            ValidationSupportChain support = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context));
            FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
            validator = context.newValidator().registerValidatorModule(instanceValidator);
        }
        return validator;
    }

    /** The errors (severity error or fatal) of validating this resource, each with its location; empty if valid. */
    public static List<String> errors(IBaseResource resource) {
        return errorsOf(validator().validateWithResult(resource));
    }

    /** The errors of validating this resource, given as JSON or XML text. */
    public static List<String> errors(String resource) {
        return errorsOf(validator().validateWithResult(resource));
    }

    private static List<String> errorsOf(ValidationResult result) {
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validation::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity() + " at " + message.getLocationString() + ": " + message.getMessage();
    }
}
