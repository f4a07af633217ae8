package org.partnermatch.recognition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RecognitionRepository implements PanacheRepositoryBase<Recognition, UUID> {
}
