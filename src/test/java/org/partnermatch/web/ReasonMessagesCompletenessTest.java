package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.matching.MatchDtos.ReasonDetail;
import org.partnermatch.matching.core.Reason;
import org.partnermatch.vocabulary.DistanceUnit;

/**
 * The words of match reasons: Spanish has every key of {@link ReasonMessages}, no key English lacks, no blank value
 * and every parameter its English uses; the pages have words for every key the scoring core gives a reason.
 */
class ReasonMessagesCompletenessTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private static Map<String, String> english() {
        Map<String, String> words = new TreeMap<>();
        for (Method method : ReasonMessages.class.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            if (message != null) {
                words.put(method.getName(), message.value());
            }
        }
        return words;
    }

    private static Properties spanish() throws IOException {
        try (InputStream in = ReasonMessagesCompletenessTest.class.getResourceAsStream("/messages/reason_es.properties")) {
            assertThat(in).as("messages/reason_es.properties").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).as("the review note").contains("REVIEW STATUS");
            Properties words = new Properties();
            words.load(new StringReader(text));
            return words;
        }
    }

    @Test
    void spanishHasEveryKeyWithEveryParameterAndNothingElse() throws IOException {
        Map<String, String> english = english();
        Properties spanish = spanish();
        assertThat(english).hasSizeLessThanOrEqualTo(300); // Quarkus 3.34's bundle limit
        assertThat(spanish.stringPropertyNames()).as("keys English lacks").allMatch(english::containsKey);
        english.forEach((key, words) -> {
            String translated = spanish.getProperty(key);
            assertThat(translated).as("reason_es: %s", key).isNotBlank();
            Matcher m = PARAMETER.matcher(words);
            while (m.find()) {
                assertThat(translated).as("reason_es: %s keeps {%s}", key, m.group(1)).contains(m.group());
            }
        });
    }

    @Test
    void thePagesHaveWordsForEveryReasonKey() {
        // messages that answer with their own name: a key the pages lack falls through to nothing
        ReasonMessages names = words(ReasonMessages.class);
        Choices choices = new Choices(List.of(), Map.of(), List.of(),
                new DistrictConventions.Dates(ZoneId.of("America/Los_Angeles"), Locale.US), DistanceUnit.miles,
                words(WebMessages.class), names);
        for (String key : Reason.KEYS) {
            if (!key.equals("sentence")) {
                assertThat(choices.reason(new ReasonDetail(key, Map.of()))).as("words for %s", key).isNotBlank();
            }
        }
        assertThat(choices.reason(new ReasonDetail("sentence", Map.of("text", "As written")))).isEqualTo("As written");
        assertThat(choices.reason(new ReasonDetail("newer.key", Map.of()))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <T> T words(Class<T> bundle) {
        return (T) Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] {bundle},
                (proxy, method, args) -> method.getName() + (args == null ? "" : java.util.Arrays.toString(args)));
    }
}
