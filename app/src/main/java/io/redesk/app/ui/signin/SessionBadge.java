package io.redesk.app.ui.signin;

import atlantafx.base.theme.Styles;
import io.redesk.app.session.Session;
import io.redesk.app.ui.i18n.I18n;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** Who is signed in (user, organisation, roles) and a Sign out button, for the status bar's right end. */
public final class SessionBadge extends HBox {

    /** A badge for {@code session}; {@code onSignOut} runs when the user signs out. */
    public SessionBadge(Session session, I18n i18n, Runnable onSignOut) {
        Label who = new Label();
        who.setId("session-user");
        // roles in the user's language, re-read when the language changes
        who.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.text("session.badge",
                session.user().displayName(), session.organisation().name(),
                session.roles().stream().map(r -> roleText(i18n, r)).collect(Collectors.joining(", "))),
                i18n.languageProperty()));
        who.setGraphic(new FontIcon(Material2OutlinedAL.ACCOUNT_CIRCLE));
        Button signOut = new Button();
        signOut.setId("session-sign-out");
        signOut.textProperty().bind(i18n.bind("session.signOut"));
        signOut.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        signOut.setOnAction(e -> onSignOut.run());
        getChildren().addAll(who, signOut);
        setSpacing(8);
        setAlignment(Pos.CENTER_RIGHT);
    }

    static String roleText(I18n i18n, io.redesk.sdk.model.party.Role role) {
        return switch (role) {
            case BROKER -> i18n.text("role.BROKER");
            case UNDERWRITER -> i18n.text("role.UNDERWRITER");
            case FINANCE -> i18n.text("role.FINANCE");
            case ADMIN -> i18n.text("role.ADMIN");
        };
    }
}
