package org.secondopinion.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class of one business component depends on another business component beyond its boundary: on its control,
 * or on its entities, except where a pair below allows them (an estimate is priced from a fee schedule and keeps
 * the prices it found).
 */
final class OtherBusinessComponentBeyondItsBoundary extends ArchCondition<JavaClass> {

    private static final Pattern COMPONENT = Pattern.compile("org\\.secondopinion\\.(referral|legal|feeschedule|estimate)\\.([a-z]+).*");

    /** component -> component.package it may use besides the boundary */
    private static final Set<String> ALSO_ALLOWED = Set.of("estimate->feeschedule.entity");

    OtherBusinessComponentBeyondItsBoundary() {
        super("depend on another business component only through its boundary");
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        Optional<String> own = component(item.getPackageName()).map(m -> m.group(1));
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
            component(dependency.getTargetClass().getPackageName())
                    .filter(target -> own.isPresent() && !target.group(1).equals(own.get()))
                    .filter(target -> !target.group(2).equals("boundary"))
                    .filter(target -> !ALSO_ALLOWED.contains(own.get() + "->" + target.group(1) + "." + target.group(2)))
                    .ifPresent(target -> events.add(SimpleConditionEvent.violated(dependency,
                            dependency.getDescription())));
        }
    }

    private static Optional<Matcher> component(String packageName) {
        Matcher matcher = COMPONENT.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
