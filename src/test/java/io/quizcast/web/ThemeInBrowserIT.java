package io.quizcast.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged service (the JVM build, or the native executable with -Dnative). */
@QuarkusIntegrationTest
class ThemeInBrowserIT extends ThemeInBrowserTest {
}
