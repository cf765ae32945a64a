package org.learningstore.sqlite.internal;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.learningstore.core.error.StoreUnavailableException;

/** The files directly inside a classpath folder, whether it lies in a directory or in a jar. */
final class ClasspathFolder {
    private ClasspathFolder() {
    }

    /**
     * The names of the folder's files (not its subfolders), sorted, across every classpath entry
     * that holds the folder. None is an error the store cannot open with, since a packaging that
     * drops the folder would otherwise pass unseen.
     */
    static List<String> fileNames(ClassLoader loader, String folder) {
        SortedSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                names.addAll(fileNames(url));
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot list the classpath folder " + folder + ": " + e.getMessage(), false, e);
        }
        if (names.isEmpty()) {
            throw new StoreUnavailableException("the classpath folder " + folder + " is missing or empty", false, null);
        }
        return List.copyOf(names);
    }

    private static List<String> fileNames(URL url) throws IOException {
        if (url.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
            } catch (URISyntaxException e) {
                throw new IOException("not a file path: " + url, e);
            }
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            String prefix = jar.getEntryName().endsWith("/") ? jar.getEntryName() : jar.getEntryName() + "/";
            try (JarFile file = jar.getJarFile()) {
                return file.stream()
                        .map(JarEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.length() > prefix.length()
                                && name.indexOf('/', prefix.length()) < 0)
                        .map(name -> name.substring(prefix.length()))
                        .toList();
            }
        }
        throw new IOException("cannot list " + url + ": neither a directory nor a jar");
    }
}
