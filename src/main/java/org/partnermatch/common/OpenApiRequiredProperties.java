package org.partnermatch.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lists under {@code required} every property a response always carries, so generated clients do not type every
 * field as optional. The rule, written once: a component of a response record is present unless it is
 * {@link Nullable}, an {@link Optional} or a boxed number or boolean ({@code Integer}, {@code Double},
 * {@code Boolean} …, whose type already says it may be absent); the service writes no nulls, so a null component is
 * left out of the JSON.
 * Schemas that a request body also uses are left alone: there, {@code required} follows Bean Validation
 * ({@code @NotNull}, {@code @NotBlank}), which SmallRye already reads.
 *
 * <p>Runs at build time, where the application's classes are on the class loader: each record under
 * {@code org.partnermatch} is matched to its schema by name ({@code @Schema(name)} or the simple name; a generic
 * record also to its parameterised schemas such as {@code PageResponseNeedResponse}) and only when the schema's
 * properties are exactly the record's JSON properties.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiRequiredProperties implements OASFilter {

    private static final String ROOT = "org/partnermatch";

    /** A boxed number or boolean says by its type that it may be absent (a primitive is always there). */
    private static final Set<Class<?>> BOXED = Set.of(Integer.class, Long.class, Double.class, Float.class,
            Short.class, Byte.class, Boolean.class, java.math.BigDecimal.class);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> requestSchemas = requestSchemas(openAPI, schemas);
        List<Class<?>> records = records();
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            String name = entry.getKey();
            Schema schema = entry.getValue();
            if (requestSchemas.contains(name) || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            Class<?> record = recordFor(name, schema, records);
            if (record == null) {
                continue;
            }
            Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            for (RecordComponent component : record.getRecordComponents()) {
                if (alwaysPresent(component)) {
                    required.add(jsonName(component));
                }
            }
            schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
        }
    }

    /**
     * Whether a record component is always written: neither {@link Nullable} nor {@link Optional}, and not left out
     * when empty by a {@code @JsonInclude(NON_EMPTY)} (as problem details leave out an empty violation list).
     */
    public static boolean alwaysPresent(RecordComponent component) {
        if (component.isAnnotationPresent(Nullable.class) || component.getType() == Optional.class
                || BOXED.contains(component.getType()) || !written(component)) {
            return false;
        }
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        if (include == null) {
            include = component.getDeclaringRecord().getAnnotation(JsonInclude.class);
        }
        boolean omitsEmpty = include != null && (include.value() == JsonInclude.Include.NON_EMPTY
                || include.value() == JsonInclude.Include.NON_DEFAULT);
        return !omitsEmpty || (component.getType().isPrimitive() && include.value() == JsonInclude.Include.NON_EMPTY);
    }

    /** Whether Jackson writes a record component at all (not {@code @JsonIgnore}d). */
    public static boolean written(RecordComponent component) {
        JsonIgnore ignore = component.getAccessor().getAnnotation(JsonIgnore.class);
        if (ignore == null) {
            try {
                ignore = component.getDeclaringRecord().getDeclaredField(component.getName())
                        .getAnnotation(JsonIgnore.class);
            } catch (NoSuchFieldException e) {
                ignore = null;
            }
        }
        return ignore == null || !ignore.value();
    }

    /** The JSON property name of a record component (its {@code @JsonProperty}, if any). */
    public static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            try {
                property = component.getDeclaringRecord().getDeclaredField(component.getName())
                        .getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                property = null;
            }
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Class<?> recordFor(String schemaName, Schema schema, List<Class<?>> records) {
        Class<?> found = null;
        for (Class<?> record : records) {
            String name = schemaName(record);
            boolean byName = name.equals(schemaName)
                    || (record.getTypeParameters().length > 0 && schemaName.startsWith(name));
            if (byName && schema.getProperties().keySet().equals(properties(record))) {
                if (found != null) {
                    return null; // two records fit: leave the schema as it is rather than guess
                }
                found = record;
            }
        }
        return found;
    }

    private static String schemaName(Class<?> record) {
        org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
                record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return annotation != null && !annotation.name().isEmpty() ? annotation.name() : record.getSimpleName();
    }

    private static Set<String> properties(Class<?> record) {
        Set<String> names = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (written(component)) {
                names.add(jsonName(component));
            }
        }
        return names;
    }

    /** Every component schema a request body reaches, through $refs. */
    private static Set<String> requestSchemas(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> reached = new HashSet<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return reached;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> reach(media.getSchema(), schemas, reached));
                }
            }
        }
        return reached;
    }

    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (reached.add(name)) {
                reach(schemas.get(name), schemas, reached);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> reach(p, schemas, reached));
        }
        reach(schema.getItems(), schemas, reached);
        if (schema.getAdditionalPropertiesSchema() != null) {
            reach(schema.getAdditionalPropertiesSchema(), schemas, reached);
        }
        for (List<Schema> group : Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(g -> g != null).toList()) {
            group.forEach(s -> reach(s, schemas, reached));
        }
    }

    /** The application's record classes, read from the class loader the build runs with. */
    static List<Class<?>> records() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Map<String, Class<?>> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            for (URL url : Collections.list(roots)) {
                for (String className : classNames(url)) {
                    try {
                        Class<?> type = Class.forName(className, false, loader);
                        if (type.isRecord()) {
                            found.put(className, type);
                        }
                    } catch (ClassNotFoundException | LinkageError e) {
                        // not loadable here (a test-only or optional class): not part of the contract
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(found.values());
    }

    private static List<String> classNames(URL url) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            return List.of();
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            }
            try {
                return classNames(fs.getPath("/" + ROOT), fs.getPath("/"));
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        }
        if ("file".equals(uri.getScheme())) {
            Path dir = Path.of(uri);
            Path root = dir;
            for (int i = 0; i < ROOT.split("/").length; i++) {
                root = root.getParent();
            }
            return classNames(dir, root);
        }
        return List.of();
    }

    private static List<String> classNames(Path dir, Path root) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .map(s -> s.substring(s.startsWith("/") ? 1 : 0, s.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }
}
