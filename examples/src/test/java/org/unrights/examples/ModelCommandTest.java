package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelCommandTest {

  @Test
  void model_printsBodiesRulesStatesAndStepVocabulary() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = Main.run("model");
    } finally {
      System.setOut(original);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(text)
        .contains("unsc", "9 affirmative votes, no permanent member against")
        .contains("States: 193 members, 2 observers")
        .contains("agenda-item-added");
  }
}
