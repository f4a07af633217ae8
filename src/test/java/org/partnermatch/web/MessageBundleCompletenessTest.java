package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translations against the English messages (WebMessages): Spanish has every key; the other offered languages
 * have every key of the public pages ({@link WebLanguage.PUBLIC_GROUPS}); no file has a key English lacks or a blank
 * value, each uses the parameters its message names, and each opens with its community-review note.
 */
class MessageBundleCompletenessTest {

    /** Key → parameter names, from the interfaces (the key is the method's name). */
    private static Map<String, List<String>> english() {
        Map<String, List<String>> keys = english(WebMessages.class);
        keys.putAll(english(WorkMessages.class));
        return keys;
    }

    private static Map<String, List<String>> english(Class<?> bundle) {
        Map<String, List<String>> keys = new TreeMap<>();
        for (Method method : bundle.getDeclaredMethods()) {
            if (method.isAnnotationPresent(io.quarkus.qute.i18n.Message.class)) {
                keys.put(method.getName(), Arrays.stream(method.getParameters()).map(Parameter::getName).toList());
            }
        }
        return keys;
    }

    private static String text(String tag) throws IOException {
        return text("msg", tag);
    }

    private static String text(String bundle, String tag) throws IOException {
        try (InputStream in = MessageBundleCompletenessTest.class.getResourceAsStream(
                "/messages/" + bundle + "_" + tag + ".properties")) {
            assertThat(in).as("messages/%s_%s.properties", bundle, tag).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The language's files of both bundles, merged (a bundle without a file for it adds nothing). */
    private static Properties load(String tag) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(text(tag)));
        if (MessageBundleCompletenessTest.class.getResource("/messages/work_" + tag + ".properties") != null) {
            properties.load(new java.io.StringReader(text("work", tag)));
        }
        return properties;
    }

    private static boolean isPublic(String key) {
        return WebLanguage.PUBLIC_GROUPS.stream().anyMatch(key::startsWith);
    }

    @Test
    void spanishHasEveryKey() throws IOException {
        Properties spanish = load("es");
        List<String> missing = english().keySet().stream().filter(k -> !spanish.containsKey(k)).toList();
        assertThat(missing).as("keys missing from msg_es.properties").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "so", "vi", "zh-Hant", "am"})
    void publicPagesAreComplete(String tag) throws IOException {
        Properties translation = load(tag);
        List<String> missing = english().keySet().stream().filter(MessageBundleCompletenessTest::isPublic)
                .filter(k -> !translation.containsKey(k)).toList();
        assertThat(missing).as("public-page keys missing from msg_%s.properties", tag).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "so", "vi", "zh-Hant", "am"})
    void noStrayKeysNoBlanksAndTheSameParameters(String tag) throws IOException {
        Map<String, List<String>> english = english();
        Properties translation = load(tag);
        List<String> problems = new ArrayList<>();
        for (String key : translation.stringPropertyNames()) {
            String value = translation.getProperty(key);
            if (!english.containsKey(key)) {
                problems.add(key + ": not a key of WebMessages");
            } else if (value.isBlank()) {
                problems.add(key + ": blank");
            } else {
                for (String parameter : english.get(key)) {
                    if (!value.matches("(?s).*\\{[^}]*\\b" + parameter + "\\b[^}]*}.*")) {
                        problems.add(key + ": does not use {" + parameter + "}");
                    }
                }
            }
        }
        assertThat(problems).as("msg_%s.properties", tag).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"msg_es", "work_es", "msg_so", "msg_vi", "msg_zh-Hant", "msg_am"})
    void eachFileIsMarkedForCommunityReview(String file) throws IOException {
        String text = text(file.substring(0, file.indexOf('_')), file.substring(file.indexOf('_') + 1));
        assertThat(text.lines().findFirst().orElse("")).startsWith("#");
        assertThat(text.lines().takeWhile(l -> l.startsWith("#")).toList())
                .anyMatch(l -> l.contains("REVIEW STATUS"))
                .anyMatch(l -> l.contains("native") && l.contains("review"));
    }

    @Test
    void eachBundleStaysUnderThreeHundredMessages() {
        // Quarkus 3.34 generates code that fails verification for a message bundle of more than 300 messages
        assertThat(english(WebMessages.class)).hasSizeLessThanOrEqualTo(300);
        assertThat(english(WorkMessages.class)).hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void everyOfferedLanguageHasAFile() {
        for (WebLanguage language : WebLanguage.ALL) {
            if (!language.english()) {
                assertThat(MessageBundleCompletenessTest.class.getResource("/messages/msg_" + language.tag() + ".properties"))
                        .as(language.tag()).isNotNull();
            }
        }
    }
}
