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
    public LoadResult {
        files = List.copyOf(files);
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }
}
