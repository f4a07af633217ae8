package org.partnermatch.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People with mailboxes on the suite's SMTP server ({@link MailServer}), and reading what they received: both parts
 * of an e-mail and the site paths its links lead to (links start with the test profile's site URL).
 */
public final class Mailboxes {

    private static final Pattern LINK = Pattern.compile("http://partnermatch\\.test(/[^\\s\"<>]*)");

    private Mailboxes() {
    }

    /** A person with a verified address and a membership of the place (scope school/organization/district). */
    public static String member(String scope, UUID placeId, String role) {
        String email = "m-" + UUID.randomUUID().toString().substring(0, 12) + "@mail.partnermatch.test";
        UUID user = UUID.randomUUID();
        Db.update("INSERT INTO app_user (id, issuer, subject, email, email_verified) VALUES ('" + user
                + "', 'https://idp.test', '" + user + "', '" + email + "', true)");
        String column = switch (scope) {
            case "school" -> "school_id";
            case "organization" -> "organization_id";
            default -> null;
        };
        Db.update("INSERT INTO membership (id, user_id, scope, " + (column == null ? "" : column + ", ")
                + "role, created_by) VALUES ('" + UUID.randomUUID() + "', '" + user + "', '" + scope + "', "
                + (column == null ? "" : "'" + placeId + "', ") + "'" + role + "', 'test')");
        return email;
    }

    /** Gives the organization its own contact address, so this test reads only its own e-mails. */
    public static String contactOf(UUID organization) {
        String email = "contact-" + UUID.randomUUID().toString().substring(0, 12) + "@mail.partnermatch.test";
        Db.update("UPDATE organization SET email = '" + email + "' WHERE id = '" + organization + "'");
        return email;
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Part part) throws Exception {
        return part(part, "text/plain");
    }

    public static String html(Part part) throws Exception {
        return part(part, "text/html");
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static List<String> paths(String body) {
        List<String> paths = new ArrayList<>();
        Matcher m = LINK.matcher(body);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }
}
