package org.partnermatch.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form as a template shows it: current values (submitted or stored), the error per field, a general message. */
@TemplateData
public final class FormView {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String message;
    /** The reader's words for the summary; null for a form shown before any post (it has no errors). */
    private WebMessages msg;

    public static FormView empty() {
        return new FormView();
    }

    /** The form as submitted, with its errors. */
    public static FormView of(WebForm form) {
        FormView view = new FormView();
        form.values().forEach(view::set);
        view.errors.putAll(form.errors());
        view.message = form.message();
        view.msg = form.msg();
        return view;
    }

    /** Sets a value: a collection sets every element (checkboxes), null leaves the field empty. */
    public FormView set(String name, Object value) {
        if (value == null) {
            return this;
        }
        List<String> list = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> list.add(v == null ? "" : v instanceof Enum<?> e ? e.name() : v.toString()));
        } else {
            list.add(value instanceof Enum<?> e ? e.name() : value.toString());
        }
        values.put(name, list);
        return this;
    }

    public FormView message(String text) {
        this.message = text;
        return this;
    }

    /** The field's value, "" when empty. */
    public String v(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    /** The field's values joined with commas (for list fields typed as text). */
    public String joined(String name) {
        List<String> list = values.get(name);
        return list == null ? "" : String.join(", ", list);
    }

    /** Whether a checkbox or option is chosen. */
    public boolean on(String name, Object option) {
        List<String> list = values.get(name);
        return list != null && option != null && list.contains(option.toString());
    }

    /** The parts after {@code prefix.} of the fields named {@code prefix.<part>} ("descriptionTranslations.es" → "es"). */
    public java.util.Set<String> suffixes(String prefix) {
        java.util.Set<String> parts = new java.util.TreeSet<>();
        values.keySet().stream().filter(k -> k.startsWith(prefix + ".")).forEach(k -> parts.add(k.substring(prefix.length() + 1)));
        return parts;
    }

    /** The input's id: its name, prefixed where one page shows the same field more than once. */
    public String id(String name, Object prefix) {
        String p = prefix == null ? "" : prefix.toString();
        return p.isEmpty() ? name.replace('.', '-') : p + "-" + name.replace('.', '-');
    }

    public String err(String name) {
        return errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || message != null;
    }

    public String message() {
        return message;
    }

    /** Every error as "Field name: message", in the page's words, for the summary at the top of the form. */
    public List<String> errorList() {
        List<String> list = new ArrayList<>();
        WebMessages words = msg != null ? msg : io.quarkus.qute.i18n.MessageBundles.get(WebMessages.class);
        errors.forEach((field, text) -> list.add(words.form_field_problem(PlainWords.label(field, words), text)));
        return list;
    }
}
