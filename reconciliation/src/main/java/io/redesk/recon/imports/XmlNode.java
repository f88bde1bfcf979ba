package io.redesk.recon.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small element tree of one camt.053 statement part (a balance, an entry), with the line it starts on. */
final class XmlNode {

    final String name;
    final int line;
    final Map<String, String> attributes = new HashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The first descendant along the path of child names, e.g. {@code find("Refs", "EndToEndId")}. */
    Optional<XmlNode> find(String... path) {
        XmlNode node = this;
        for (String step : path) {
            XmlNode next = null;
            for (XmlNode child : node.children) {
                if (child.name.equals(step)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            node = next;
        }
        return Optional.of(node);
    }

    /** Every node at the end of the path (following every matching child at each step). */
    List<XmlNode> all(String... path) {
        List<XmlNode> level = List.of(this);
        for (String step : path) {
            List<XmlNode> next = new ArrayList<>();
            for (XmlNode node : level) {
                for (XmlNode child : node.children) {
                    if (child.name.equals(step)) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return level;
    }

    /** The element's text as the file has it (entities resolved, nothing trimmed). */
    String text() {
        return text.toString();
    }

    /** The text at the path, or empty. */
    Optional<String> text(String... path) {
        return find(path).map(XmlNode::text);
    }
}
