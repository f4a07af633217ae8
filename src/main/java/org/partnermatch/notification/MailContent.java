package org.partnermatch.notification;

import java.util.List;

/**
 * What one e-mail says, before it is rendered as plain text and HTML: a subject (naming the school and organization),
 * a heading, paragraphs, labelled facts, and one action link (a path on this site). Never student data: needs are
 * aggregates, and only their titles and counts appear.
 */
public record MailContent(String subject, String heading, List<String> paragraphs, List<Fact> facts,
                          String actionLabel, String actionPath) {

    public record Fact(String label, String value) {
    }

    public MailContent {
        paragraphs = List.copyOf(paragraphs);
        facts = facts.stream().filter(f -> f.value() != null && !f.value().isBlank()).toList();
        // A subject is one line (a header); names with line breaks must never add headers.
        subject = oneLine(subject, 250);
    }

    static String oneLine(String text, int max) {
        String line = text.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
