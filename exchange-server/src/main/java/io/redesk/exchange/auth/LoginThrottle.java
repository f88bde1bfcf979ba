package io.redesk.exchange.auth;

import io.redesk.exchange.http.ApiProblem;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limiting in a sliding window: at most {@code maxFailuresPerUser} failed logins per
 * username and {@code maxAttemptsPerAddress} attempts per client address per window. Over the limit a
 * login is refused with 429 and {@code Retry-After} before the password is even checked, so guessing
 * costs the attacker time, not the server Argon2 work.
 */
public final class LoginThrottle {
    private static final int MAX_TRACKED = 100_000;
    private final int maxFailuresPerUser;
    private final int maxAttemptsPerAddress;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Deque<Long>> failuresByUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> attemptsByAddress = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailuresPerUser, int maxAttemptsPerAddress, long windowMillis, Clock clock) {
        this.maxFailuresPerUser = maxFailuresPerUser;
        this.maxAttemptsPerAddress = maxAttemptsPerAddress;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Records an attempt from the address; throws 429 when the user or address is over its limit. */
    public void checkAndCount(String username, String address) {
        long now = clock.millis();
        Deque<Long> addr = attemptsByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (addr) {
            prune(addr, now);
            if (addr.size() >= maxAttemptsPerAddress) {
                throw ApiProblem.rateLimited(retryAfter(addr, now));
            }
            addr.addLast(now);
        }
        Deque<Long> user = failuresByUser.get(username.toLowerCase(java.util.Locale.ROOT));
        if (user != null) {
            synchronized (user) {
                prune(user, now);
                if (user.size() >= maxFailuresPerUser) {
                    throw ApiProblem.rateLimited(retryAfter(user, now));
                }
            }
        }
    }

    public void failed(String username) {
        long now = clock.millis();
        if (failuresByUser.size() > MAX_TRACKED) {
            // Guessing random usernames must not grow memory without bound: forget quiet entries.
            failuresByUser.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, now);
                    return d.isEmpty();
                }
            });
        }
        Deque<Long> user = failuresByUser.computeIfAbsent(username.toLowerCase(java.util.Locale.ROOT), u -> new ArrayDeque<>());
        synchronized (user) {
            prune(user, now);
            user.addLast(now);
        }
    }

    public void succeeded(String username) {
        failuresByUser.remove(username.toLowerCase(java.util.Locale.ROOT));
    }

    private void prune(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.pollFirst();
        }
    }

    private int retryAfter(Deque<Long> times, long now) {
        long oldest = times.isEmpty() ? now : times.peekFirst();
        return (int) Math.max(1, (oldest + windowMillis - now + 999) / 1000);
    }
}
