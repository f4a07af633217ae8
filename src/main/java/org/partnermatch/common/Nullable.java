package org.partnermatch.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A response record component that may be null, and so is left out of the JSON (the service writes no nulls).
 * Every other component of a response record (but a boxed number or boolean) is always present: the contract lists it under {@code required}
 * ({@link OpenApiRequiredProperties}), so generated clients type it as present.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Nullable {
}
