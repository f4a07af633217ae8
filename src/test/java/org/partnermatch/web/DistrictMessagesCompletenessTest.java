package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The district pages' Spanish against their English (DistrictMessages): every key, no key English lacks, each with
 * the same parameters, and the file marked for community review.
 */
class DistrictMessagesCompletenessTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)\\b");

    @Test
    void spanishHasEveryKeyWithItsParameters() throws IOException {
        Map<String, String> english = new TreeMap<>();
        for (Method method : DistrictMessages.class.getDeclaredMethods()) {
            io.quarkus.qute.i18n.Message message = method.getAnnotation(io.quarkus.qute.i18n.Message.class);
            if (message != null) {
                english.put(method.getName(), message.value());
            }
        }
        Properties spanish = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/district_es.properties")) {
            assertThat(in).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("REVIEW STATUS");
            spanish.load(new StringReader(text));
        }
        assertThat(spanish.stringPropertyNames()).as("keys").isEqualTo(english.keySet());
        english.forEach((key, words) -> {
            assertThat(parameters(spanish.getProperty(key))).as("parameters of %s", key).isEqualTo(parameters(words));
            assertThat(spanish.getProperty(key)).as(key).isNotBlank().isNotEqualTo(words.isBlank() ? null : words);
        });
    }

    private static Set<String> parameters(String message) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
