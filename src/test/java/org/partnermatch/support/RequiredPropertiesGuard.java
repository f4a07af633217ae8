package org.partnermatch.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.jboss.logging.Logger;
import org.partnermatch.common.OpenApiRequiredProperties;

/**
 * Holds every test's responses to the contract's {@code required} lists: a record component that the contract says
 * is always present ({@link OpenApiRequiredProperties#alwaysPresent}) must not be null in any response a test
 * provokes. A null one fails that response (500, logged with the record and component), so a response record that
 * can leave a field out has to say so with {@code @Nullable}, and the contract follows. A response filter, not a
 * writer interceptor: it looks at the entity without changing how the body is written.
 */
@Provider
public class RequiredPropertiesGuard implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RequiredPropertiesGuard.class);

    /** Every record component seen null although required ("Record.component"), for tests to read. */
    public static final Set<String> NULL_REQUIRED = new ConcurrentSkipListSet<>();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext context) {
        Object entity = context.getEntity();
        if (entity != null) {
            Set<String> found = new java.util.TreeSet<>();
            walk(entity, found, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
            if (!found.isEmpty()) {
                NULL_REQUIRED.addAll(found);
                LOG.errorf("Response breaks the contract's required properties (mark them @Nullable or fill them): %s",
                        found);
                if (!Boolean.getBoolean("partnermatch.required-guard.report-only")) {
                    context.setStatus(500);
                    context.setEntity("A required response property is null: " + found,
                            new java.lang.annotation.Annotation[0], MediaType.TEXT_PLAIN_TYPE);
                }
            }
        }
    }

    private static void walk(Object value, Set<String> found, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> walk(item, found, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> walk(item, found, seen));
        } else if (value.getClass().isRecord() && value.getClass().getName().startsWith("org.partnermatch.")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (!OpenApiRequiredProperties.written(component)) {
                    continue; // not in the JSON at all
                }
                Object child;
                try {
                    component.getAccessor().setAccessible(true);
                    child = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                if (child == null && OpenApiRequiredProperties.alwaysPresent(component)) {
                    found.add(value.getClass().getName() + "." + component.getName());
                }
                walk(child, found, seen);
            }
        }
    }
}
