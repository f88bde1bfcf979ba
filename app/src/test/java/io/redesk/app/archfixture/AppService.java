package io.redesk.app.archfixture;

import io.redesk.exchange.archfixture.ExchangeInternal;
import java.util.logging.Logger;
import javafx.beans.property.SimpleStringProperty;

/**
 * Architecture fixture: UI-free app code that prints, uses java.util.logging and JavaFX, and reaches
 * into exchange-server internals (all forbidden).
 */
public class AppService {
    private final SimpleStringProperty name = new SimpleStringProperty();

    public void run() {
        System.out.println(name.get());
        Logger.getLogger("x").info("jul");
        new ExchangeInternal().model();
        try {
            name.set("x");
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }
}
