package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.error.StoreUnavailableException;

/** Migrations are found by listing their folder, in a directory (tests, IDEs) as in a jar (applications). */
class ClasspathFolderTest {
    private static final String FOLDER = "db/migration/probe";
    /** Out of order, with a subfolder and a file that is no script, as a real folder might be. */
    private static final List<String> ENTRIES = List.of(
            FOLDER + "/V10__tenth.sql", FOLDER + "/V2__second.sql", FOLDER + "/V1_1__first_and_a_bit.sql",
            FOLDER + "/README.md", FOLDER + "/nested/V3__not_this_one.sql", "db/migration/V4__not_this_either.sql");

    @TempDir
    Path temp;

    @Test
    void listsTheFilesOfAFolderInAJar() throws IOException {
        try (URLClassLoader loader = loaderOf(jar(true))) {
            assertEquals(List.of("README.md", "V10__tenth.sql", "V1_1__first_and_a_bit.sql", "V2__second.sql"),
                    ClasspathFolder.fileNames(loader, FOLDER));
        }
    }

    @Test
    void listsTheFilesOfAFolderInADirectory() throws IOException {
        try (URLClassLoader loader = loaderOf(directory())) {
            assertEquals(List.of("README.md", "V10__tenth.sql", "V1_1__first_and_a_bit.sql", "V2__second.sql"),
                    ClasspathFolder.fileNames(loader, FOLDER));
        }
    }

    @Test
    void theScriptsOfAFolderInAJarComeInVersionOrder() throws IOException {
        try (URLClassLoader loader = loaderOf(jar(true))) {
            List<MigrationScript> scripts = MigrationScript.inFolder(loader, FOLDER);

            assertEquals(List.of("1.1", "2", "10"), scripts.stream().map(MigrationScript::version).toList());
            assertEquals("-- V2__second.sql\n", scripts.get(1).text());
        }
    }

    @Test
    void aMissingFolderIsAnError() throws IOException {
        try (URLClassLoader loader = loaderOf(jar(true))) {
            var error = assertThrows(StoreUnavailableException.class, () -> ClasspathFolder.fileNames(loader, "db/migration/none"));

            assertEquals("the classpath folder db/migration/none is missing or empty", error.getMessage());
            assertFalse(error.retryable());
        }
    }

    /** A jar packed without directory entries hides its folders from the class loader: that must not pass as "no migrations". */
    @Test
    void aJarWithoutDirectoryEntriesIsAnErrorNotAnEmptyList() throws IOException {
        try (URLClassLoader loader = loaderOf(jar(false))) {
            var error = assertThrows(StoreUnavailableException.class, () -> ClasspathFolder.fileNames(loader, FOLDER));

            assertEquals("the classpath folder " + FOLDER + " is missing or empty", error.getMessage());
            assertFalse(error.retryable());
        }
    }

    private Path jar(boolean withDirectoryEntries) throws IOException {
        Path jar = temp.resolve("probe.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (withDirectoryEntries) {
                for (String directory : List.of("db/", "db/migration/", FOLDER + "/", FOLDER + "/nested/")) {
                    out.putNextEntry(new JarEntry(directory));
                    out.closeEntry();
                }
            }
            for (String entry : ENTRIES) {
                out.putNextEntry(new JarEntry(entry));
                write(out, entry);
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path directory() throws IOException {
        Path root = temp.resolve("classes");
        for (String entry : ENTRIES) {
            Path file = root.resolve(entry);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out, entry);
            }
        }
        return root;
    }

    private static void write(OutputStream out, String entry) throws IOException {
        out.write(("-- " + entry.substring(entry.lastIndexOf('/') + 1) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** No parent: the test's own classpath must not answer for the probe folder. */
    private static URLClassLoader loaderOf(Path entry) throws IOException {
        return new URLClassLoader(new URL[] {entry.toUri().toURL()}, null);
    }
}
