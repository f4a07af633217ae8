package org.partnermatch.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {

    public List<Category> listOrdered() {
        return list("order by sortOrder, code");
    }

    public long countChildren(String code) {
        return count("parentCode", code);
    }

    public long countUses(String code) {
        return getEntityManager()
                .createQuery("select (select count(n) from Need n where n.categoryCode = :code)"
                        + " + (select count(o) from Offering o join o.categories c where c = :code)", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
