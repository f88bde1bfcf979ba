package io.redesk.store.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Describes one document table: its name, payload type, how to get the id, the plaintext columns
 * (each derived from the payload, so a read can check the plaintext still agrees with the encrypted
 * record) and the texts its blind index covers.
 */
public final class DocumentTable<T> {

    /** A plaintext column and how its value is derived from the payload. */
    public record Column<T>(String name, Function<T, ?> extractor) {
    }

    private final String name;
    private final Class<T> type;
    private final Function<T, String> id;
    private final List<Column<T>> columns;
    private final Function<T, List<String>> searchable;

    private DocumentTable(Builder<T> b) {
        this.name = b.name;
        this.type = b.type;
        this.id = Objects.requireNonNull(b.id, "id extractor");
        this.columns = List.copyOf(b.columns);
        this.searchable = b.searchable;
    }

    public static <T> Builder<T> of(String name, Class<T> type) {
        return new Builder<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    public String idOf(T value) {
        String v = id.apply(value);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + ": record id must not be blank");
        }
        return v;
    }

    public List<Column<T>> columns() {
        return columns;
    }

    public boolean isSearchable() {
        return searchable != null;
    }

    public List<String> searchTexts(T value) {
        return searchable == null ? List.of() : searchable.apply(value);
    }

    /** Builder: {@code DocumentTable.of("quotes", Quote.class).id(Quote::id).column("status", ...).build()}. */
    public static final class Builder<T> {
        private final String name;
        private final Class<T> type;
        private Function<T, String> id;
        private final List<Column<T>> columns = new ArrayList<>();
        private Function<T, List<String>> searchable;

        private Builder(String name, Class<T> type) {
            if (!name.matches("[a-z_]{1,40}")) {
                throw new IllegalArgumentException("bad table name " + name);
            }
            this.name = name;
            this.type = type;
        }

        public Builder<T> id(Function<T, String> extractor) {
            this.id = extractor;
            return this;
        }

        public Builder<T> column(String column, Function<T, ?> extractor) {
            if (!column.matches("[a-z_]{1,40}")) {
                throw new IllegalArgumentException("bad column name " + column);
            }
            columns.add(new Column<>(column, extractor));
            return this;
        }

        public Builder<T> searchable(Function<T, List<String>> texts) {
            this.searchable = texts;
            return this;
        }

        public DocumentTable<T> build() {
            return new DocumentTable<>(this);
        }
    }
}
