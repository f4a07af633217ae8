package org.partnermatch.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One address's choice for one kind of e-mail, where it differs from (or restates) the default. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @EmbeddedId
    public Key key;

    public boolean enabled;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Embeddable
    public record Key(String address, @Enumerated(EnumType.STRING) NotificationKind kind) implements Serializable {
    }
}
