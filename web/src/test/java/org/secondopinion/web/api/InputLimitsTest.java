package org.secondopinion.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.File;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secondopinion.legal.boundary.CaseForm;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;

/**
 * Issue 10, items 3, 8 and 12, kept true for forms and bodies added later: every text field of every request body
 * and form has a length limit and the plain-text check, and every date a plausible range; every body is validated.
 * The classes are discovered: each JAX-RS resource's POST, PUT and PATCH bodies, and every {@code *Form} of the
 * boundaries, with the classes they nest.
 */
class InputLimitsTest {

    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, Context.class, FormParam.class, BeanParam.class, CookieParam.class, MatrixParam.class);

    @Test
    void everyBodyOfTheApiIsValidated() throws Exception {
        List<String> unvalidated = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isWrite(method)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (isBody(parameter) && !parameter.isAnnotationPresent(Valid.class)) {
                        unvalidated.add(resource.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(resources()).hasSizeGreaterThan(8);
        assertThat(unvalidated).as("bodies without @Valid").isEmpty();
    }

    @Test
    void everyTextHasALimitAndThePlainTextCheckAndEveryDateARange() throws Exception {
        Set<Class<?>> inputs = inputClasses();
        assertThat(inputs).as("discovered inputs").hasSizeGreaterThan(25)
                .contains(CaseForm.class, LegalHoldsResource.Hold.class, ReferralsResource.StepRequest.class);
        List<String> missing = new ArrayList<>();
        for (Class<?> input : inputs) {
            for (Field field : fields(input)) {
                String name = input.getName() + "." + field.getName();
                if (field.getType() == String.class) {
                    if (!field.isAnnotationPresent(Size.class) || field.getAnnotation(Size.class).max() == Integer.MAX_VALUE) {
                        missing.add(name + " has no @Size(max)");
                    }
                    if (!field.isAnnotationPresent(PlainText.class)) {
                        missing.add(name + " has no @PlainText");
                    }
                } else if (field.getType() == LocalDate.class && !field.isAnnotationPresent(DateWithin.class)) {
                    missing.add(name + " has no @DateWithin");
                } else if (List.class.isAssignableFrom(field.getType())) {
                    AnnotatedType element = ((AnnotatedParameterizedType) field.getAnnotatedType())
                            .getAnnotatedActualTypeArguments()[0];
                    if (element.getType() == String.class && (!element.isAnnotationPresent(Size.class)
                            || !element.isAnnotationPresent(PlainText.class))) {
                        missing.add(name + "'s elements have no @Size or @PlainText");
                    }
                    if (isOurs(element.getType()) && !((Class<?>) element.getType()).isEnum()
                            && !field.isAnnotationPresent(Valid.class)) {
                        missing.add(name + " is not @Valid");
                    }
                } else if (isOurs(field.getType()) && !field.getType().isEnum() && !field.isAnnotationPresent(Valid.class)) {
                    missing.add(name + " is not @Valid");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void anOverLongTextIsRefusedNamingTheField() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new LegalHoldsResource.Hold("x".repeat(401))))
                    .singleElement().satisfies(v -> {
                        assertThat(v.getPropertyPath().toString()).isEqualTo("reason");
                        assertThat(v.getMessage()).isEqualTo("Reason is at most 400 characters.");
                    });
            assertThat(validator.validate(new LegalHoldsResource.Hold("x".repeat(400)))).isEmpty();
        }
    }

    private static boolean isWrite(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class);
    }

    private static boolean isBody(Parameter parameter) {
        if (parameter.getType() == InputStream.class || parameter.getType().isPrimitive()) {
            return false;
        }
        for (Annotation annotation : parameter.getAnnotations()) {
            if (NOT_A_BODY.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }

    private static Set<Class<?>> inputClasses() throws Exception {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (isWrite(method)) {
                    for (Parameter parameter : method.getParameters()) {
                        if (isBody(parameter)) {
                            collect(parameter.getType(), found);
                        }
                    }
                }
            }
        }
        for (Class<?> form : classesOf(CaseForm.class, name -> name.matches("org/secondopinion/\\w+/boundary/[A-Za-z]+Form(\\$\\w+)?\\.class"))) {
            collect(form, found);
        }
        return found;
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!isOurs(type) || type.isEnum() || !found.add(type)) {
            return;
        }
        for (Field field : fields(type)) {
            if (List.class.isAssignableFrom(field.getType())
                    && field.getAnnotatedType() instanceof AnnotatedParameterizedType list
                    && list.getAnnotatedActualTypeArguments()[0].getType() instanceof Class<?> element) {
                collect(element, found);
            } else {
                collect(field.getType(), found);
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        return Stream.of(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
    }

    private static boolean isOurs(java.lang.reflect.Type type) {
        return type instanceof Class<?> c && c.getName().startsWith("org.secondopinion.");
    }

    private static List<Class<?>> resources() throws Exception {
        return classesOf(LegalCasesResource.class, name -> name.startsWith("org/secondopinion/web/api/") && name.endsWith(".class"))
                .stream().filter(c -> c.isAnnotationPresent(Path.class)).toList();
    }

    /** The classes beside a known one (its directory or its jar) whose resource names pass a test. */
    private static List<Class<?>> classesOf(Class<?> known, java.util.function.Predicate<String> wanted) throws Exception {
        URL location = known.getProtectionDomain().getCodeSource().getLocation();
        File root = new File(location.toURI());
        List<String> names = new ArrayList<>();
        if (root.isDirectory()) {
            try (Stream<java.nio.file.Path> files = Files.walk(root.toPath())) {
                files.filter(Files::isRegularFile)
                        .map(p -> root.toPath().relativize(p).toString().replace(File.separatorChar, '/'))
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(root)) {
                for (Enumeration<java.util.jar.JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    names.add(entries.nextElement().getName());
                }
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (wanted.test(name)) {
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                        InputLimitsTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
