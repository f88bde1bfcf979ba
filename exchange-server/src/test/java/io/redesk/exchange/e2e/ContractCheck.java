package io.redesk.exchange.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.http.ContractSchemas;
import io.redesk.exchange.testing.OpenApiResponseValidator;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An OkHttp interceptor that checks every exchange response the SDK receives against
 * {@code openapi.yaml} with the server team's {@link OpenApiResponseValidator} (operation exists, status
 * documented, content type, body schema with formats), and records which operations were exercised so
 * a test can show that every operation of the contract was. A violation fails the test at the call.
 */
final class ContractCheck implements Interceptor {

    private static final ContractSchemas CONTRACT = ContractSchemas.load();
    private static final OpenApiResponseValidator VALIDATOR = OpenApiResponseValidator.get();

    private final List<String> checked = new CopyOnWriteArrayList<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String method = chain.request().method();
        String path = chain.request().url().encodedPath();
        byte[] body = response.peekBody(Long.MAX_VALUE).bytes();
        VALIDATOR.assertValid(method, path, response.code(), response.header("Content-Type"), body);
        checked.add(method + " " + template(path) + " " + response.code());
        return response;
    }

    /** Every operation the contract declares, as "METHOD /template". */
    static Set<String> operations() {
        Set<String> ops = new java.util.TreeSet<>();
        CONTRACT.document().get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(m)) {
                ops.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }));
        return ops;
    }

    /** Every operation answered and checked so far, as "METHOD /template status". */
    List<String> checked() {
        return checked;
    }

    /** The contract's path template matching a concrete path, e.g. /quotes/{quoteId}/accept. */
    static String template(String path) {
        Iterator<Map.Entry<String, JsonNode>> paths = CONTRACT.document().get("paths").fields();
        String best = null;
        while (paths.hasNext()) {
            String t = paths.next().getKey();
            String regex = "^" + Pattern.quote(t).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
            if (path.matches(regex) && (best == null || literalLength(t) > literalLength(best))) {
                best = t;
            }
        }
        return best;
    }

    private static int literalLength(String template) {
        return template.replaceAll("\\{[^}]+}", "").length();
    }

}
