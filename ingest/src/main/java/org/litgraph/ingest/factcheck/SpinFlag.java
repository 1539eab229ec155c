package org.litgraph.ingest.factcheck;

import java.util.Locale;
import java.util.Objects;

/**
 * A way a claim overstates its evidence, naming the evidence that showed it.
 *
 * @param evidenceId the {@link Evidence#id()} that triggered the flag
 * @param explanation what differs, in words an editor can check
 */
public record SpinFlag(Type type, String evidenceId, String explanation) {
  /** The kinds of overstatement the checker looks for. */
  public enum Type {
    SPECIES_SHIFT,
    STAGE_SHIFT,
    HEDGE_REMOVED,
    CORRELATION_TO_CAUSATION,
    NUMBER_MISMATCH,
    TRIAL_STATUS_OVERSTATED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SpinFlag {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(explanation, "explanation");
  }
}
