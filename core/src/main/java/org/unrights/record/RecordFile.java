package org.unrights.record;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.unrights.model.Dossier;

/**
 * The record file as stored: {@code {"about":"...","dossier":{...},"entries":[...],
 * "sourceGrades":{...},"notFound":[...]}}. Internal: users see {@link OfficialRecord}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordFile.class)
@JsonDeserialize(as = ImmutableRecordFile.class)
abstract class RecordFile {

  abstract Optional<String> about();

  abstract Dossier dossier();

  abstract List<RecordEntry> entries();

  abstract Map<String, Confidence> sourceGrades();

  abstract List<String> notFound();
}
