package io.redesk.app.ui.registration;

import io.redesk.app.ui.i18n.I18n;

/** The user's-language label of each field the registration sends (names as {@code BrokerDesk#fieldsLeaving}). */
final class RegistrationText {

    private RegistrationText() {
    }

    static String label(I18n i18n, String field) {
        if (field.startsWith("lines[") && field.endsWith("]")) {
            int n = Integer.parseInt(field.substring("lines[".length(), field.length() - 1)) + 1;
            return i18n.text("registration.field.line", n);
        }
        return switch (field) {
            case "umr" -> i18n.text("registration.field.umr");
            case "contractKind" -> i18n.text("registration.field.contractKind");
            case "cedentId" -> i18n.text("registration.field.cedentId");
            case "brokerId" -> i18n.text("registration.field.brokerId");
            case "periodStart" -> i18n.text("registration.field.periodStart");
            case "periodEnd" -> i18n.text("registration.field.periodEnd");
            case "premium" -> i18n.text("registration.field.premium");
            case "orderShare" -> i18n.text("registration.field.orderShare");
            default -> field;
        };
    }
}
