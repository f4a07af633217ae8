package org.partnermatch.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person who signed in with the district's provider: (issuer, subject), with the provider's e-mail and name. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    public UUID id;

    public String issuer;

    public String subject;

    public String email;

    @Column(name = "email_verified")
    public boolean emailVerified;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
}
