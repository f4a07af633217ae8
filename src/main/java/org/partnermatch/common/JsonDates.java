package org.partnermatch.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Dates in request bodies are ISO strings ({@code "2027-08-14"}) only. Jackson would otherwise take a bare number
 * as days since 1970, so {@code -801624} became a date 2,000 years BC that the service stored and then wrote back
 * longer than any date the contract allows; such a value is now a 400 naming the field.
 */
@Singleton
public class JsonDates implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    }
}
