package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.EmbeddedPostgresResource;
import org.partnermatch.vocabulary.Languages;

/** The language names in the search documents (table language_name, V10) are the API's (Languages). */
@QuarkusTest
class LanguageNamesTest {

    @Test
    void everyLanguageCodeHasItsNameInTheDatabase() throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (Connection c = EmbeddedPostgresResource.connect();
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT code, name FROM language_name")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, String> expected = new HashMap<>();
        Languages.codes().forEach(code -> expected.put(code, Languages.name(code)));
        assertThat(stored).isEqualTo(expected);
    }
}
