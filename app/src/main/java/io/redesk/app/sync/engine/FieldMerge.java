package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way merge of JSON views field by field. Objects are walked down to their leaves (a list is a
 * leaf), each addressed by a dotted path such as {@code riskDetails.limit}. A field changed on one side
 * only takes that side; a field changed on both sides to different values needs the user's choice;
 * an explicit choice always wins.
 */
public final class FieldMerge {

    /** Which side a field takes. */
    public enum Side { MINE, THEIRS }

    /** Thrown when fields changed on both sides and no choice was given for them. */
    public static final class ChoiceNeededException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> fields;

        ChoiceNeededException(List<String> fields) {
            super("these fields changed on both sides; choose mine or theirs for each: " + String.join(", ", fields));
            this.fields = List.copyOf(fields);
        }

        public List<String> fields() {
            return fields;
        }
    }

    private FieldMerge() {
    }

    /** The fields that differ between mine and theirs, with whether each is a real clash (both changed). */
    public static Map<String, Boolean> differences(JsonNode base, JsonNode mine, JsonNode theirs) {
        Map<String, JsonNode> b = flatten(base);
        Map<String, JsonNode> m = flatten(mine);
        Map<String, JsonNode> t = flatten(theirs);
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String path : union(b, m, t)) {
            JsonNode mv = m.get(path);
            JsonNode tv = t.get(path);
            if (!Objects.equals(mv, tv)) {
                JsonNode bv = b.get(path);
                out.put(path, base != null && !Objects.equals(mv, bv) && !Objects.equals(tv, bv)
                        || base == null);
            }
        }
        return out;
    }

    public static JsonNode merge(JsonNode base, JsonNode mine, JsonNode theirs, Map<String, Side> choices) {
        Map<String, JsonNode> b = flatten(base);
        Map<String, JsonNode> m = flatten(mine);
        Map<String, JsonNode> t = flatten(theirs);
        Map<String, JsonNode> result = new LinkedHashMap<>();
        List<String> undecided = new ArrayList<>();
        for (String path : union(b, m, t)) {
            JsonNode mv = m.get(path);
            JsonNode tv = t.get(path);
            JsonNode bv = b.get(path);
            Side chosen = choices.get(path);
            JsonNode v;
            if (chosen != null) {
                v = chosen == Side.MINE ? mv : tv;
            } else if (Objects.equals(mv, tv)) {
                v = mv;
            } else if (base != null && Objects.equals(mv, bv)) {
                v = tv;
            } else if (base != null && Objects.equals(tv, bv)) {
                v = mv;
            } else {
                undecided.add(path);
                continue;
            }
            if (v != null) {
                result.put(path, v);
            }
        }
        if (!undecided.isEmpty()) {
            throw new ChoiceNeededException(undecided);
        }
        for (String path : choices.keySet()) {
            if (!m.containsKey(path) && !t.containsKey(path) && !b.containsKey(path)) {
                throw new IllegalArgumentException("no field " + path + " in this conflict");
            }
        }
        return unflatten(result);
    }

    static Map<String, JsonNode> flatten(JsonNode n) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (n != null) {
            walk("", n, out);
        }
        return out;
    }

    private static void walk(String prefix, JsonNode n, Map<String, JsonNode> out) {
        if (n.isObject() && (n.size() > 0 || prefix.isEmpty())) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (!n.isNull()) {
            out.put(prefix, n);
        }
    }

    private static JsonNode unflatten(Map<String, JsonNode> flat) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : flat.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            ObjectNode at = root;
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode next = at.get(parts[i]);
                if (!(next instanceof ObjectNode)) {
                    next = at.putObject(parts[i]);
                }
                at = (ObjectNode) next;
            }
            at.set(parts[parts.length - 1], e.getValue());
        }
        return root;
    }

    private static Set<String> union(Map<String, JsonNode> a, Map<String, JsonNode> b, Map<String, JsonNode> c) {
        Set<String> s = new LinkedHashSet<>(a.keySet());
        s.addAll(b.keySet());
        s.addAll(c.keySet());
        return s;
    }
}
