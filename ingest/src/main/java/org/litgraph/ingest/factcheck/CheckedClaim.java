package org.litgraph.ingest.factcheck;

import java.util.List;
import java.util.Objects;

/**
 * A claim with its ranked evidence, verdict and spin flags.
 *
 * @param deciding ids of the evidence that decided the verdict
 * @param rationale the verdict in one sentence
 */
public record CheckedClaim(
    CheckworthyClaim claim,
    List<Evidence> evidence,
    Verdict verdict,
    List<String> deciding,
    String rationale,
    List<SpinFlag> flags) {
  public CheckedClaim {
    Objects.requireNonNull(claim, "claim");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(verdict, "verdict");
    deciding = List.copyOf(deciding);
    Objects.requireNonNull(rationale, "rationale");
    flags = List.copyOf(flags);
  }
}
