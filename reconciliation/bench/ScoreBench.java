import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the headless run's output with the planted groups: java ScoreBench.java truth.csv result.csv.
 * A planted group counts as found when one result group of the expected class holds exactly its ledger
 * and statement ids (plain CSV: the generator and the result write no quoted id fields).
 */
public class ScoreBench {

    public static void main(String[] args) throws IOException {
        Map<String, String[]> byId = new HashMap<>();
        List<String> result = Files.readAllLines(Path.of(args[1]));
        for (String line : result.subList(1, result.size())) {
            String[] f = line.split(",", -1);
            for (String id : (f[2] + " " + f[3]).trim().split(" ")) {
                byId.put(id, f);
            }
        }
        Map<String, int[]> score = new TreeMap<>();
        List<String> truth = Files.readAllLines(Path.of(args[0]));
        for (String line : truth.subList(1, truth.size())) {
            String[] t = line.split(",", -1);
            String expected = switch (t[0]) {
                case "exact", "reference_in_description", "date_window" -> "EXACT";
                case "rounding" -> "ROUNDING";
                case "one_to_many" -> "ONE_TO_MANY";
                case "many_to_one" -> "MANY_TO_ONE";
                case "ambiguous" -> "AMBIGUOUS";
                default -> "UNMATCHED";
            };
            String first = (t[1] + " " + t[2]).trim().split(" ")[0];
            String[] g = byId.get(first);
            boolean found = g != null && g[1].equals(expected) && same(g[2], t[1]) && same(g[3], t[2]);
            int[] s = score.computeIfAbsent(t[0], k -> new int[2]);
            s[0]++;
            if (found) {
                s[1]++;
            }
        }
        int planted = 0;
        int found = 0;
        for (var e : score.entrySet()) {
            System.out.printf("  %-26s %8d planted %8d found %7.2f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    100.0 * e.getValue()[1] / e.getValue()[0]);
            planted += e.getValue()[0];
            found += e.getValue()[1];
        }
        System.out.printf("  %-26s %8d planted %8d found %7.2f%%%n", "all", planted, found, 100.0 * found / planted);
    }

    static boolean same(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.split(" ");
        String[] y = b.isEmpty() ? new String[0] : b.split(" ");
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }
}
