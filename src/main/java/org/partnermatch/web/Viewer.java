package org.partnermatch.web;

import java.util.UUID;

/**
 * Who is looking at a page, for the templates: the role in plain words, the school or organization the token ties
 * them to, the CSRF token every form carries, and whether a stale session cookie was just dropped.
 */
public record Viewer(String role, String label, UUID schoolId, UUID organizationId, String csrf, boolean expired) {

    public boolean signedIn() {
        return role != null;
    }

    public boolean district() {
        return "district".equals(role);
    }

    public boolean principal() {
        return "principal".equals(role);
    }

    public boolean partner() {
        return "partner".equals(role);
    }
}
