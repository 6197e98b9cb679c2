package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.referral.entity.Referral;

/**
 * {@code POST /fhir/Task}: a Task whose focus is a contained ServiceRequest is a whole referral, taken in; a Task
 * whose focus is {@code ServiceRequest/{id}} of this server names a referral whose Task exists already (every
 * referral has {@code Task/{same id}}): answered 200 with its location, nothing written. A plain provider.
 */
@Dependent
public class TaskIntake implements SystemProvider {

    @Inject
    FhirIntake intake;

    @Create(type = Task.class)
    public MethodOutcome create(@ResourceParam Task task) {
        FhirErrors.requireBody(task, "Task");
        Optional<Long> existing = ReferralBundle.focusId(task);
        if (existing.isPresent()) {
            Referral referral;
            try {
                referral = intake.referrals().open(existing.get());
            } catch (RecordNotFound unknown) {
                throw ReferralBundle.unprocessable("Task.focus", "There is no ServiceRequest/" + existing.get()
                        + " here: send the ServiceRequest contained in the Task, or as a transaction Bundle.");
            }
            long version = FhirIds.version(referral);
            return new MethodOutcome(new IdType("Task", referral.getId().toString(), Long.toString(version)), false);
        }
        Referral referral = intake.takeIn(intake.reader().readTask(task).form());
        long version = FhirIds.version(referral);
        return new MethodOutcome(new IdType("Task", referral.getId().toString(), Long.toString(version)), true);
    }
}
