package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up is part of the design: every offline command, completion included (and
 * {@code fire --dry-run=client}, which contacts no cluster), must never load the cluster client
 * (fabric8, about a second) or jline, and must build its command model without reading
 * annotations (the JVM's annotation parser spins a dynamic proxy class per annotation type; see
 * CommandModel). Runs the real entry point in a fresh JVM with -verbose:class, because the test
 * JVM has long loaded all of these.
 */
class LazyLoadingTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "hookctl {0}")
    @ValueSource(strings = {"--help", "rules", "lint", "render hello --on start", "fire hello --on start --dry-run=client",
        "simulate", "graph", "completion bash", "__complete hooks --"})
    void offlineCommandsLoadNeitherFabric8NorJlineNorReadAnnotations(String command) throws Exception {
        Files.writeString(tmp.resolve("hook.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata:
                  name: hello
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      container:
                        image: busybox:1.36
                """);
        Files.writeString(tmp.resolve("flow.yaml"), """
                apiVersion: codefresh.io/v1beta1
                kind: PromotionFlow
                metadata:
                  name: web
                spec:
                  triggerEnvironment: dev
                  steps:
                    - environment: prod
                      dependsOn: [dev]
                """);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "dev.hookctl.cli.Main"));
        cmd.addAll(List.of(command.split(" ")));
        if (command.equals("lint")) {
            cmd.add(tmp.resolve("hook.yaml").toString());
        } else if (command.startsWith("render") || command.startsWith("fire")) {
            cmd.addAll(List.of("-f", tmp.resolve("hook.yaml").toString()));
        } else if (command.equals("simulate") || command.equals("graph")) {
            cmd.addAll(List.of("-f", tmp.resolve("flow.yaml").toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("hookctl %s finished", command).isTrue();
        assertThat(p.exitValue()).as("exit code of hookctl %s", command).isZero();
        List<String> loaded = loadedClasses(tmp.resolve("out.txt"));

        assertThat(loaded).as("classes loaded by hookctl %s", command).isNotEmpty()
                .noneMatch(c -> c.startsWith("io.fabric8.") || c.startsWith("org.jline."));
        assertThat(loaded).contains("dev.hookctl.cli.Main");
        assertThat(loaded).as("annotation proxies made by hookctl %s", command)
                .noneMatch(c -> c.contains("$Proxy") || c.equals("sun.reflect.annotation.AnnotationInvocationHandler"));
    }

    private static List<String> loadedClasses(Path log) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            // [0.012s][info][class,load] java.lang.Object source: shared objects file
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                out.add(rest.split(" ")[0]);
            }
        }
        return out;
    }
}
