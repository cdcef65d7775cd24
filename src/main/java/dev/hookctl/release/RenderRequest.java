package dev.hookctl.release;

import dev.hookctl.model.Phase;
import java.util.Optional;

/**
 * What to render: a hook (by name, or taken from the flow for the event), the flow it fires in,
 * the phase and, for an environment-level event, the environment. The phase may be left out when
 * the hook is only ever assigned for one phase.
 */
public record RenderRequest(Optional<String> hook, Optional<String> flow, Optional<Phase> phase,
                            Optional<String> environment, RenderMode mode, Optional<String> namespace,
                            ReleaseInputs inputs) {
}
