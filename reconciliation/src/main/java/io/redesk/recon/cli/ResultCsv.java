package io.redesk.recon.cli;

import io.redesk.domain.account.AgeBucket;
import io.redesk.recon.match.MatchGroup;
import io.redesk.recon.match.ReconciliationResult;
import io.redesk.recon.model.MinorUnits;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the headless run's output: UTF-8 CSV {@code group,class,ledger_ids,statement_ids,difference,age_bucket},
 * one row per group in the result's order, ids separated by single spaces, the difference
 * (Σ ledger − Σ statement) at its currency's scale, the age bucket ({@code not-yet-due}, {@code 0-30},
 * {@code 31-60}, {@code 61-90}, {@code 90+}) for unmatched and ambiguous groups, empty otherwise. The file is
 * written beside the target and moved into place, so a failed run never leaves half a result.
 */
public final class ResultCsv {

    /** The output columns, in order. */
    public static final List<String> HEADER = List.of("group", "class", "ledger_ids", "statement_ids", "difference",
            "age_bucket");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ResultCsv() {
    }

    /** Writes {@code result} to {@code out}. */
    public static void write(ReconciliationResult result, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".part");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, FORMAT)) {
                p.printRecord(HEADER);
                for (MatchGroup g : result.groups()) {
                    p.printRecord(g.number(), g.matchClass().name(), String.join(" ", g.ledgerIds()),
                            String.join(" ", g.statementIds()),
                            MinorUnits.toDecimal(g.differenceMinor(), g.currency()).toPlainString(),
                            g.ageBucket().map(ResultCsv::label).orElse(""));
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The bucket as the output file writes it. */
    public static String label(AgeBucket bucket) {
        return switch (bucket) {
            case NOT_YET_DUE -> "not-yet-due";
            case DAYS_0_30 -> "0-30";
            case DAYS_31_60 -> "31-60";
            case DAYS_61_90 -> "61-90";
            case OVER_90 -> "90+";
        };
    }
}
