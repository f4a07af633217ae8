package org.partnermatch.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.List;

/** The product's resource classes (annotated {@link Path}), read from its compiled classes, for tests that check every one. */
public final class ResourceClasses {

    private static List<JavaClass> all;

    private ResourceClasses() {
    }

    public static synchronized List<JavaClass> all() {
        if (all == null) {
            all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.partnermatch").stream().filter(type -> type.isAnnotatedWith(Path.class))
                    .toList();
        }
        return all;
    }
}
