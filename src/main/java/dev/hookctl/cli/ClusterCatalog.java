package dev.hookctl.cli;

import dev.hookctl.cluster.ClusterClient;
import dev.hookctl.cluster.ClusterException;
import dev.hookctl.cluster.Clusters;
import dev.hookctl.cluster.ConnectionSettings;
import dev.hookctl.cluster.Redaction;
import dev.hookctl.load.Catalog;
import dev.hookctl.load.Document;
import dev.hookctl.load.Kind;
import dev.hookctl.release.Manifests;
import dev.hookctl.yaml.SourceFile;
import dev.hookctl.yaml.YamlNode;
import dev.hookctl.yaml.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --cluster}: the WorkflowTemplates installed in a namespace, as documents beside the files,
 * so flows in Git can be checked and rendered against hooks that live only in the cluster.
 *
 * <p>Each template becomes a virtual file {@code cluster:NS/workflowtemplates/NAME} holding the
 * template as YAML (without {@code status} and {@code metadata.managedFields}, which are the
 * server's bookkeeping), read by the same YAML reader as the files, so every diagnostic and every
 * rendered value has a position in that text. A template in the files wins over the cluster's of
 * the same name: the checkout is what the user is about to install, and that is no duplicate.
 */
final class ClusterCatalog {
    static final String PREFIX = "cluster:";

    /** The templates of one namespace, as documents. */
    record Fetched(String namespace, List<Document> documents) {}

    private ClusterCatalog() {}

    /** The documents of a namespace's templates; failures are printed and come back as the exit code. */
    static ReleaseSession.Result<Fetched> fetch(Console console, ConnectionSettings settings) {
        try (ClusterClient client = Clusters.connect(settings, Redaction.NONE)) {
            String ns = client.target().namespace();
            return ReleaseSession.Result.ok(new Fetched(ns, documents(ns, client.workflowTemplates())));
        } catch (ClusterException e) {
            console.error(e.problem().message(), e.problem().hint());
            return ReleaseSession.Result.exit(ExitCode.of(e.problem().exitCode()));
        }
    }

    /** Each tree as a document of its own virtual file; trees that are no known kind are left out. */
    static List<Document> documents(String namespace, List<Map<String, Object>> trees) {
        List<Document> out = new ArrayList<>();
        YamlReader reader = new YamlReader();
        for (Map<String, Object> tree : trees) {
            Map<String, Object> clean = withoutBookkeeping(tree);
            String name = clean.get("metadata") instanceof Map<?, ?> m && m.get("name") != null
                    ? String.valueOf(m.get("name")) : "unnamed";
            SourceFile file = new SourceFile(Optional.empty(),
                    PREFIX + namespace + "/workflowtemplates/" + name, Manifests.yaml(clean));
            YamlReader.Result read = reader.read(file);
            if (read.documents().isEmpty() || !(read.documents().get(0).root() instanceof YamlNode.Mapping root)) {
                continue;
            }
            Optional<Kind> kind = Kind.of(root.text("apiVersion").orElse(""), root.text("kind").orElse(""));
            kind.ifPresent(k -> out.add(new Document(file, 0, k, root)));
        }
        return out;
    }

    /** The files' documents plus the cluster's whose name no workflow in the files has. */
    static Catalog merge(List<Document> fromFiles, List<Document> fromCluster) {
        Set<String> inFiles = new Catalog(fromFiles).workflowNames();
        List<Document> all = new ArrayList<>(fromFiles);
        for (Document d : fromCluster) {
            if (!inFiles.contains(d.name())) {
                all.add(d);
            }
        }
        return new Catalog(all);
    }

    /** The note telling the user what {@code --cluster} added, and which cluster templates the files replaced. */
    static String summary(Fetched fetched, Catalog merged) {
        List<String> shadowed = new ArrayList<>();
        int added = 0;
        for (Document d : fetched.documents()) {
            if (merged.documents().contains(d)) {
                added++;
            } else {
                shadowed.add(d.name());
            }
        }
        return added + " WorkflowTemplate" + (added == 1 ? "" : "s") + " added from " + PREFIX + fetched.namespace()
                + (shadowed.isEmpty() ? "" : "; the files' version used for " + String.join(", ", shadowed));
    }

    static boolean fromCluster(SourceFile file) {
        return file.path().isEmpty() && file.displayPath().startsWith(PREFIX);
    }

    static boolean fromCluster(Document d) {
        return fromCluster(d.file());
    }

    private static Map<String, Object> withoutBookkeeping(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>(tree);
        out.remove("status");
        if (out.get("metadata") instanceof Map<?, ?> m) {
            Map<String, Object> meta = new LinkedHashMap<>();
            m.forEach((k, v) -> meta.put(String.valueOf(k), v));
            meta.remove("managedFields");
            out.put("metadata", meta);
        }
        return out;
    }
}
