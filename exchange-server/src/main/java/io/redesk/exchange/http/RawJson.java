package io.redesk.exchange.http;

/** A response body already serialised (the feed splices stored documents without re-parsing them). */
public record RawJson(byte[] bytes) {
}
