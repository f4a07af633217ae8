package org.partnermatch.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.ProblemException;
import org.partnermatch.taxonomy.CategoryDtos.CategoryRequest;
import org.partnermatch.taxonomy.CategoryDtos.CategoryResponse;

/** Owns the taxonomy: the tree, its two-level rule, and which codes other features may refer to. */
@ApplicationScoped
public class TaxonomyService {

    private final CategoryRepository categories;
    private final AuditService audit;

    public TaxonomyService(CategoryRepository categories, AuditService audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional
    public List<CategoryResponse> tree() {
        List<Category> all = categories.listOrdered();
        Map<String, List<CategoryResponse>> children = new LinkedHashMap<>();
        for (Category category : all) {
            if (category.parentCode != null) {
                children.computeIfAbsent(category.parentCode, k -> new ArrayList<>())
                        .add(CategoryResponse.from(category, List.of()));
            }
        }
        List<CategoryResponse> roots = new ArrayList<>();
        for (Category category : all) {
            if (category.parentCode == null) {
                roots.add(CategoryResponse.from(category, children.getOrDefault(category.code, List.of())));
            }
        }
        return roots;
    }

    @Transactional
    public Category get(String code) {
        Category category = categories.findById(code);
        if (category == null) {
            throw ProblemException.notFound("category", code);
        }
        return category;
    }

    public CategoryResponse view(Category category) {
        List<CategoryResponse> children = category.parentCode != null ? List.of()
                : categories.list("parentCode = ?1 order by sortOrder, code", category.code).stream()
                        .map(c -> CategoryResponse.from(c, List.of())).toList();
        return CategoryResponse.from(category, children);
    }

    @Transactional
    public Category create(CategoryRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ProblemException.badRequest("code", "must not be blank");
        }
        if (categories.findById(request.code()) != null) {
            throw ProblemException.conflict("A category with code '" + request.code() + "' already exists.");
        }
        Category category = new Category();
        category.code = request.code();
        apply(category, request);
        categories.persist(category);
        categories.flush();
        audit.record("category.created", "category", category.code, null, view(category));
        return category;
    }

    @Transactional
    public Category update(String code, CategoryRequest request, String ifMatch) {
        Category category = get(code);
        ETags.requireMatch(ifMatch, category.version);
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.badRequest("code", "cannot be changed; it must equal the code in the path");
        }
        if (request.parentCode() != null && categories.countChildren(code) > 0) {
            throw ProblemException.badRequest("parentCode", "a term with children must stay top-level");
        }
        CategoryResponse before = view(category);
        apply(category, request);
        categories.flush();
        audit.record("category.updated", "category", category.code, before, view(category));
        return category;
    }

    @Transactional
    public void delete(String code) {
        Category category = get(code);
        if (categories.countChildren(code) > 0) {
            throw ProblemException.conflict("Category '" + code + "' still has child terms.");
        }
        if (categories.countUses(code) > 0) {
            throw ProblemException.conflict("Category '" + code + "' is still used by needs or offerings.");
        }
        audit.record("category.deleted", "category", category.code, view(category), null);
        categories.delete(category);
    }

    private void apply(Category category, CategoryRequest request) {
        if (request.parentCode() != null) {
            if (request.parentCode().equals(category.code)) {
                throw ProblemException.badRequest("parentCode", "must not be the term itself");
            }
            Category parent = categories.findById(request.parentCode());
            if (parent == null) {
                throw ProblemException.badRequest("parentCode", "no category with code '" + request.parentCode() + "'");
            }
            if (parent.parentCode != null) {
                throw ProblemException.badRequest("parentCode", "must be a top-level term (the taxonomy has two levels)");
            }
        }
        category.parentCode = request.parentCode();
        category.name = request.name().trim();
        category.description = request.description();
        category.sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
        if (request.household() != null) {
            category.household = request.household();
        }
        if (request.nameTranslations() != null) {
            category.nameTranslations.clear();
            request.nameTranslations().forEach((language, name) -> category.nameTranslations.put(language, name.strip()));
        }
    }

    /**
     * Whether needs in this category concern the household (the term or its parent is flagged household-level), so
     * may name grades outside the school's own. False for an unknown code.
     */
    @Transactional
    public boolean isHousehold(String code) {
        Category category = code == null ? null : categories.findById(code);
        if (category == null) {
            return false;
        }
        if (category.household) {
            return true;
        }
        Category parent = category.parentCode == null ? null : categories.findById(category.parentCode);
        return parent != null && parent.household;
    }

    /** Parent of each code (null for top-level terms): the read model that matching and filters work from. */
    @Transactional
    public Map<String, String> parents() {
        return categories.parentsByCode();
    }

    /** Display names by code. */
    @Transactional
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Category category : categories.listOrdered()) {
            names.put(category.code, category.name);
        }
        return names;
    }

    /**
     * Display names by code in a language (ISO 639 code: "es"): each term's translated name, or its English name
     * when it has none in that language.
     */
    @Transactional
    public Map<String, String> names(String language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Category category : categories.listOrdered()) {
            String translated = language == null ? null : category.nameTranslations.get(language);
            names.put(category.code, translated == null || translated.isBlank() ? category.name : translated);
        }
        return names;
    }

    /** Fails with 400 naming {@code field} unless the code exists. */
    @Transactional
    public void requireKnown(String field, String code) {
        if (categories.findById(code) == null) {
            throw ProblemException.badRequest(field, "unknown category '" + code + "'; see GET /api/v1/categories");
        }
    }

    /** Fails with 400 naming the offending element ({@code field[i]}) unless every code exists. */
    @Transactional
    public void requireAllKnown(String field, List<String> codes) {
        Map<String, String> parents = parents();
        for (int i = 0; i < codes.size(); i++) {
            if (!parents.containsKey(codes.get(i))) {
                throw ProblemException.badRequest(field + "[" + i + "]",
                        "unknown category '" + codes.get(i) + "'; see GET /api/v1/categories");
            }
        }
    }

    /** 400 for a filter naming a category the taxonomy does not have. */
    public static ProblemException unknownCategory(String field, String code) {
        return ProblemException.badRequest(field, "unknown category '" + code + "'; see GET /api/v1/categories");
    }

    /** A code and, for a top-level term, all its children: what a filter on that category should include. */
    @Transactional
    public Set<String> expand(String field, String code) {
        Set<String> codes = withChildren(code, parents(), parent -> parent);
        if (codes == null) {
            throw unknownCategory(field, code);
        }
        return codes;
    }

    /**
     * {@code code} and the codes whose parent it is (a top-level term's children), from a taxonomy held as
     * {@code byCode} with each term's parent; null when it has no such code. The one rule for what a category filter
     * takes in, whether the taxonomy is read from the database ({@link #expand}) or from the search index.
     */
    public static <C> Set<String> withChildren(String code, Map<String, C> byCode, Function<C, String> parentOf) {
        if (!byCode.containsKey(code)) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code);
        byCode.forEach((child, term) -> {
            if (code.equals(parentOf.apply(term))) {
                codes.add(child);
            }
        });
        return codes;
    }
}
