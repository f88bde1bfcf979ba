package io.redesk.recon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.recon.model.Entry;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each sample file imports through its importer: the good rows land with exact minor units, every bad
 * row is reported with its line and nothing of it is imported, and an XML file with an external entity
 * is refused. (The lead's smoke test over the helper's samples; the format-by-format tests are still owed.)
 */
class ImportSamplesTest {

    private static byte[] sample(String name) throws Exception {
        try (InputStream in = ImportSamplesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static ColumnMapping canonical() {
        return ColumnMapping.builder("canonical").header(true).id("id").date("date", "yyyy-MM-dd")
                .counterparty("counterparty").currency("currency").amount("amount").reference("reference")
                .description("description").build();
    }

    @Test
    void badRowsAreReportedByLineAndNeverImported() throws Exception {
        ImportResult r = new CsvImporter(canonical()).read(sample("bad-rows.csv"), "bad-rows.csv");
        List<String> ids = r.entries().stream().map(Entry::id).toList();
        assertThat(ids).startsWith("G1").contains("G2", "G3").doesNotContain("B1", "B2", "B3", "B4", "B5", "B6",
                "B7", "B9", "B10");
        assertThat(r.entries().stream().filter(e -> e.id().equals("G3")).findFirst().orElseThrow().amountMinor())
                .isEqualTo(-1);
        assertThat(r.entries().stream().filter(e -> e.id().equals("G2")).findFirst().orElseThrow().amountMinor())
                .isEqualTo(1500);
        assertThat(r.problems()).extracting(ImportProblem::line).contains(3, 4, 5, 6, 7, 9, 10, 12, 13);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        assertThat(r.clean()).isFalse();
    }

    @Test
    void mt940StatementImportsEveryMovement() throws Exception {
        ImportResult r = new Mt940Importer().read(sample("statement.mt940"), "statement.mt940");
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).hasSize(5);
    }

    @Test
    void camt053ImportsOneEntryPerTransactionOfABatchBooking() throws Exception {
        ImportResult v02 = new Camt053Importer().read(new java.io.ByteArrayInputStream(sample("camt053-v02.xml")), "v02");
        assertThat(v02.problems()).isEmpty();
        assertThat(v02.entries()).hasSize(5);
        ImportResult v08 = new Camt053Importer().read(new java.io.ByteArrayInputStream(sample("camt053-v08.xml")), "v08");
        // the .08 sample's second entry is pending (Sts PDNG): reported with its place, not imported
        assertThat(v08.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("PDNG"));
        assertThat(v08.entries()).hasSize(2); // the booked entry is a batch of two transactions
    }

    @Test
    void anXmlExternalEntityIsRefused() throws Exception {
        ImportResult r = new Camt053Importer().read(new java.io.ByteArrayInputStream(sample("camt053-xxe.xml")), "xxe");
        assertThat(r.entries()).isEmpty();
        assertThat(r.problems()).isNotEmpty();
    }

    @Test
    void aMappingRoundTripsThroughJson() {
        ColumnMapping m = canonical();
        assertThat(ColumnMapping.fromJson(m.toJson())).isEqualTo(m);
    }
}
