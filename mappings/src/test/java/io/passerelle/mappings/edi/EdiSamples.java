package io.passerelle.mappings.edi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public EDI samples (files from other open-source projects, see their MANIFEST.tsv) live outside
 * this repository: {@code ../shared/edi-samples} relative to the repository root, or wherever the
 * system property {@code passerelle.edi-samples} points. They are read in place, never copied here.
 */
final class EdiSamples {

    static final String PROPERTY = "passerelle.edi-samples";
    private static final String DEFAULT = "../shared/edi-samples";

    private EdiSamples() {
    }

    /** The sample folder; skips the calling test when it is absent. */
    static Path folder() {
        Path folder = repositoryRoot().resolve(System.getProperty(PROPERTY, DEFAULT)).normalize();
        assumeTrue(Files.isDirectory(folder), folder + " not found: conformance tests skipped "
                + "(they use public samples that are not part of this repository)");
        return folder;
    }

    static Path sample(String name) {
        Path file = folder().resolve(name);
        assumeTrue(Files.isRegularFile(file), file + " not found: conformance tests skipped "
                + "(they use public samples that are not part of this repository)");
        return file;
    }

    /** The directory holding the Maven wrapper: tests run from the module's folder. */
    private static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("mvnw"))) {
                return candidate;
            }
        }
        return dir;
    }
}
