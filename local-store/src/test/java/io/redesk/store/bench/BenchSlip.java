package io.redesk.store.bench;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.placement.PlacementStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A slip-sized record (about 2 KiB of JSON) for the benchmarks, shaped like the MRC's six sections:
 * risk details, information, security details (the written lines), subscription agreement, fiscal and
 * regulatory, broker remuneration; plus the placement's identity, UMR, title and status.
 */
public record BenchSlip(String id, String umr, String title, PlacementStatus status, RiskDetails risk,
                        Information information, Security security, Subscription subscription, Fiscal fiscal,
                        Remuneration remuneration) {

    /** MRC section 1. */
    public record RiskDetails(String contractType, String reinsured, String insured, LocalDate inception,
                              LocalDate expiry, String interest, Money sumInsured, Money limit,
                              Money excess, String territorialScope, List<String> conditions, List<String> exclusions,
                              String choiceOfLaw, String jurisdiction, Money premium, String paymentTerms, String taxes,
                              List<String> subjectivities) {
    }

    /** MRC section 2. */
    public record Information(String text, List<String> attachments) {
    }

    /** A written line of section 3. */
    public record Line(String reinsurerId, Share written, String reference, boolean toStand) {
    }

    /** MRC section 3. */
    public record Security(Share orderHereon, String basisOfWrittenLines, String signingProvisions, List<Line> lines) {
    }

    /** MRC section 4. */
    public record Subscription(String slipLeaderId, List<String> agreementParties, String claimsAgreementBasis,
                               String claimsAdministration) {
    }

    /** MRC section 5. */
    public record Fiscal(String taxPayable, String countryOfOrigin, String regulatoryClass, boolean crossBorderRmb) {
    }

    /** A deduction of section 6. */
    public record Deduction(String description, Share percent) {
    }

    /** MRC section 6. */
    public record Remuneration(Share brokerage, List<Deduction> otherDeductions) {
    }
}
