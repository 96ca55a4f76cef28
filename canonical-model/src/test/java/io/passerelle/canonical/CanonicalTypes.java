package io.passerelle.canonical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The canonical types as compiled: the public records and enums of the model, event and notice packages.
 * Read from the classes directory, so a type added tomorrow is seen without anyone listing it.
 */
public final class CanonicalTypes {

    public static final List<String> PACKAGES = List.of("io.passerelle.canonical", "io.passerelle.canonical.event",
            "io.passerelle.canonical.notice");

    private CanonicalTypes() {
    }

    public static List<Class<?>> all() {
        return PACKAGES.stream().flatMap(CanonicalTypes::typesIn).toList();
    }

    private static Stream<Class<?>> typesIn(String packageName) {
        try (Stream<Path> files = Files.list(mainClassesFolder().resolve(packageName.replace('.', '/')))) {
            List<Class<?>> types = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
                    .<Class<?>>map(name -> load(packageName + "." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> Modifier.isPublic(type.getModifiers()) && (type.isRecord() || type.isEnum()))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
            return types.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** target/classes, not target/test-classes, which holds test classes in the same packages. */
    private static Path mainClassesFolder() {
        URL location = Product.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path folder = Path.of(location.toURI());
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("the model's classes are not a folder but " + folder);
            }
            return folder;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
