package org.secondopinion.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.secondopinion.identity.boundary.SignedIn;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.web.admin.UserList;
import org.secondopinion.web.referral.ReferralCase;
import org.secondopinion.web.shell.Home;

/**
 * On a cluster the web session, and with it every view- and session-scoped page bean, is written to the
 * other members after each request and read back on the member a person's next request lands on. A page
 * bean that cannot be written breaks that person's page on failover, never on a single server, so this
 * test writes and reads each one here, and checks the declared type of every field it keeps, since a
 * freshly made bean holds none of the entities, forms and lists its page loads later.
 */
class SessionReplicationTest {

    /** Interfaces whose implementations a page keeps (ArrayList, List.of, EnumSet, HashMap...) are serialisable. */
    private static final Set<Class<?>> SERIALISABLE_COLLECTIONS = Set.of(Collection.class, List.class, Set.class,
            SortedSet.class, NavigableSet.class, Map.class, SortedMap.class, NavigableMap.class);

    /** Abstract classes all of whose JDK implementations are serialisable: every clock the JDK makes. */
    private static final Set<Class<?>> SERIALISABLE_IN_PRACTICE = Set.of(Clock.class);

    private static List<Class<?>> webClasses;
    private static List<Class<?>> pageBeans;

    @BeforeAll
    static void findThePageBeans() throws IOException, URISyntaxException {
        // the classes the web module compiled, read from the folder that holds this module's main classes
        // (ArchUnit's importer takes seconds here, resolving every library the pages use)
        Path main = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(main.resolve("org/secondopinion/web"))) {
            webClasses = files.filter(file -> file.toString().endsWith(".class"))
                    .<Class<?>>map(file -> load(main.relativize(file).toString())).toList();
        }
        pageBeans = webClasses.stream().filter(SessionReplicationTest::isKeptInTheSession)
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    private static Class<?> load(String classFile) {
        String name = classFile.substring(0, classFile.length() - ".class".length())
                .replace('/', '.').replace('\\', '.');
        try {
            return Class.forName(name, false, SessionReplicationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void findsThePageBeans() {
        // a scan that found nothing would pass every check below
        assertThat(pageBeans).hasSizeGreaterThan(20)
                .contains(ReferralCase.class, UserList.class);
    }

    @TestFactory
    Stream<DynamicTest> everyPageBeanIsSerialisable() {
        return pageBeans.stream().map(bean -> DynamicTest.dynamicTest(bean.getSimpleName(), () -> {
            assertThat(Serializable.class.isAssignableFrom(bean))
                    .as("%s is kept in the session and must implement Serializable", bean.getName()).isTrue();
            List<String> problems = new ArrayList<>();
            Set<Class<?>> checked = new HashSet<>();
            checkFields(bean, bean.getName(), checked, problems);
            // anonymous and local classes (a lazy table's model) live in the bean's fields too
            for (Class<?> type : webClasses) {
                if (isNestedIn(type, bean) && Serializable.class.isAssignableFrom(type)) {
                    checkFields(type, type.getName(), checked, problems);
                }
            }
            if (!problems.isEmpty()) {
                fail("Fields of " + bean.getName() + " that cannot be written with the session:\n  "
                        + String.join("\n  ", problems));
            }
            roundTrip(newInstance(bean));
        }));
    }

    /** The sign-in itself is a session attribute (SecondOpinionAuthentication), read on every request. */
    @Test
    void theSignInReplicates() {
        List<String> problems = new ArrayList<>();
        checkFields(SignedIn.class, SignedIn.class.getName(), new HashSet<>(), problems);
        assertThat(problems).as("fields that cannot be written with the session").isEmpty();
        SignedIn signedIn = new SignedIn("coordinator", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
        assertThat(roundTrip(signedIn)).isEqualTo(signedIn);
    }

    private static boolean isKeptInTheSession(Class<?> candidate) {
        if (candidate.isAnnotationPresent(SessionScoped.class) || candidate.isAnnotationPresent(ViewScoped.class)
                || candidate.isAnnotationPresent(ConversationScoped.class)) {
            return true;
        }
        // any other passivating scope (a Faces flow, a scope of a library) is kept in the session as well
        for (Annotation annotation : candidate.getAnnotations()) {
            NormalScope scope = annotation.annotationType().getAnnotation(NormalScope.class);
            if (scope != null && scope.passivating()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNestedIn(Class<?> type, Class<?> bean) {
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            if (outer == bean) {
                return true;
            }
        }
        return false;
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
        if (!checked.add(type)) {
            return;
        }
        if (isOurs(type) && !type.isRecord() && !type.isEnum() && !type.isInterface()
                && !declaresSerialVersionUid(type)) {
            // without one, the smallest change to the class makes members of different builds refuse each other's
            // sessions (a record needs none: the stream does not compare a record's serialVersionUID)
            problems.add(path + ": " + type.getName() + " declares no serialVersionUID");
        }
        if (type.isSealed()) {
            // a field of a sealed type holds one of the types it permits
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                checkType(permitted, path + "(" + permitted.getSimpleName() + ")", checked, problems);
            }
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            if (!isOurs(level)) {
                // a library's serialisable class (PrimeFaces' LazyDataModel) answers for its own fields
                break;
            }
            if (!Serializable.class.isAssignableFrom(level)
                    && Stream.of(level.getDeclaredFields()).anyMatch(SessionReplicationTest::isWrittenWithTheObject)) {
                // the stream skips a superclass that is not serialisable: its fields come back as its constructor
                // made them
                problems.add(path + ": superclass " + level.getName() + " is not Serializable, its fields are lost");
            }
            for (Field field : level.getDeclaredFields()) {
                if (isWrittenWithTheObject(field)) {
                    checkType(field.getGenericType(), path + "." + field.getName(), checked, problems);
                }
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof Class<?> raw) {
            if (raw.isPrimitive() || raw.isEnum()) {
                return;
            }
            if (raw.isArray()) {
                checkType(raw.getComponentType(), path + "[]", checked, problems);
            } else if (Serializable.class.isAssignableFrom(raw)) {
                if (isOurs(raw)) {
                    checkFields(raw, path, checked, problems);
                }
            } else if (SERIALISABLE_COLLECTIONS.contains(raw)) {
                problems.add(path + ": a raw " + raw.getName() + ", what it holds cannot be checked");
            } else if (!SERIALISABLE_IN_PRACTICE.contains(raw)) {
                problems.add(path + ": " + raw.getName() + " is not Serializable");
            }
        } else if (type instanceof ParameterizedType parameterized) {
            if (!SERIALISABLE_COLLECTIONS.contains(parameterized.getRawType())) {
                checkType(parameterized.getRawType(), path, checked, problems);
            }
            // what a list, map or model holds is written with it
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<" + argument.getTypeName() + ">", checked, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", checked, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, checked, problems);
            }
        } else if (!(type instanceof TypeVariable<?>)) {
            // a type variable is checked where the generic class is used with a type argument
            problems.add(path + ": cannot tell whether " + type.getTypeName() + " is serialisable");
        }
    }

    private static boolean declaresSerialVersionUid(Class<?> type) {
        try {
            Field uid = type.getDeclaredField("serialVersionUID");
            return Modifier.isStatic(uid.getModifiers()) && uid.getType() == long.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static boolean isWrittenWithTheObject(Field field) {
        int modifiers = field.getModifiers();
        // injected references are Weld's serialisable client proxies and EJB references
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class);
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("org.secondopinion.");
    }

    private static Object newInstance(Class<?> bean) throws ReflectiveOperationException {
        var constructor = bean.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static Object roundTrip(Object value) {
        try {
            return read(write(value));
        } catch (IOException | ClassNotFoundException e) {
            return fail(value.getClass().getName() + " cannot be written and read with the session: "
                    + culprit(value) + e, e);
        }
    }

    /** Which field of the object failed, since the stream names only the class that could not be written. */
    private static String culprit(Object value) {
        for (Class<?> level = value.getClass(); isOurs(level); level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object held = field.get(value);
                    if (held != null) {
                        read(write(held));
                    }
                } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                    return "field " + level.getName() + "." + field.getName() + ": ";
                }
            }
        }
        return "";
    }

    private static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
