package dev.hookctl.load;

import dev.hookctl.diag.Diagnostic;
import dev.hookctl.yaml.SourceFile;
import java.util.List;

/**
 * What the loader found: the files read, the manifests in them, the problems it reported, how
 * many documents it skipped (no manifest, or a kind hookctl does not know) and whether some input
 * could not be read at all.
 */
public record LoadResult(List<SourceFile> files, List<Document> documents, List<Diagnostic> diagnostics,
                         int skippedDocuments, boolean unreadableInput) {
    /**
     * {@code documents} in file order: the files by display path, each file's documents together and
     * in the file's order. {@link Catalog#of} keeps that order rather than sorting again.
     */
    public LoadResult {
        files = List.copyOf(files);
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
        assert inFileOrder(documents) : "documents out of file order";
    }

    private static boolean inFileOrder(List<Document> documents) {
        for (int i = 1; i < documents.size(); i++) {
            Document a = documents.get(i - 1);
            Document b = documents.get(i);
            boolean ordered = a.file() == b.file() ? a.index() <= b.index()
                    : a.file().displayPath().compareTo(b.file().displayPath()) <= 0;
            if (!ordered) {
                return false;
            }
        }
        return true;
    }
}
