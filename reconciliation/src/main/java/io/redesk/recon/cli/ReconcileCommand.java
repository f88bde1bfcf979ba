package io.redesk.recon.cli;

import io.redesk.recon.match.MatchSettings;
import io.redesk.recon.match.Matcher;
import io.redesk.recon.match.ReconciliationResult;
import io.redesk.recon.model.Entry;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * The headless run of issue 13:
 * {@code reconcile --ledger L.csv --statement S.csv --out R.csv [--tolerance 0.05] [--date-window 5] [--as-of YYYY-MM-DD]}.
 * Reads both files ({@link EntryCsv}), runs every pass ({@link Matcher}) and writes the groups
 * ({@link ResultCsv}). Exit status: 0 done, 2 a bad command line (with the usage) or a bad input file
 * (with the file, line and reason), 1 the result could not be written. {@code --as-of} defaults to
 * today.
 */
@CliEntryPoint
public final class ReconcileCommand {

    /** The first argument that selects this command in {@code redesk.jar}. */
    public static final String NAME = "reconcile";

    public static final String USAGE = """
            usage: redesk reconcile --ledger L.csv --statement S.csv --out R.csv
                                    [--tolerance 0.05] [--date-window 5] [--as-of YYYY-MM-DD]
              input  UTF-8 CSV with the header id,date,counterparty,currency,amount,reference,description
                     (date YYYY-MM-DD, amount a signed decimal with '.', reference may be empty)
              output group,class,ledger_ids,statement_ids,difference,age_bucket
              --tolerance    largest difference classed as rounding (尾差), in major units (default 0.05)
              --date-window  days the dates of a match may be apart (default 5)
              --as-of        the date unmatched items are aged on (default today)
              exit 0 done, 2 bad arguments or bad input (file:line: reason), 1 output not written""";

    private static final Pattern TOLERANCE = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern DAYS = Pattern.compile("[0-9]{1,4}");
    private static final List<String> OPTIONS = List.of("--ledger", "--statement", "--out", "--tolerance",
            "--date-window", "--as-of");

    private ReconcileCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; {@code args} without the leading {@value #NAME}. Returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        Map<String, String> options;
        MatchSettings settings;
        try {
            options = parse(args);
            settings = settings(options);
        } catch (IllegalArgumentException e) {
            err.println("reconcile: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        long start = System.nanoTime();
        List<Entry> ledger;
        List<Entry> statement;
        try {
            // the files are independent: read the statement on a second thread
            CompletableFuture<List<Entry>> statementRead = CompletableFuture.supplyAsync(() -> {
                try {
                    return EntryCsv.read(Path.of(options.get("--statement")));
                } catch (BadInputException e) {
                    throw new CompletionException(e);
                }
            });
            try {
                ledger = EntryCsv.read(Path.of(options.get("--ledger")));
            } finally {
                statementRead.exceptionally(e -> null).join(); // never leave the second read running
            }
            statement = statementRead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BadInputException bad) {
                err.println("reconcile: " + bad.getMessage());
                return 2;
            }
            throw e;
        } catch (BadInputException e) {
            err.println("reconcile: " + e.getMessage());
            return 2;
        }
        ReconciliationResult result = new Matcher(settings).reconcile(ledger, statement);
        Path target = Path.of(options.get("--out"));
        try {
            ResultCsv.write(result, target);
        } catch (IOException e) {
            err.println("reconcile: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.printf("reconciled %d ledger items against %d statement lines in %.1f s: %s -> %s%n", ledger.size(),
                statement.size(), (System.nanoTime() - start) / 1e9, result.countByClass(), target);
        if (result.searchesCutShort() > 0 || result.timeBudgetSpent()) {
            out.printf("note: %d subset searches cut short by their budget%s; their items are left unmatched%n",
                    result.searchesCutShort(), result.timeBudgetSpent() ? ", and the time budget ran out" : "");
        }
        return 0;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown argument '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (options.put(name, args[++i]) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        for (String required : List.of("--ledger", "--statement", "--out")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException(required + " is required");
            }
        }
        return options;
    }

    private static MatchSettings settings(Map<String, String> options) {
        LocalDate asOf = LocalDate.now();
        String asOfText = options.get("--as-of");
        if (asOfText != null) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of '" + asOfText + "' is not an ISO date (YYYY-MM-DD)");
            }
        }
        MatchSettings settings = MatchSettings.defaults(asOf);
        String tolerance = options.get("--tolerance");
        if (tolerance != null) {
            if (!TOLERANCE.matcher(tolerance).matches()) {
                throw new IllegalArgumentException("--tolerance '" + tolerance
                        + "' is not a non-negative decimal with '.' (e.g. 0.05)");
            }
            settings = settings.withTolerance(new BigDecimal(tolerance));
        }
        String window = options.get("--date-window");
        if (window != null) {
            if (!DAYS.matcher(window).matches()) {
                throw new IllegalArgumentException("--date-window '" + window + "' is not a whole number of days");
            }
            settings = settings.withDateWindow(Integer.parseInt(window));
        }
        return settings;
    }
}
