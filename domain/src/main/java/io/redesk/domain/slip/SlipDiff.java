package io.redesk.domain.slip;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares two slips field by field, walking their records and lists, and lists every leaf that
 * differs with its path ({@code riskDetails.premium}, {@code securityDetails.lines[1].written}).
 * Used to show what an endorsement changed. Values are compared with {@code equals}; money and shares
 * are normalised to their scale, so "1000.0" and "1000.00" CNY are the same.
 */
public final class SlipDiff {

    private SlipDiff() {
    }

    public static List<FieldChange> compare(Slip before, Slip after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<FieldChange> out = new ArrayList<>();
        walk("", before, after, out);
        return out;
    }

    private static void walk(String path, Object a, Object b, List<FieldChange> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()
                && a.getClass().getPackageName().startsWith("io.redesk.domain.")
                && !a.getClass().getPackageName().equals("io.redesk.domain.money")) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                walk(join(path, c.getName()), read(c, a), read(c, b), out);
            }
            return;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
                walk(path + "[" + i + "]", i < la.size() ? la.get(i) : null, i < lb.size() ? lb.get(i) : null, out);
            }
            return;
        }
        out.add(new FieldChange(path, a, b));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
