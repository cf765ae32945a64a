package org.learningstore.sqlite.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/** One versioned SQL script, named as Flyway names them: {@code V1_1__what_it_does.sql}. */
record MigrationScript(String version, String description, String fileName, String text) {
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(\\w+)\\.sql");

    /** Versions compare part by part as numbers: 1 < 1.1 < 2 < 10. */
    static final Comparator<String> VERSION_ORDER = (a, b) -> Arrays.compare(parts(a), parts(b));
    static final Comparator<MigrationScript> BY_VERSION = Comparator.comparing(MigrationScript::version, VERSION_ORDER);

    /** The {@code .sql} scripts of a classpath folder, in version order. */
    static List<MigrationScript> inFolder(ClassLoader loader, String location) {
        return ClasspathFolder.fileNames(loader, location).stream()
                .filter(fileName -> fileName.endsWith(".sql"))
                .map(fileName -> load(loader, location, fileName))
                .sorted(BY_VERSION)
                .toList();
    }

    static MigrationScript load(ClassLoader loader, String location, String fileName) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalArgumentException("not a versioned migration name: " + fileName);
        }
        String resource = location + "/" + fileName;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration script " + resource + " is missing from the classpath");
            }
            return new MigrationScript(name.group(1).replace('_', '.'), name.group(2).replace('_', ' '), fileName,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** CRC32 of the script's UTF-8 bytes. */
    long checksum() {
        var crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * The script's statements: a line ending in {@code ;} ends one, except inside a trigger, which
     * a line {@code END;} ends (its body holds {@code ;}); whole-line {@code --} comments are dropped.
     */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        var statement = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            boolean inTrigger = statement.toString().stripLeading().toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER");
            if (inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";")) {
                String complete = statement.toString().strip();
                statements.add(complete.substring(0, complete.length() - 1));
                statement.setLength(0);
            }
        }
        if (!statement.isEmpty()) {
            statements.add(statement.toString().strip());
        }
        return statements;
    }

    private static int[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
