package io.quizcast.load.bench;

import io.quizcast.load.Report;

/** One build's run of a scenario: what the load tool measured, and the answer rows the database gained meanwhile. */
record Measured(Report report, long storedAnswers) {
}
