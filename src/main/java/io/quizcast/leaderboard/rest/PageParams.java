package io.quizcast.leaderboard.rest;

import io.quizcast.common.error.ApiException;

/** Leaderboard paging: limit 1..1000 (default 100), offset 0 or more. */
final class PageParams {

    static final int MAX_LIMIT = 1000;

    private PageParams() {
    }

    static void check(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be 1 to " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw ApiException.invalid("offset", "must be 0 or more");
        }
    }
}
