package org.partnermatch.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnermatch.vocabulary.Languages;

/**
 * The text areas of the organization and offering forms for their description in other languages: one for each
 * language the pages are offered in (but the district's own), and one for each other language already stored (sent
 * through the API), so saving the form keeps them.
 */
final class DescriptionTranslations {

    static final String FIELD = "descriptionTranslations";

    /** A text area: the form field's name, the ISO 639 code and the label (the language in itself and in English). */
    record Area(String name, String code, String label) {
    }

    private DescriptionTranslations() {
    }

    static List<Area> areas(Map<String, String> stored, FormView form) {
        String district = org.partnermatch.common.DistrictConventions.locale().getLanguage();
        Set<String> codes = new LinkedHashSet<>();
        for (WebLanguage language : WebLanguage.ALL) {
            codes.add(language.locale().getLanguage());
        }
        if (stored != null) {
            codes.addAll(new java.util.TreeSet<>(stored.keySet()));
        }
        codes.addAll(form.suffixes(FIELD));
        codes.remove(district);
        List<Area> areas = new ArrayList<>();
        for (String code : codes) {
            String english = Languages.name(code);
            String own = Languages.ownName(code);
            areas.add(new Area(FIELD + "." + code, code, own == null || own.equalsIgnoreCase(english) ? english
                    : own + " (" + english + ")"));
        }
        return areas;
    }

    /** The stored translations into the form's fields. */
    static FormView fill(FormView form, Map<String, String> stored) {
        if (stored != null) {
            stored.forEach((code, text) -> form.set(FIELD + "." + code, text));
        }
        return form;
    }
}
