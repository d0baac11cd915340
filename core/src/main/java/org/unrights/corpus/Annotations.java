package org.unrights.corpus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unrights.model.AgendaItem;
import org.unrights.model.Amendment;
import org.unrights.model.Claim;
import org.unrights.model.CommissionOfInquiry;
import org.unrights.model.CountryVisit;
import org.unrights.model.Draft;
import org.unrights.model.Mandate;
import org.unrights.model.Membership;
import org.unrights.model.Person;
import org.unrights.model.Referral;
import org.unrights.model.Report;
import org.unrights.model.Resolution;
import org.unrights.model.Step;
import org.unrights.model.UprReview;
import org.unrights.model.VoteEvent;

/**
 * The reviewed annotations of one document, as read from {@code NAME.annotations.json}: lists with
 * the {@link org.unrights.model.Dossier}'s property names plus a {@code review} block.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnnotations.class)
@JsonDeserialize(as = ImmutableAnnotations.class)
abstract class Annotations {

  abstract List<Person> persons();

  abstract List<Resolution> resolutions();

  abstract List<Draft> drafts();

  abstract List<Amendment> amendments();

  abstract List<VoteEvent> voteEvents();

  abstract List<Mandate> mandates();

  abstract List<CountryVisit> visits();

  abstract List<CommissionOfInquiry> commissions();

  abstract List<Report> reports();

  abstract List<UprReview> reviews();

  abstract List<AgendaItem> agendaItems();

  abstract List<Membership> memberships();

  abstract List<Referral> referrals();

  abstract List<Step> steps();

  abstract List<Claim> claims();

  abstract Optional<Review> review();

  static Annotations empty() {
    return ImmutableAnnotations.builder().build();
  }
}
