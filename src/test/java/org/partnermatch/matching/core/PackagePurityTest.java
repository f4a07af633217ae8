package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scoring core stays pure: it imports only java.* and the shared vocabulary, and holds no mutable static state.
 * (Reads the sources, so it runs from the module's base directory, as Maven does.)
 */
class PackagePurityTest {

    private static final Path SOURCES = Path.of("src/main/java/org/partnermatch/matching/core");

    private static List<Path> sources() throws IOException {
        assumeTrue(Files.isDirectory(SOURCES), "sources not found from " + Path.of("").toAbsolutePath());
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void importsOnlyJavaAndTheVocabulary() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sources()) {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("import ")) {
                    String imported = trimmed.substring("import ".length()).replace("static ", "");
                    if (!imported.startsWith("java.") && !imported.startsWith("org.partnermatch.vocabulary.")
                            && !imported.startsWith("org.partnermatch.matching.core.")) {
                        offending.add(file.getFileName() + ": " + trimmed);
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void mentionsNoFrameworkPackagesEvenFullyQualified() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            for (String framework : List.of("jakarta.", "javax.", "io.quarkus", "org.hibernate", "com.fasterxml")) {
                if (text.contains(framework)) {
                    offending.add(file.getFileName() + " mentions " + framework);
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void holdsNoMutableStaticState() throws Exception {
        List<String> offending = new ArrayList<>();
        for (Path file : sources()) {
            String name = file.getFileName().toString().replace(".java", "");
            if (name.equals("package-info")) {
                continue;
            }
            Class<?> type = Class.forName("org.partnermatch.matching.core." + name);
            List<Class<?>> types = new ArrayList<>(List.of(type));
            types.addAll(List.of(type.getDeclaredClasses()));
            for (Class<?> t : types) {
                for (Field f : t.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m) || f.isSynthetic() || f.isEnumConstant()) {
                        continue;
                    }
                    if (!Modifier.isFinal(m) || (f.getType().isArray() && !f.getName().equals("$VALUES"))) {
                        offending.add(t.getSimpleName() + "." + f.getName());
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
