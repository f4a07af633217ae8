package org.partnermatch.vocabulary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** US states, the District of Columbia and the territories with a USPS code, by code and by name. */
public final class UsStates {

    private static final Map<String, String> CODE_BY_NAME = new HashMap<>();

    static {
        String[][] states = {
            {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
            {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
            {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
            {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
            {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
            {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
            {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
            {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
            {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
            {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
            {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
            {"PR", "Puerto Rico"}, {"GU", "Guam"}, {"VI", "U.S. Virgin Islands"}, {"AS", "American Samoa"},
            {"MP", "Northern Mariana Islands"},
        };
        for (String[] state : states) {
            CODE_BY_NAME.put(key(state[0]), state[0]);
            CODE_BY_NAME.put(key(state[1]), state[0]);
        }
        CODE_BY_NAME.put(key("Washington State"), "WA");
        CODE_BY_NAME.put(key("Washington, D.C."), "DC");
        CODE_BY_NAME.put(key("Virgin Islands"), "VI");
    }

    private UsStates() {
    }

    /** The two-letter code of a state written as its code or its name ("wa", "Washington"); null when unknown. */
    public static String code(String codeOrName) {
        return codeOrName == null ? null : CODE_BY_NAME.get(key(codeOrName));
    }

    /** Any case, dots and runs of spaces ignored: "Washington, D.C.", "washington dc". */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace(".", "").replace(",", " ").trim().replaceAll("\\s+", " ");
    }
}
