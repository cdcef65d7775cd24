package dev.hookctl.release;

import dev.hookctl.model.Phase;
import java.util.Optional;

/**
 * What to render: a hook (by name, or taken from the flow for the event), the flow it fires in,
 * the phase and, for an environment-level event, the environment. The phase may be left out when
 * the hook is only ever assigned for one phase. {@code command} is the hookctl command the user
 * runs ({@code render}, {@code fire}): the examples in hints name it.
 */
public record RenderRequest(Optional<String> hook, Optional<String> flow, Optional<Phase> phase,
                            Optional<String> environment, RenderMode mode, Optional<String> namespace,
                            ReleaseInputs inputs, String command) {
    /** A request made for {@code hookctl render}. */
    public RenderRequest(Optional<String> hook, Optional<String> flow, Optional<Phase> phase,
                         Optional<String> environment, RenderMode mode, Optional<String> namespace,
                         ReleaseInputs inputs) {
        this(hook, flow, phase, environment, mode, namespace, inputs, "render");
    }
}
