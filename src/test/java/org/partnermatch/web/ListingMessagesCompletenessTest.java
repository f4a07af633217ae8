package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The listings pages' translations against their English (ListingMessages): Spanish has every key, the other offered
 * languages the public organization page's ({@code org_}), none a key English lacks, each with its review note.
 */
class ListingMessagesCompletenessTest {

    private static Set<String> english() {
        Set<String> keys = new TreeSet<>();
        for (Method method : ListingMessages.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(io.quarkus.qute.i18n.Message.class)) {
                keys.add(method.getName());
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "so", "vi", "zh-Hant", "am"})
    void everyOfferedLanguageHasTheKeysItMust(String tag) throws IOException {
        Properties words = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/listing_" + tag + ".properties")) {
            assertThat(in).as("messages/listing_%s.properties", tag).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("REVIEW STATUS");
            words.load(new java.io.StringReader(text));
        }
        List<String> required = english().stream().filter(k -> "es".equals(tag) || k.startsWith("org_")).toList();
        assertThat(required).as("keys missing from listing_%s", tag).allMatch(words::containsKey);
        assertThat(words.stringPropertyNames()).as("keys English lacks").allMatch(english()::contains);
        assertThat(words.stringPropertyNames()).allMatch(k -> !words.getProperty(k).isBlank());
    }
}
