package org.partnermatch.matching;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import org.partnermatch.matching.MatchDtos.SchoolMatch;

/**
 * A school's explained matches as {@link ShortlistCache} remembers them: the matches, and their JSON once written.
 * Writing the reasons and factor scores of every covered need is the bulk of a school-matches response, and the
 * remembered matches do not change while they are remembered, so the first response writes them and later ones copy
 * the same text. The JSON is written with the service's own object mapper settings (through the serializer provider
 * of the first response), so a response reads exactly as one written from the plain list would.
 */
final class SchoolMatchList extends AbstractList<SchoolMatch> {

    private final List<SchoolMatch> matches;
    private volatile String json;

    SchoolMatchList(List<SchoolMatch> matches) {
        this.matches = List.copyOf(matches);
    }

    @Override
    public SchoolMatch get(int index) {
        return matches.get(index);
    }

    @Override
    public int size() {
        return matches.size();
    }

    /** Writes the list as JSON the first time, then copies that text. */
    static final class Serializer extends StdSerializer<SchoolMatchList> {

        Serializer() {
            super(SchoolMatchList.class);
        }

        @Override
        public void serialize(SchoolMatchList value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            String json = value.json;
            if (json == null) {
                SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
                try (JsonGenerator own = gen.getCodec() != null
                        ? gen.getCodec().getFactory().createGenerator(out)
                        : new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
                    provider.defaultSerializeValue(value.matches, own);
                }
                json = out.getAndClear();
                value.json = json;
            }
            gen.writeRawValue(json);
        }
    }

    /** Registers the serializer with the service's object mapper. */
    @Singleton
    static final class Registration implements ObjectMapperCustomizer {

        @Override
        public void customize(com.fasterxml.jackson.databind.ObjectMapper mapper) {
            mapper.registerModule(module());
        }
    }

    static SimpleModule module() {
        return new SimpleModule("school-match-list").addSerializer(SchoolMatchList.class, new Serializer());
    }
}
