package io.quizcast.common.limit;

import io.quizcast.common.error.ErrorCode;
import io.quizcast.common.error.RetryLater;
import io.quizcast.config.QuizcastConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The abuse limits of the public routes (docs/decisions.md, "Abuse limits"): failed logins slowed per account and per
 * address, join codes not found limited per address, joins limited per address and per event. Only failures count
 * for logins and look-ups, so a venue's right codes and passwords are never slowed. A refusal is 429
 * {@code rate_limited} with Retry-After.
 */
@ApplicationScoped
public class RequestLimits {

    private final KeyedBuckets loginAccount;
    private final KeyedBuckets loginAddress;
    private final KeyedBuckets lookupMisses;
    private final KeyedBuckets joinAddress;
    private final KeyedBuckets joinEvent;

    RequestLimits(QuizcastConfig config) {
        QuizcastConfig.Limits l = config.limits();
        int keys = l.maxKeys();
        this.loginAccount = buckets(l.loginFailuresPerAccountBurst(), l.loginFailuresPerAccountRefill(), keys);
        this.loginAddress = buckets(l.loginFailuresPerAddressBurst(), l.loginFailuresPerAddressRefill(), keys);
        this.lookupMisses = buckets(l.lookupMissesPerAddressBurst(), l.lookupMissesPerAddressRefill(), keys);
        this.joinAddress = buckets(l.joinsPerAddressBurst(), l.joinsPerAddressRefill(), keys);
        this.joinEvent = buckets(l.joinsPerEventBurst(), l.joinsPerEventRefill(), keys);
    }

    private static KeyedBuckets buckets(int burst, Duration refill, int keys) {
        return new KeyedBuckets(burst, refill.toNanos(), keys, System::nanoTime);
    }

    /** Before a password is checked: refused while the account or the address has used up its failures. */
    public void beforeLogin(String username, String address) {
        long wait = Math.max(loginAccount.wait(account(username)), loginAddress.wait(address));
        if (wait > 0) {
            throw refused(wait, "Too many failed logins: wait before trying again");
        }
    }

    public void loginFailed(String username, String address) {
        loginAccount.charge(account(username));
        loginAddress.charge(address);
    }

    /** Before a join code is looked up: refused while the address has used up its misses. */
    public void beforeLookup(String address) {
        long wait = lookupMisses.wait(address);
        if (wait > 0) {
            throw refused(wait, "Too many join codes not found from here: check the code, then try again");
        }
    }

    public void lookupMissed(String address) {
        lookupMisses.charge(address);
    }

    /** A join from {@code address} with {@code code}: counted, or refused when either limit is used up. */
    public void join(String address, String code) {
        long wait = joinAddress.acquire(address);
        if (wait == 0) {
            wait = joinEvent.acquire(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        }
        if (wait > 0) {
            throw refused(wait, "Too many joins at once: try again in a moment");
        }
    }

    private static String account(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static RetryLater refused(long waitNanos, String message) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
        return new RetryLater(429, ErrorCode.RATE_LIMITED, seconds, message);
    }
}
