package io.redesk.domain.slip;

/**
 * MRC section 5, fiscal and regulatory: tax payable by the reinsurers, country of origin (ISO 3166
 * alpha-2; decides cross-border treatment), the regulatory class of business, and whether the
 * contract is settled in cross-border RMB.
 */
public record FiscalAndRegulatory(String taxPayable, String countryOfOrigin, String regulatoryClass,
                                  boolean crossBorderRmb) {
}
