package dev.hookctl.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every manifest by kind and name. The first document of a kind and name is the one lookups
 * return; later ones are kept as {@link #duplicates()} so a rule can name both places.
 */
public final class Catalog {
    /** A second document with the kind and name of an earlier one. */
    public record Duplicate(Document first, Document second) {}

    private final List<Document> documents;
    /** Every document of each kind, in file order (checks ask for these many times a run). */
    private final Map<Kind, List<Document>> listsByKind = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, Document>> byKind = new EnumMap<>(Kind.class);
    private final List<Duplicate> duplicates = new ArrayList<>();

    /** A catalog of {@code documents}, in any order: they are sorted by display path, then index. */
    public Catalog(List<Document> documents) {
        this(sorted(documents), true);
    }

    private static List<Document> sorted(List<Document> documents) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort((a, b) -> {
            int c = a.file().displayPath().compareTo(b.file().displayPath());
            return c != 0 ? c : Integer.compare(a.index(), b.index());
        });
        return List.copyOf(sorted);
    }

    /**
     * {@code documents}: an unmodifiable list in file order, which the catalog keeps. The flag only
     * tells this constructor from the public one, which sorts.
     */
    private Catalog(List<Document> documents, boolean inFileOrder) {
        this.documents = documents;
        Map<Kind, List<Document>> lists = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            byKind.put(k, new LinkedHashMap<>());
            lists.put(k, new ArrayList<>());
        }
        for (int i = 0; i < this.documents.size(); i++) {
            add(this.documents.get(i), lists);
        }
        lists.forEach((k, list) -> listsByKind.put(k, Collections.unmodifiableList(list)));
    }

    /**
     * One document into the lists and maps. A method of its own, called once per document: the JIT
     * compiles a method after a few hundred calls, while a loop's body stays in the interpreter
     * until the loop has turned 60,000 times.
     */
    private void add(Document d, Map<Kind, List<Document>> lists) {
        lists.get(d.kind()).add(d);
        if (d.name().isEmpty()) {
            return;
        }
        Document first = byKind.get(d.kind()).putIfAbsent(d.name(), d);
        if (first != null) {
            duplicates.add(new Duplicate(first, d));
        }
    }

    /**
     * The catalog of what the loader read, in the order it read it, which is file order already
     * ({@link LoadResult}): no sort, which would compare the paths of every pair of neighbouring
     * documents, each a cold object by the time the catalog is made (docs/performance.md, session 7).
     * Where two files show as one path, each keeps its documents together.
     */
    public static Catalog of(LoadResult result) {
        return new Catalog(result.documents(), true);
    }

    /** All documents, in file order. */
    public List<Document> documents() {
        return documents;
    }

    /** The documents of one kind, in file order; unmodifiable. */
    public List<Document> documents(Kind kind) {
        return listsByKind.get(kind);
    }

    public Optional<Document> find(Kind kind, String name) {
        return Optional.ofNullable(byKind.get(kind).get(name));
    }

    public Set<String> names(Kind kind) {
        return Collections.unmodifiableSet(new TreeSet<>(byKind.get(kind).keySet()));
    }

    /**
     * The workflow a flow or policy names: a WorkflowTemplate, else a Workflow (Codefresh allows
     * both; names are unique per kind in the cluster).
     */
    public Optional<Document> findWorkflow(String name) {
        Document d = byKind.get(Kind.WORKFLOW_TEMPLATE).get(name); // asked per workflow by several checks
        return Optional.ofNullable(d != null ? d : byKind.get(Kind.WORKFLOW).get(name));
    }

    /** Names a flow or policy may refer to. */
    public Set<String> workflowNames() {
        Set<String> out = new TreeSet<>(byKind.get(Kind.WORKFLOW_TEMPLATE).keySet());
        out.addAll(byKind.get(Kind.WORKFLOW).keySet());
        return out;
    }

    public List<Duplicate> duplicates() {
        return List.copyOf(duplicates);
    }

    public int count(Kind kind) {
        return listsByKind.get(kind).size();
    }
}
