package io.redesk.app.ui.inbox;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.underwriting.UnderwritingTexts;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.InboxEntry;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * One inbox row on two lines: the UMR and what the placement needs (coloured when it needs the user),
 * then its title, wrapped. As wide as the list, so the list never scrolls sideways.
 */
final class InboxCell extends ListCell<InboxEntry> {

    private final InboxViewModel inbox;
    private final I18n i18n;

    InboxCell(InboxViewModel inbox, I18n i18n, ListView<InboxEntry> list) {
        this.inbox = inbox;
        this.i18n = i18n;
        // the cell follows the list's width (minus the scroll bar) instead of widening the list
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(Control.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(InboxEntry item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setId(null);
            setAccessibleText(null);
            return;
        }
        DeskAction action = item.action();
        boolean needsMe = action == DeskAction.ANSWER_QUOTE || action == DeskAction.WRITE_LINE || item.rejected();
        FontIcon icon = new FontIcon(item.rejected() ? Material2OutlinedAL.ERROR_OUTLINE
                : needsMe ? Material2OutlinedMZ.NOTIFICATION_IMPORTANT
                : action == DeskAction.SENDING ? Material2OutlinedAL.CLOUD_UPLOAD
                : action == DeskAction.SIGNED ? Material2OutlinedAL.CHECK_CIRCLE
                : Material2OutlinedAL.HOURGLASS_EMPTY);
        Label umr = new Label(item.placement().umr() == null ? "—" : item.placement().umr(), icon);
        umr.getStyleClass().add(Styles.TEXT_BOLD);
        umr.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label what = new Label(item.rejected() ? i18n.text("inbox.rejected") : i18n.text(UnderwritingTexts.action(action)));
        what.getStyleClass().addAll(Styles.TEXT_SMALL, item.rejected() ? Styles.DANGER
                : needsMe ? Styles.ACCENT : action == DeskAction.SENDING ? Styles.WARNING : Styles.TEXT_MUTED);
        what.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, umr, gap, what);
        top.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(item.placement().title() == null ? "" : item.placement().title());
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, top, title);
        box.setFillWidth(true);
        setGraphic(box);
        setAccessibleText(inbox.describe(item));
        setId("inbox-" + (item.placement().umr() == null ? item.placement().id() : item.placement().umr()));
    }
}
