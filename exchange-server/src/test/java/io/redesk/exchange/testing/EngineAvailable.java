package io.redesk.exchange.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips every test of a PostgreSQL run, with the reason, when no PostgreSQL is configured on a developer's
 * machine; on CI ({@code CI=true}) it does not skip, so the missing database fails the tests. Registered
 * for every test class through {@code META-INF/services} (the build enables extension auto-detection).
 */
public final class EngineAvailable implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String why = TestDatabases.missing();
        if (why == null || TestDatabases.onCi()) {
            return ConditionEvaluationResult.enabled("engine " + TestDatabases.engine());
        }
        return ConditionEvaluationResult.disabled("PostgreSQL run skipped: " + why);
    }
}
