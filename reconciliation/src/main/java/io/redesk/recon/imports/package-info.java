/** Statement and ledger imports: CSV and XLSX through a saved column mapping, SWIFT MT940, ISO 20022 camt.053. */
package io.redesk.recon.imports;
