import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's input: ledger.csv and statement.csv (the headless run's format) with about N
 * rows each, and truth.csv, the planted groups (kind,ledger_ids,statement_ids). Run as a single-file
 * program: java GenerateBench.java N DIR. Fixed seed, so every run plants the same data.
 *
 * Kinds (share of ledger items): exact reference 40%, reference in the statement's description 15%,
 * amount + counterparty in the date window 15%, rounding 8%, one-to-many 6%, many-to-one 6%,
 * ambiguous (two subsets fit) 1%, unmatched noise on both sides 9%. Counterparty names are written
 * differently on the two sides (suffixes, case, full-width forms, Chinese company forms).
 */
public class GenerateBench {

    static final LocalDate BASE = LocalDate.of(2025, 1, 1);
    static SplittableRandom rnd = new SplittableRandom(20270331L);
    static BufferedWriter ledger;
    static BufferedWriter statement;
    static BufferedWriter truth;
    static int lid;
    static int sid;
    static int refSeq;
    static int parties;

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        parties = Math.max(50, n / 200);
        String header = "id,date,counterparty,currency,amount,reference,description\n";
        try (BufferedWriter l = Files.newBufferedWriter(dir.resolve("ledger.csv"), StandardCharsets.UTF_8);
             BufferedWriter s = Files.newBufferedWriter(dir.resolve("statement.csv"), StandardCharsets.UTF_8);
             BufferedWriter t = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
            ledger = l;
            statement = s;
            truth = t;
            l.write(header);
            s.write(header);
            t.write("kind,ledger_ids,statement_ids\n");
            while (lid < n) {
                plant(rnd.nextInt(100));
            }
        }
    }

    static void plant(int r) throws IOException {
        int party = rnd.nextInt(parties);
        String ccy = rnd.nextInt(100) < 85 ? "CNY" : "USD";
        int day = rnd.nextInt(720);
        long amount = 10_000 + rnd.nextLong(500_000_000L);
        if (r < 40) {
            String ref = ref();
            String l = led(day, party, ccy, amount, ref, "premium instalment");
            String s = stm(day + rnd.nextInt(31), party, ccy, amount, ref, "remittance");
            truth("exact", l, s);
        } else if (r < 55) {
            String ref = ref();
            String l = led(day, party, ccy, amount, ref, "premium instalment");
            String s = stm(day + rnd.nextInt(31), party, ccy, amount, "", "PAYMENT REF " + ref + " Q" + (1 + rnd.nextInt(4)));
            truth("reference_in_description", l, s);
        } else if (r < 70) {
            String l = led(day, party, ccy, amount, "", "claim payment");
            String s = stm(day + rnd.nextInt(11) - 5, party, ccy, amount, "", "transfer");
            truth("date_window", l, s);
        } else if (r < 78) {
            long diff = (1 + rnd.nextInt(5)) * (rnd.nextBoolean() ? 1 : -1);
            String l = led(day, party, ccy, amount, "", "balance");
            String s = stm(day + rnd.nextInt(11) - 5, party, ccy, amount + diff, "", "transfer");
            truth("rounding", l, s);
        } else if (r < 84) {
            int parts = 2 + rnd.nextInt(3);
            String l = led(day, party, ccy, amount, "", "premium due");
            List<String> ids = new ArrayList<>();
            for (long part : split(amount, parts)) {
                ids.add(stm(day + rnd.nextInt(11) - 5, party, ccy, part, "", "part payment"));
            }
            truth("one_to_many", l, String.join(" ", ids));
        } else if (r < 90) {
            int parts = 2 + rnd.nextInt(3);
            List<String> ids = new ArrayList<>();
            for (long part : split(amount, parts)) {
                ids.add(led(day + rnd.nextInt(11) - 5, party, ccy, part, "", "instalment"));
            }
            String s = stm(day, party, ccy, amount, "", "netted payment");
            truth("many_to_one", String.join(" ", ids), s);
        } else if (r < 91) {
            long a = amount / 3;
            long b = amount / 4;
            String l = led(day, party, ccy, amount, "", "premium due");
            List<String> ids = new ArrayList<>();
            for (long part : new long[] {a, amount - a, b, amount - b}) {
                ids.add(stm(day + rnd.nextInt(5) - 2, party, ccy, part, "", "part payment"));
            }
            truth("ambiguous", l, String.join(" ", ids));
        } else {
            String l = led(day, party, ccy, amount, ref(), "unmatched item");
            truth("unmatched_ledger", l, "");
            String s = stm(rnd.nextInt(720), rnd.nextInt(parties), ccy, 10_000 + rnd.nextLong(500_000_000L), ref(),
                    "unknown receipt");
            truth("unmatched_statement", "", s);
        }
    }

    static long[] split(long amount, int parts) {
        long[] out = new long[parts];
        long left = amount;
        for (int i = 0; i < parts - 1; i++) {
            out[i] = left / (parts - i) + rnd.nextLong(1 + left / (4L * (parts - i)));
            left -= out[i];
        }
        out[parts - 1] = left;
        return out;
    }

    static String ref() {
        refSeq++;
        return String.format("B%07dHT%d%05d", refSeq % 10_000_000, 2025 + refSeq % 3, refSeq % 100_000);
    }

    static String ledgerName(int p) {
        return switch (p % 3) {
            case 0 -> "\"Cedent " + p + " Insurance Co., Ltd.\"";
            case 1 -> "太平" + p + "再保险股份有限公司";
            default -> "Ｒｅｔｒｏ " + p + " Re";
        };
    }

    static String statementName(int p) {
        return switch (p % 3) {
            case 0 -> "CEDENT " + p + " INSURANCE";
            case 1 -> "太平" + p + "再保险有限公司";
            default -> "RETRO " + p + " Reinsurance Limited";
        };
    }

    static String led(int day, int party, String ccy, long amount, String ref, String desc) throws IOException {
        String id = "L" + (++lid);
        row(ledger, id, day, ledgerName(party), ccy, amount, ref, desc);
        return id;
    }

    static String stm(int day, int party, String ccy, long amount, String ref, String desc) throws IOException {
        String id = "S" + (++sid);
        row(statement, id, day, statementName(party), ccy, amount, ref, desc);
        return id;
    }

    static void row(BufferedWriter w, String id, int day, String name, String ccy, long amount, String ref, String desc)
            throws IOException {
        String a = (amount < 0 ? "-" : "") + Math.abs(amount) / 100 + "." + String.format("%02d", Math.abs(amount) % 100);
        w.write(id + "," + BASE.plusDays(day) + "," + name + "," + ccy + "," + a + "," + ref + "," + desc + "\n");
    }

    static void truth(String kind, String l, String s) throws IOException {
        truth.write(kind + "," + l + "," + s + "\n");
    }
}
