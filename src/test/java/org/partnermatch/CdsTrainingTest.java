package org.partnermatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link step of the class-data sharing training run, on a hand-written {@code -Xlog:class+load} file. */
class CdsTrainingTest {

    @Test
    void namesOnlyClassesReadFromFilesOrModules() {
        assertThat(CdsTraining.loadedFromFile("org.partnermatch.need.NeedService source: file:/d/app/partnermatch.jar"))
                .isEqualTo("org.partnermatch.need.NeedService");
        assertThat(CdsTraining.loadedFromFile("java.sql.Timestamp source: jrt:/java.sql")).isEqualTo("java.sql.Timestamp");
        assertThat(CdsTraining.loadedFromFile("org.jboss.logmanager.LogManager source: jar:file:/d/lib/x.jar!/"))
                .isEqualTo("org.jboss.logmanager.LogManager");
        // already in an archive, defined from memory, hidden or generated: nothing to link
        assertThat(CdsTraining.loadedFromFile("java.lang.Object source: shared objects file")).isNull();
        assertThat(CdsTraining.loadedFromFile("io.vertx.core.Vertx source: shared objects file (top)")).isNull();
        assertThat(CdsTraining.loadedFromFile("com.example.Proxy source: __JVM_LookupDefineClass__")).isNull();
        assertThat(CdsTraining.loadedFromFile("a.B$$Lambda$14/0x0000000800c0b000 source: a.B")).isNull();
        assertThat(CdsTraining.loadedFromFile("a.B$$Lambda$15 source: file:/x")).isNull();
        assertThat(CdsTraining.loadedFromFile("")).isNull();
        assertThat(CdsTraining.loadedFromFile("source: file:/x")).isNull();
    }

    @Test
    void linksEveryVisibleClassOfTheLogAndSkipsTheRest(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        Files.write(log, List.of(
                "org.partnermatch.CdsTraining source: file:/d/app/partnermatch.jar",
                "java.sql.Timestamp source: jrt:/java.sql",
                "org.partnermatch.NoSuchClass source: file:/d/app/partnermatch.jar",
                "java.lang.String source: shared objects file",
                "garbage"));
        assertThat(CdsTraining.linkLoadedClasses(log, CdsTrainingTest.class.getClassLoader())).isEqualTo(2);
    }
}
