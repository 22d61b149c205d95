package io.github.deepcopygen.examples;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo the README runs prints the cached server unchanged and the copy changed. */
class DemoTest {

  @Test
  void demoShowsTheCachedServerUntouched() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains(
            "cached: replicas=3 sessionStorage=redis@redis.toolhive.svc:6379 password=redis-secret/password"
                + " LOG_LEVEL=info labels={app=fetch}");
    assertThat(output)
        .contains(
            "copy  : replicas=5 sessionStorage=redis@redis-ha.toolhive.svc:6379"
                + " password=redis-ha-secret/password LOG_LEVEL=debug labels={app=fetch, scaled-by=demo}");
    assertThat(output).contains("The cached MCPServer is unchanged");
  }
}
