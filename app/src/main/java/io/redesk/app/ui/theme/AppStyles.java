package io.redesk.app.ui.theme;

/**
 * ReDesk's own style classes, defined in {@code redesk.css}. Code uses these constants (and
 * AtlantaFX's {@code Styles}) instead of string literals, so a rename is a compile error.
 */
public final class AppStyles {

    public static final String APP_ROOT = "rd-app";
    public static final String SIDEBAR = "rd-sidebar";
    public static final String SIDEBAR_BRAND = "rd-sidebar-brand";
    public static final String SIDEBAR_TAGLINE = "rd-sidebar-tagline";
    public static final String NAV_ITEM = "rd-nav-item";
    public static final String PAGE = "rd-page";
    public static final String PAGE_HEADER = "rd-page-header";
    public static final String PAGE_TITLE = "rd-page-title";
    public static final String PAGE_SUBTITLE = "rd-page-subtitle";
    public static final String EMPTY_STATE = "rd-empty-state";
    public static final String EMPTY_STATE_ICON = "rd-empty-state-icon";
    public static final String CARD = "rd-card";
    public static final String CARD_TITLE = "rd-card-title";
    public static final String STATUS_BAR = "rd-status-bar";
    public static final String STATUS_DOT = "rd-status-dot";
    public static final String STATUS_ONLINE = "rd-status-online";
    public static final String STATUS_CONNECTING = "rd-status-connecting";
    public static final String STATUS_OFFLINE = "rd-status-offline";
    public static final String SETTING_LABEL = "rd-setting-label";

    private AppStyles() {
    }
}
