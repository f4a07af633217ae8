package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.ResourceClasses;

/**
 * Every record a resource reads from a request body carries {@link PlainText}, so no text field, old or new, can
 * store control characters. (The web forms and CSV imports build the same records and validate them the same way.)
 */
class PlainTextCoverageTest {

    @Test
    void everyRequestBodyRecordIsPlainText() {
        Set<String> bodies = new TreeSet<>();
        Set<String> unguarded = new TreeSet<>();
        for (JavaClass javaClass : ResourceClasses.all()) {
            Class<?> type = javaClass.reflect();
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (isBody(parameter) && parameter.getType().isRecord()) {
                        bodies.add(parameter.getType().getName());
                        if (!parameter.getType().isAnnotationPresent(PlainText.class)) {
                            unguarded.add(parameter.getType().getName());
                        }
                    }
                }
            }
        }
        assertThat(bodies).as("request body records found").hasSizeGreaterThan(10);
        assertThat(unguarded).as("request body records without @PlainText").isEmpty();
    }

    /** A parameter with no JAX-RS or RESTEasy Reactive source annotation is the request body. */
    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                return false;
            }
        }
        return true;
    }
}
