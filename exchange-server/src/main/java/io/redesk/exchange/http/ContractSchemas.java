package io.redesk.exchange.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON schemas of {@code openapi.yaml} (from client-sdk's resources), compiled on demand. The
 * server validates every request body against its schema before reading it, so the contract, not
 * hand-written checks, decides what well-formed input is, and the problem names the failing field.
 */
public final class ContractSchemas {
    /** Classpath location of the contract. */
    public static final String RESOURCE = "io/redesk/sdk/openapi.yaml";
    private static final String BASE = "https://contract.redesk.invalid/openapi.json";

    private final JsonNode document;
    private final byte[] yaml;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private ContractSchemas(byte[] yaml) {
        this.yaml = yaml;
        try {
            this.document = new YAMLMapper().readTree(yaml);
            String json = new ObjectMapper().writeValueAsString(document);
            this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    b -> b.schemaLoaders(l -> l.schemas(Map.of(BASE, json))));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml is not valid YAML", e);
        }
        this.config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build();
    }

    /** Loads the contract from the class path. */
    public static ContractSchemas load() {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the class path (" + RESOURCE + ")");
            }
            return new ContractSchemas(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract as served at {@code /openapi.yaml}. */
    public byte[] yaml() {
        return yaml.clone();
    }

    /** A plain JSON reader for checks that walk a body beside its schema. */
    ObjectMapper mapperForChecks() {
        return PLAIN;
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** The parsed contract. */
    public JsonNode document() {
        return document;
    }

    /** The schema at a JSON pointer of the document, e.g. {@code /components/schemas/Placement}. */
    public JsonSchema schemaAt(String pointer) {
        return compiled.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(BASE + "#" + p), config));
    }

    /** Validation messages of {@code node} against the named component schema. */
    public Set<ValidationMessage> validate(String componentSchema, JsonNode node) {
        return schemaAt("/components/schemas/" + componentSchema).validate(node);
    }
}
