package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelCommandTest {

  @Test
  void model_printsBodiesRulesStatesAndStepVocabulary() {
    String[] result = CommandOutput.runCapturing("", "model");
    int status = Integer.parseInt(result[0]);
    String text = result[1];
    assertThat(status).isZero();
    assertThat(text)
        .contains("unsc", "9 affirmative votes, no permanent member against")
        .contains("States: 193 members, 2 observers")
        .contains("agenda-item-added");
  }
}
