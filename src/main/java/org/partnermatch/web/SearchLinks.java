package org.partnermatch.web;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links of the search page: the current search with one filter set (or the page moved), properly encoded. */
@TemplateData
public final class SearchLinks {

    private final Map<String, String> params = new LinkedHashMap<>();

    public SearchLinks(Map<String, String> current) {
        current.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                params.put(key, value);
            }
        });
    }

    /** The search with {@code key} set to {@code value}, back on the first page. */
    public String with(String key, Object value) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.remove("page");
        next.put(key, value == null ? "" : value.toString());
        return url(next);
    }

    /** The search without any filter: only the words and the school. */
    public String cleared() {
        Map<String, String> next = new LinkedHashMap<>();
        if (params.containsKey("q")) {
            next.put("q", params.get("q"));
        }
        if (params.containsKey("schoolId")) {
            next.put("schoolId", params.get("schoolId"));
        }
        return url(next);
    }

    public String page(int page) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.put("page", Integer.toString(page));
        return url(next);
    }

    private static String url(Map<String, String> values) {
        StringBuilder url = new StringBuilder("/search");
        char sep = '?';
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) {
                continue;
            }
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }
}
