package org.partnermatch.common;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Floating-point numbers are written with Jackson's Schubfach writer: the shortest decimal that reads back as the
 * same double, as {@link Double#toString} means to give, at a fraction of its cost. An explained match carries a few
 * dozen scores and weights; writing them was most of the time spent writing a school's matches.
 */
@Singleton
public class JsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
    }
}
