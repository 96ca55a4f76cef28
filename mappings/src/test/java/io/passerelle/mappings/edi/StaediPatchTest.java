package io.passerelle.mappings.edi;

import static org.assertj.core.api.Assertions.assertThat;

import io.xlate.edi.stream.EDIInputFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Passerelle carries a patch on one StAEDI class (see the comment in our copy of {@code UsageNode}). These checks make
 * the patch visible: the copy must be the class the JVM loads, and a StAEDI upgrade must make someone decide whether the
 * patch is still needed (upstreamed, or to be re-applied to the new source).
 */
class StaediPatchTest {

    private static final String PATCHED_ON = "1.26.0";
    private static final String PATCHED_CLASS = "io.xlate.edi.internal.stream.validation.UsageNode";

    @Test
    void thePatchedValidatorNodeIsTheOneLoadedNotTheLibrarys() throws Exception {
        Class<?> loaded = Class.forName(PATCHED_CLASS, false, EDIInputFactory.class.getClassLoader());
        URL loadedFrom = loaded.getProtectionDomain().getCodeSource().getLocation();
        URL libraryFrom = EDIInputFactory.class.getProtectionDomain().getCodeSource().getLocation();

        assertThat(loadedFrom).as("UsageNode must come from Passerelle's mappings, ahead of StAEDI on the class path")
                .isNotEqualTo(libraryFrom);
        assertThat(loaded.getDeclaredField("dirty")).as("the patched UsageNode").isNotNull();
    }

    @Test
    void theStaediVersionIsTheOneThePatchWasWrittenFor() throws Exception {
        Properties pom = new Properties();
        try (InputStream in = EDIInputFactory.class.getResourceAsStream("/META-INF/maven/io.xlate/staedi/pom.properties")) {
            assertThat(in).as("StAEDI's pom.properties").isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version"))
                .as("StAEDI moved: check whether it now includes the UsageNode change (then delete our copy) or"
                        + " re-apply the patch to the new version's source, and update this test")
                .isEqualTo(PATCHED_ON);
    }
}
