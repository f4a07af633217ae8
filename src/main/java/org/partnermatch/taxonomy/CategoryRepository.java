package org.partnermatch.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {

    public List<Category> listOrdered() {
        return list("order by sortOrder, code");
    }

    /**
     * Each code with its parent's (null for a top-level term), in the taxonomy's order: read as plain values, with no
     * entity (and no translations) loaded, for the look-ups every filtered search makes.
     */
    public java.util.Map<String, String> parentsByCode() {
        java.util.Map<String, String> parents = new java.util.LinkedHashMap<>();
        for (Object[] row : getEntityManager()
                .createQuery("select c.code, c.parentCode from Category c order by c.sortOrder, c.code", Object[].class)
                .getResultList()) {
            parents.put((String) row[0], (String) row[1]);
        }
        return parents;
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
