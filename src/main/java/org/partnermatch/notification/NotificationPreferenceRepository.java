package org.partnermatch.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class NotificationPreferenceRepository
        implements PanacheRepositoryBase<NotificationPreference, NotificationPreference.Key> {

    /** Every kind's setting for an address: the stored choice, else the kind's default. */
    public Map<NotificationKind, Boolean> settingsOf(String address) {
        Map<NotificationKind, Boolean> settings = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            settings.put(kind, kind.onByDefault());
        }
        for (NotificationPreference p : list("key.address", address)) {
            settings.put(p.key.kind(), p.enabled);
        }
        return settings;
    }

    /** Addresses that switched on a kind that is off by default. */
    public List<String> optedIn(NotificationKind kind) {
        return getEntityManager().createQuery("select p.key.address from NotificationPreference p"
                + " where p.key.kind = :kind and p.enabled = true", String.class).setParameter("kind", kind)
                .getResultList();
    }

    /** Of these addresses, those that get this kind of e-mail. */
    public List<String> wanting(Collection<String> addresses, NotificationKind kind) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        List<String> decided = getEntityManager().createQuery("select p.key.address from NotificationPreference p"
                        + " where p.key.kind = :kind and p.enabled = :opposite and p.key.address in :addresses",
                        String.class)
                .setParameter("kind", kind)
                .setParameter("opposite", !kind.onByDefault())
                .setParameter("addresses", addresses)
                .getResultList();
        return addresses.stream().filter(a -> kind.onByDefault() != decided.contains(a)).toList();
    }
}
