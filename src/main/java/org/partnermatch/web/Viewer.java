package org.partnermatch.web;

import java.util.UUID;

/**
 * Who is looking at a page, for the templates: whether they are signed in and what they may act as (a person may be
 * district staff, staff of schools and staff of organizations at once), the school or organization when they are
 * staff of exactly one, the CSRF token every form carries, whether a stale sign-in was just dropped, and whether they
 * just came back from signing in again after their session ended.
 *
 * @param label   who is signed in, in plain words ("District staff", or an account's e-mail address)
 * @param account signed in with the district's provider (and so has an account page)
 */
public record Viewer(boolean signedIn, String label, boolean account, boolean district, boolean principal,
                     boolean partner, UUID schoolId, UUID organizationId, String csrf, boolean expired,
                     boolean resumed) {
}
