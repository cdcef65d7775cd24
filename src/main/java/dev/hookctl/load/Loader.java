package dev.hookctl.load;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.diag.Location;
import dev.hookctl.diag.RuleInfo;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.Span;
import dev.hookctl.yaml.YamlLimits;
import dev.hookctl.yaml.YamlNode.Mapping;
import dev.hookctl.yaml.YamlProblem;
import dev.hookctl.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns paths into manifests. Folders are walked recursively (hidden folders and {@code target/}
 * skipped, links followed, loops reported); files are read and parsed in parallel, each exactly
 * once; {@code -} is standard input.
 */
public final class Loader {
    /** The name standard input is shown under. */
    public static final String STDIN_NAME = "<stdin>";

    private final Path workingDirectory;
    private final InputStream stdin;
    private final YamlLimits limits;
    private final YamlReader reader;

    public Loader(Path workingDirectory, InputStream stdin, YamlLimits limits) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.stdin = stdin;
        this.limits = limits;
        this.reader = new YamlReader(limits);
    }

    public Loader(Path workingDirectory, InputStream stdin) {
        this(workingDirectory, stdin, YamlLimits.DEFAULT);
    }

    /** A path named on the command line that does not exist: a usage-level failure (exit 3). */
    public static final class MissingInputException extends Exception {
        public MissingInputException(String path) {
            super(path);
        }
    }

    public LoadResult load(List<String> inputs) throws MissingInputException {
        List<Path> named = new ArrayList<>();
        for (String input : inputs) {
            if (!input.equals("-")) {
                Path p = workingDirectory.resolve(input).normalize();
                if (!Files.exists(p)) {
                    throw new MissingInputException(input);
                }
                named.add(p);
            }
        }
        // files are parsed while the walk goes on; each file once, however many ways lead to it
        Workers.Stream<Input, FileOutcome> parsing = new Workers.Stream<>(8, "hookctl-parse", this::loadOne);
        Set<Object> seen = new HashSet<>();
        Consumer<Input> found = i -> {
            if (seen.add(identity(i))) {
                parsing.submit(i);
            }
        };
        List<Diagnostic> walkProblems = new ArrayList<>();
        Iterator<Path> next = named.iterator();
        for (String input : inputs) {
            if (input.equals("-")) {
                found.accept(new Input(Optional.empty(), STDIN_NAME, null));
                continue;
            }
            Path p = next.next();
            if (Files.isDirectory(p)) {
                walk(p, found, walkProblems);
            } else {
                found.accept(new Input(Optional.of(p), display(p), attributes(p)));
            }
        }
        List<FileOutcome> outcomes = new ArrayList<>(parsing.results());
        // in the order users see paths (a walk returns a folder's entries unordered): the catalog
        // keeps it (LoadResult), and the report's sort of a sorted list is one comparison per file
        outcomes.sort(BY_DISPLAY_PATH);
        List<SourceFile> files = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>(walkProblems);
        int skipped = 0;
        boolean unreadable = !walkProblems.isEmpty();
        for (FileOutcome o : outcomes) {
            o.file().ifPresent(files::add);
            docs.addAll(o.documents());
            diags.addAll(o.diagnostics());
            skipped += o.skipped();
            unreadable |= o.unreadable();
        }
        return new LoadResult(files, docs, diags, skipped, unreadable);
    }

    /** Reads one text as if it were a file (used for configuration files and tests). */
    public YamlReader.Result parse(SourceFile file) {
        return reader.read(file);
    }

    /** A file to read; {@code attributes} (of the file a link leads to) are null for standard input. */
    private record Input(Optional<Path> path, String display, BasicFileAttributes attributes) {}

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // reading it will say why
        }
    }

    private record FileOutcome(Optional<SourceFile> file, List<Document> documents, List<Diagnostic> diagnostics,
                               int skipped, boolean unreadable, String display) {}

    private static final java.util.Comparator<FileOutcome> BY_DISPLAY_PATH = new java.util.Comparator<>() {
        @Override
        public int compare(FileOutcome a, FileOutcome b) {
            return a.display().compareTo(b.display());
        }
    };

    /**
     * The file itself (device and inode), so a file reached twice through a symbolic link is read
     * once; the real path where the platform has no file keys.
     */
    private static Object identity(Input i) {
        if (i.attributes() != null && i.attributes().fileKey() != null) {
            return i.attributes().fileKey();
        }
        return i.path().map(Loader::realPath).orElse("-");
    }

    private static String realPath(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize().toString();
        }
    }

    private void walk(Path root, Consumer<Input> found, List<Diagnostic> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root)) {
                                String name = dir.getFileName().toString();
                                if (name.startsWith(".") || name.equals("target")) {
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            // hidden files (.hookctl.yaml, .gitlab-ci.yml, .pre-commit-config.yaml) are tool
                            // configuration, not manifests; a file named explicitly is still read
                            if (name.startsWith(".") || !isManifestName(name)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                found.accept(new Input(Optional.of(file), display(file), attrs));
                            } else if (attrs.isSymbolicLink()) {
                                // links are followed, so a link still seen as a link points nowhere
                                problems.add(ioProblem(display(file), "a broken symbolic link"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException
                                    ? "a symbolic link loops back to a folder above it; it was not followed"
                                    : e instanceof AccessDeniedException ? "permission denied"
                                    : e instanceof NoSuchFileException ? "a broken symbolic link"
                                    : String.valueOf(e.getMessage());
                            problems.add(ioProblem(display(file), why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(ioProblem(display(root), String.valueOf(e.getMessage())));
        }
    }

    /** Whether hookctl reads a file of this name when it walks a folder (.yaml, .yml, .json). */
    public static boolean isManifestName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private FileOutcome loadOne(Input input) {
        byte[] bytes;
        try {
            if (input.path().isEmpty()) {
                bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            } else {
                Path p = input.path().get();
                long size = input.attributes() != null ? input.attributes().size() : Files.size(p);
                if (size > limits.maxFileBytes()) {
                    SourceFile empty = new SourceFile(input.path(), input.display(), "");
                    return new FileOutcome(Optional.of(empty), List.of(), List.of(diag(LoadRules.YAML_LIMIT, empty,
                            Span.START, String.format("the file is %,d bytes; hookctl reads files of at most %,d bytes",
                                    size, limits.maxFileBytes()),
                            "split it, or leave it out of the paths given to hookctl", Optional.empty())), 0, false,
                            input.display());
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
            return new FileOutcome(Optional.empty(), List.of(), List.of(ioProblem(input.display(), why)), 0, true,
                    input.display());
        }
        if (bytes.length > limits.maxFileBytes()) {
            SourceFile empty = new SourceFile(input.path(), input.display(), "");
            return new FileOutcome(Optional.of(empty), List.of(), List.of(diag(LoadRules.YAML_LIMIT, empty, Span.START,
                    "standard input holds more than " + limits.maxFileBytes() + " bytes", "", Optional.empty())), 0,
                    false, input.display());
        }
        YamlReader.DecodedText decoded = YamlReader.decode(bytes);
        // only a regular file can be read again later; a pipe or device keeps its text
        SourceFile file = input.path().isPresent() && input.attributes() != null && input.attributes().isRegularFile()
                ? SourceFile.reloadable(input.path().get(), input.display(), decoded.text())
                : new SourceFile(input.path(), input.display(), decoded.text());
        List<Diagnostic> diags = new ArrayList<>();
        if (decoded.problem().isPresent()) {
            diags.add(toDiagnostic(file, decoded.problem().get()));
            return new FileOutcome(Optional.of(file), List.of(), diags, 0, false, input.display());
        }
        YamlReader.Result parsed;
        try {
            parsed = reader.read(file, decoded.text());
        } catch (RuntimeException e) {
            // an exception the YAML library did not document: one odd file must not end the run
            diags.add(diag(LoadRules.YAML_SYNTAX, file, Span.START, "the YAML parser failed on this file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "this is probably a bug in hookctl or its YAML library; please report it with the file",
                    Optional.empty()));
            return new FileOutcome(Optional.of(file), List.of(), diags, 0, false, input.display());
        }
        for (YamlProblem p : parsed.problems()) {
            diags.add(toDiagnostic(file, p));
        }
        List<Document> docs = new ArrayList<>();
        int skipped = 0;
        for (YamlReader.ParsedDocument d : expandLists(parsed.documents())) {
            Optional<Document> doc = classify(file, d);
            if (doc.isPresent()) {
                docs.add(doc.get());
            } else {
                skipped++;
                misspeltKind(file, d).ifPresent(diags::add);
            }
        }
        return new FileOutcome(Optional.of(file), docs, diags, skipped, false, input.display());
    }

    /**
     * A Kubernetes {@code List} (what {@code kubectl get ... -o yaml} prints) stands for its items:
     * each item is read as a document of its own, with the List's document index.
     */
    private static List<YamlReader.ParsedDocument> expandLists(List<YamlReader.ParsedDocument> docs) {
        List<YamlReader.ParsedDocument> out = new ArrayList<>(docs.size());
        for (YamlReader.ParsedDocument d : docs) {
            if (d.root() instanceof Mapping m && m.text("kind").filter(k -> k.equals("List")).isPresent()
                    && m.text("apiVersion").filter(v -> v.equals("v1")).isPresent()
                    && m.sequence("items").isPresent()) {
                for (dev.hookctl.yaml.YamlNode item : m.sequence("items").get().items()) {
                    out.add(new YamlReader.ParsedDocument(d.index(), item));
                }
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private static Optional<Document> classify(SourceFile file, YamlReader.ParsedDocument d) {
        if (!(d.root() instanceof Mapping root)) {
            return Optional.empty();
        }
        Optional<String> apiVersion = root.text("apiVersion");
        Optional<String> kind = root.text("kind");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Kind.of(apiVersion.get(), kind.get()).map(k -> new Document(file, d.index(), k, root));
    }

    /**
     * A skipped document whose kind is one letter or two away from a kind hookctl knows, in the
     * same API group: almost certainly a typo that would make Codefresh or Argo ignore it too.
     */
    private static Optional<Diagnostic> misspeltKind(SourceFile file, YamlReader.ParsedDocument d) {
        if (!(d.root() instanceof Mapping root)) {
            return Optional.empty();
        }
        Optional<String> apiVersion = root.text("apiVersion");
        Optional<dev.hookctl.yaml.YamlNode.Scalar> kind = root.scalar("kind");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        String group = apiVersion.get().contains("/") ? apiVersion.get().substring(0, apiVersion.get().indexOf('/'))
                : apiVersion.get();
        List<String> sameGroup = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k.group().equals(group)) {
                sameGroup.add(k.kindName());
            }
        }
        String written = kind.get().value();
        for (String known : sameGroup) {
            if (dev.hookctl.diag.Suggestions.distance(written.toLowerCase(java.util.Locale.ROOT),
                    known.toLowerCase(java.util.Locale.ROOT)) <= 2) {
                return Optional.of(diag(LoadRules.UNKNOWN_KIND, file, kind.get().span(),
                        "unknown kind \"" + written + "\" in " + group + "; the document is skipped",
                        "did you mean \"" + known + "\"?", Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static Diagnostic toDiagnostic(SourceFile file, YamlProblem p) {
        RuleInfo rule = switch (p.code()) {
            case YamlProblem.DUPLICATE_KEY -> LoadRules.YAML_DUPLICATE_KEY;
            case YamlProblem.LIMIT -> LoadRules.YAML_LIMIT;
            case YamlProblem.ENCODING -> LoadRules.YAML_ENCODING;
            default -> LoadRules.YAML_SYNTAX;
        };
        return diag(rule, file, p.span(), p.message(), p.hint(), p.related());
    }

    private static Diagnostic diag(RuleInfo rule, SourceFile file, Span span, String message, String hint,
                                   Optional<Span> related) {
        return new Diagnostic(rule.id(), rule.severity(), message, hint, new Location(file, span),
                related.map(r -> List.of(new Location(file, r))).orElse(List.of()));
    }

    private static Diagnostic ioProblem(String display, String why) {
        SourceFile f = new SourceFile(Optional.empty(), display, "");
        return diag(LoadRules.IO_ERROR, f, Span.START, "cannot read " + display + ": " + why,
                "fix the permissions or the link, or leave the path out", Optional.empty());
    }

    /** The path as users should see it: relative to the working directory when under it. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path shown = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
        String s = PathText.slashed(shown);
        return s.isEmpty() ? "." : s;
    }
}
