/** quizcast: live event quizzes over WebSocket, backed by PostgreSQL. */
package io.quizcast;
