package org.secondopinion.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The API's operations as the code declares them: each resource method by its HTTP method and its path as the
 * OpenAPI document writes it ({@code /api/referrals/{id}/steps}), found by reading the resource classes of this
 * package. The OpenAPI filter ({@link ProblemResponses}) takes request bodies and answers from them; the
 * in-container test compares the document with them.
 */
public final class ApiRoutes {

    private static final String PACKAGE = ApiRoutes.class.getPackageName();

    private final Map<String, Method> byOperation;

    private ApiRoutes(Map<String, Method> byOperation) {
        this.byOperation = byOperation;
    }

    /** The routes of the resource classes in this package, read with the class loader that loaded it. */
    public static ApiRoutes scan() {
        return of(resourceClasses(ApiRoutes.class.getClassLoader()));
    }

    /** The routes of these resource classes. */
    public static ApiRoutes of(List<Class<?>> resources) {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
        Map<String, Method> byOperation = new TreeMap<>();
        for (Class<?> resource : resources) {
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path own = method.getAnnotation(Path.class);
                String path = join(root, base.value(), own == null ? "" : own.value());
                byOperation.put(key(http, path), method);
            }
        }
        return new ApiRoutes(byOperation);
    }

    /** The resource method of an operation; path as in the document, with or without the {@code /api} root. */
    public Optional<Method> method(String httpMethod, String path) {
        Method method = byOperation.get(key(httpMethod, path));
        return Optional.ofNullable(method != null ? method : byOperation.get(key(httpMethod, "/api" + path)));
    }

    /** Every operation, as "{@code METHOD /path}". */
    public List<String> operations() {
        return List.copyOf(byOperation.keySet());
    }

    /** The type of the request body the method reads (its parameter bound by nothing but the body), or null. */
    public static Parameter body(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean bound = Arrays.stream(parameter.getAnnotations()).anyMatch(a -> a.annotationType()
                    .getPackageName().equals("jakarta.ws.rs") || a.annotationType() == Context.class);
            if (!bound) {
                return parameter;
            }
        }
        return null;
    }

    /** True when the body is JSON bound to a type, not a stream of bytes taken as sent. */
    public static boolean boundFromJson(Parameter body) {
        Class<?> type = body.getType();
        return !(InputStream.class.isAssignableFrom(type) || type == byte[].class || type == String.class
                || type.getName().startsWith("jakarta.ws.rs.") || type.getName().startsWith("jakarta.json."));
    }

    /**
     * The Java type of the body the method answers with this code, or empty when it answers none or no type can be
     * read: the {@code implementation} its {@code @APIResponse} for the code names (an array for
     * {@code type = ARRAY}; the problem detail left out), else for a 2xx code the type the method returns (not a
     * {@link jakarta.ws.rs.core.Response}, a stream or bytes, whose body the code builds itself).
     */
    public static Optional<java.lang.reflect.Type> answer(Method method, String code) {
        for (APIResponse declared : method.getAnnotationsByType(APIResponse.class)) {
            if (!declared.responseCode().equals(code)) {
                continue;
            }
            for (Content content : declared.content()) {
                Class<?> implementation = content.schema().implementation();
                if (implementation != Void.class && implementation != Problem.class) {
                    return Optional.of(content.schema().type() == SchemaType.ARRAY ? implementation.arrayType()
                            : implementation);
                }
            }
        }
        Class<?> returned = method.getReturnType();
        if (!code.startsWith("2") || returned == void.class || returned == jakarta.ws.rs.core.Response.class
                || InputStream.class.isAssignableFrom(returned) || returned == byte[].class
                || returned.getName().startsWith("jakarta.ws.rs.") || returned.getName().startsWith("jakarta.json.")) {
            return Optional.empty();
        }
        return Optional.of(method.getGenericReturnType());
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String key(String httpMethod, String path) {
        return httpMethod.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** The path as the document writes it: one slash between parts, a template's regular expression left out. */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static List<Class<?>> resourceClasses(ClassLoader loader) {
        String folder = PACKAGE.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> places = loader.getResources(folder);
            while (places.hasMoreElements()) {
                URL place = places.nextElement();
                if ("file".equals(place.getProtocol())) {
                    File[] files = new File(URLDecoder.decode(place.getPath(), StandardCharsets.UTF_8)).listFiles();
                    for (File file : files == null ? new File[0] : files) {
                        names.add(file.getName());
                    }
                } else if (place.openConnection() instanceof JarURLConnection jar) {
                    try (JarFile file = jar.getJarFile()) {
                        for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                            String name = entry.getName();
                            if (name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                                names.add(name.substring(folder.length() + 1));
                            }
                        }
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            if (!name.endsWith(".class") || name.contains("$")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(PACKAGE + "." + name.substring(0, name.length() - ".class".length()),
                        false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            } catch (ClassNotFoundException | LinkageError unloadable) {
                // not a class of this package after all
            }
        }
        return resources;
    }
}
