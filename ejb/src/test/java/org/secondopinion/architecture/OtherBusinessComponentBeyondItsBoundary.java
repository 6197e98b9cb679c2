package org.secondopinion.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A class of one business component depends on another business component's control or entity. */
final class OtherBusinessComponentBeyondItsBoundary extends ArchCondition<JavaClass> {

    private static final Pattern COMPONENT = Pattern.compile("org\\.secondopinion\\.(referral|legal|billing)\\.([a-z]+).*");

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
                    .ifPresent(target -> events.add(SimpleConditionEvent.violated(dependency,
                            dependency.getDescription())));
        }
    }

    private static Optional<Matcher> component(String packageName) {
        Matcher matcher = COMPONENT.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
