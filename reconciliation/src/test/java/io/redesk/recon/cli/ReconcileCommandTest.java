package io.redesk.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

    private static final String HEADER = "id,date,counterparty,currency,amount,reference,description\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ReconcileCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int reconcile(Path ledger, Path statement, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--ledger", ledger.toString(), "--statement",
                statement.toString(), "--out", dir.resolve("R.csv").toString(), "--as-of", "2027-06-30"));
        args.addAll(List.of(more));
        return run(args.toArray(new String[0]));
    }

    @Test
    void writesOneRowPerGroupAndOnePerUnmatchedItem() throws IOException {
        Path l = file("L.csv", HEADER
                + "L1,2027-03-01,Swiss Re Co.; Ltd.,CNY,1000.00,B0999HT2027008,\n"
                + "L2,2027-03-02,\"Alpha, Ltd\",CNY,100.00,,\n"
                + "L3,2027-03-02,Alpha,CNY,1000.00,,\n"
                + "L4,2027-01-15,Gamma,USD,-7.50,,\n");
        Path s = file("S.csv", HEADER
                + "S1,2027-03-03,SWISS RE,CNY,1000.00,,PAYMENT REF B0999HT2027008 Q1\n"
                + "S2,2027-03-04,ALPHA,CNY,100.03,,\n"
                + "S3,2027-03-04,ALPHA,CNY,600.00,,\n"
                + "S4,2027-03-05,ALPHA,CNY,400.00,,\n"
                + "S5,2027-06-01,Delta,CNY,5.00,,\n");
        assertThat(reconcile(l, s)).isZero();
        assertThat(Files.readAllLines(dir.resolve("R.csv"))).containsExactly(
                "group,class,ledger_ids,statement_ids,difference,age_bucket",
                "1,EXACT,L1,S1,0.00,",
                "2,ROUNDING,L2,S2,-0.03,",
                "3,ONE_TO_MANY,L3,S3 S4,0.00,",
                "4,UNMATCHED,L4,,-7.50,90+",
                "5,UNMATCHED,,S5,-5.00,0-30");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reconciled 4 ledger items against 5 statement lines");
    }

    @Test
    void aBadAmountIsReportedWithFileLineAndReasonAndNothingIsWritten() throws IOException {
        Path l = file("L.csv", HEADER + "L1,2027-03-01,A,CNY,10.00,,\nL2,2027-03-01,A,CNY,\"1,234.00\",,\n");
        Path s = file("S.csv", HEADER);
        assertThat(reconcile(l, s)).isEqualTo(2);
        assertThat(errors()).contains("L.csv:3: amount '1,234.00' is not a signed decimal");
        assertThat(dir.resolve("R.csv")).doesNotExist();
    }

    @Test
    void refusesExtraDecimalsBadDatesCurrenciesSpacesAndRepeatedIds() throws IOException {
        Path s = file("S.csv", HEADER);
        String[][] cases = {
            {"L1,2027-03-01,A,CNY,10.001,,", ":2: amount 10.001 has more decimals than CNY allows"},
            {"L1,2027-02-30,A,CNY,10.00,,", ":2: date '2027-02-30' is not an ISO date"},
            {"L1,01/03/2027,A,CNY,10.00,,", ":2: date '01/03/2027' is not an ISO date"},
            {"L1,2027-03-01,A,RMB,10.00,,", ":2: currency 'RMB' is not a currency"},
            {"L1,2027-03-01,A,CNY, 10.00,,", ":2: amount ' 10.00' is not a signed decimal"},
            {"L1,2027-03-01,A,CNY,10.00,,\nL2,2027-03-02,A,CNY,1.00,", ":3: expected 7 columns"},
            {"L1,2027-03-01,A,CNY,10.00,,\nL1,2027-03-02,A,CNY,1.00,,", ":3: id 'L1' is already used on line 2"},
        };
        for (String[] c : cases) {
            err.reset();
            Path l = file("L.csv", HEADER + c[0] + "\n");
            assertThat(reconcile(l, s)).as(c[0]).isEqualTo(2);
            assertThat(errors()).as(c[0]).contains("L.csv" + c[1]);
        }
    }

    @Test
    void countsLinesOfQuotedMultiLineDescriptions() throws IOException {
        Path l = file("L.csv", HEADER + "L1,2027-03-01,A,CNY,1.00,,\"two\nlines\"\nL2,2027-03-01,A,CNY,x,,\n");
        assertThat(reconcile(l, file("S.csv", HEADER))).isEqualTo(2);
        assertThat(errors()).contains("L.csv:4: amount 'x'");
    }

    @Test
    void refusesAWrongHeaderAnEmptyFileAndInvalidUtf8() throws IOException {
        Path s = file("S.csv", HEADER);
        assertThat(reconcile(file("L.csv", "id,date,amount\n"), s)).isEqualTo(2);
        assertThat(errors()).contains("L.csv:1: the header must be id,date,counterparty");
        err.reset();
        assertThat(reconcile(file("E.csv", ""), s)).isEqualTo(2);
        assertThat(errors()).contains("E.csv: the file is empty");
        err.reset();
        Path gbk = dir.resolve("G.csv");
        Files.write(gbk, (HEADER + "L1,2027-03-01,太平再保险,CNY,1.00,,\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(reconcile(gbk, s)).isEqualTo(2);
        assertThat(errors()).contains("G.csv:2: not valid UTF-8");
        err.reset();
        assertThat(reconcile(dir.resolve("missing.csv"), s)).isEqualTo(2);
        assertThat(errors()).contains("missing.csv: no such file");
    }

    @Test
    void acceptsAByteOrderMarkAndHonoursToleranceAndWindow() throws IOException {
        Path l = file("L.csv", "\uFEFF" + HEADER + "L1,2027-03-01,A,CNY,100.00,,\n");
        Path s = file("S.csv", HEADER + "S1,2027-03-09,A,CNY,100.08,,\n");
        assertThat(reconcile(l, s)).isZero();
        assertThat(Files.readAllLines(dir.resolve("R.csv"))).contains("1,UNMATCHED,L1,,100.00,90+");
        assertThat(reconcile(l, s, "--tolerance", "0.10", "--date-window", "8")).isZero();
        assertThat(Files.readAllLines(dir.resolve("R.csv"))).contains("1,ROUNDING,L1,S1,-0.08,");
    }

    @Test
    void badArgumentsPrintTheUsageAndExitTwo() {
        assertThat(run("--ledger", "L.csv")).isEqualTo(2);
        assertThat(errors()).contains("--statement is required").contains("usage: redesk reconcile");
        err.reset();
        assertThat(run("--ledger", "a", "--statement", "b", "--out", "c", "--tolerance", "5%")).isEqualTo(2);
        assertThat(errors()).contains("--tolerance '5%'");
        err.reset();
        assertThat(run("--ledger", "a", "--statement", "b", "--out", "c", "--as-of", "31.01.2027")).isEqualTo(2);
        assertThat(errors()).contains("--as-of");
        err.reset();
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(errors()).contains("unknown argument '--frobnicate'");
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: redesk reconcile");
    }
}
