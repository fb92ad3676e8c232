//! Claims a sentence seems to make but does not: passes over a document's
//! claims after they are read, each dropping one kind of false figure.
//!
//! - [`counts_things`]: a toll or a head count whose figure counts things
//!   the lexicon knows are not people ("2.818 immeubles se sont effondrés
//!   ... morts", "two dams", "eight villages").
//! - [`heads_in_money`]: a figure of people (a toll, a lay-off, staff,
//!   votes) given as an amount of money ("cut 500 jobs afin de réduire
//!   ses coûts de 1 milliard d'euros"): the money is another act's.
//! - [`percent_change`]: an amount of money (revenue, profit, loss,
//!   valuation, investment, spending, money raised) given as a percentage:
//!   "revenue fell 1%" is a change, not the revenue.
//! - [`percent_toll`]: the dead, hurt or missing given as a percentage: a
//!   share of the toll, not a count.
//! - [`cited_counts`]: a figure an "according to" word governs counts the
//!   sources ("according to four pollsters"), no claim's figure.
//! - [`percent_of_making`]: a plan, a development, a build or a training
//!   given as a percentage ("kami berencana untuk mengurangi ... sekitar
//!   10 persen": the figure is of an act the lexicon does not know).
//! - [`conversions`]: a figure in parentheses right after one in another
//!   currency, the outlet's conversion ("US$ 10 bilhões (R$ 57,52
//!   bilhões)", "1천만달러(약 132억)"): the fact is the first figure.
//! - [`wholes`]: a figure that is the whole of the figure before it
//!   ("2,472 of the 16,086 residents had been evacuated"): it counts the
//!   residents, not the evacuated ([`Lexicon::part_of`]).
//!   A whole of a part identified is the toll ([`identified_wholes`]).
//! - [`opening_wholes`]: a figure a "part of" phrase opening the sentence
//!   puts first, a smaller one after it ("Das 181 pessoas ..., apenas
//!   dois ... resgatados com vida"): the whole is no survivors' count.
//! - [`toll_parts`]: a toll's figure that counts a part of its victims
//!   ("Three of the victims died in a rockfall"): the whole is the toll.
//! - [`market_shares`]: a percent that is a market share ("il 10,7% di
//!   quota di mercato", "a 12% market share"): no act's figure (no stake
//!   bought, no order), and no predicate measures it.
//! - [`measured`]: a figure followed by a unit of length, area or
//!   temperature ("50 km from the coast", "51,8 grados"): a measure, no count.
//! - [`changes`]: the amount of a change ("the staff fell by 7,000",
//!   "die Zahl der Toten stieg um 200"): a difference, not the level a
//!   measure gives ([`crate::lang::RevisionMark::By`]); sales too ("une
//!   baisse des ventes de 3,8 %"). An act keeps it: "cut its workforce by
//!   10%" is the lay-off.
//! - [`counts_time`]: a figure that counts units of time ("sejarah 48
//!   tahun", "a 48-year history"): a span of time, which no predicate
//!   measures.
//! - [`counts_nothing`]: a bare number that names nothing it counts, with a
//!   predicate that does not say what it counts either ("the production of
//!   the 737", "a 737 MAX 9", "the launch of the 767"): a model number, a
//!   label or a year far more often than a count of what was ordered,
//!   shipped, launched or built.
//! - [`measure_without_figure`]: a measure (a toll, a tally, revenue,
//!   staff, votes) affirmed with no figure ("dozens are missing", "its
//!   revenue did not grow as expected"): nothing a reader can compare.
//!   An act keeps its claim without one: "will launch it in 2026" gives
//!   its time.
//! - [`affected_places_or_things`]: what an event affected, counted in
//!   places, beds or things of no known kind ("drei Provinzen", "seis
//!   aldeias", "50.000 Betten"): where the event struck, not whom.
//! - [`trades_people`]: a sale, purchase, shipment or receipt whose
//!   figure counts jobs or people ("6,000 jobs through the sale of
//!   business activities"): the figure is another act's.
//! - [`lay_off_without_figure`]: a lay-off affirmed with no figure ("a
//!   second wave of layoffs"): nothing a reader can compare.
//! - [`plans_people`]: a plan of jobs or people with no figure ("plant,
//!   500 Stellen zu streichen"): the act planned claims, the plan does not.
//! - [`orders_people`]: an order whose object is people ("ordered
//!   residents to evacuate"): a command, not a purchase.
//! - [`lowered_to`]: a cut or a lay-off whose figure is a level a
//!   lowering goes from or to ("de 10 000 à 8 000 salariés"), not the
//!   amount cut.
//! - the levels of [`lowerings`] for staff and users: a staff or a count
//!   of users a lowering reaches ("von 27.000 auf 16.000") is one to come,
//!   not today's.
//! - [`place_parts`]: a bare figure that is a part of a count of places
//!   ("in 35 out of 47 counties"): where, never a toll.
//! - [`fine_without_amount`]: a fine with no amount of money ("fined
//!   Acme", "a fine of up to 10% of its turnover"): a ceiling or a
//!   threshold, not the fine.
//! - [`restriction_in_money`]: a restriction measured in money
//!   ("sanzioni amministrative per un totale di 345 milioni di euro"): a
//!   fine's sanctions.

use once_cell::sync::Lazy;

use super::{numbers, window};
use crate::extract::notcounts::{self, Words, starts_at};
use crate::extract::{Ctx, ending_at};
use crate::lang::{SetApart, Tag, kinds};
use crate::schema::{Claim, Concept, Modality, Object, Polarity, Predicate, Unit};
use crate::text::{Case, Kind};

/// Concept keys of vehicles: a crowd may count them ("3,000 tractors
/// converged on the capital"), and they are its object, a fact apart from
/// the crowd's people.
pub(crate) const VEHICLES: &[&str] = &["vehicle", "tractor", "truck", "car"];

/// Drops the claims no pass lets through.
pub(super) fn drop_false_figures(cx: &Ctx, quantities: &[numbers::Mention], claims: &mut Vec<Claim>) {
    let conversions = conversions(cx, quantities);
    let wholes = wholes(cx, quantities);
    let majority_wholes = majority_wholes(cx, quantities);
    let excepted = excepted(cx, quantities);
    let opening_wholes = opening_wholes(cx, quantities);
    let people_parts = people_parts(cx, quantities);
    let place_parts = place_parts(cx, quantities);
    let located = located_counts(cx, quantities);
    let toll_parts = toll_parts(cx, quantities);
    let market_shares = market_shares(quantities);
    let measured = measured(cx, quantities);
    let changes = changes(cx, quantities);
    let moves = percent_moves(cx, quantities);
    let share_moves = share_moves(cx, quantities);
    let cited = cited_counts(cx, quantities);
    let set_aside = set_aside(cx, quantities);
    let defined = defined_groups(cx, quantities);
    let benchmarks = benchmarks(cx, quantities);
    let sanctioned = sanctioned_forces(cx, quantities);
    let lowerings = lowerings(cx, quantities);
    let lowered_to = lowered_to(cx, quantities, &lowerings);
    staff_levels(&lowerings, claims);
    let dead_wholes = identified_wholes(cx, quantities, claims);
    let disease = names_disease(cx);
    let found = found_bodies(cx, quantities);
    claims.retain(|c| {
        (c.predicate != Predicate::Cases || disease)
            && (!of_bodies(c) || figure_at(c, &found))
            && !counts_things(cx, c)
            && !counts_disasters(cx, c)
            && !heads_in_money(c)
            && !money_in_heads(c)
            && !percent_change(c)
            && !percent_toll(c)
            && !sales_change(c)
            && !plan_of_money(c)
            && !percent_of_making(c)
            && !figure_at(c, &conversions)
            && !(c.predicate != Predicate::OnBoard && figure_at(c, &wholes) && !figure_at(c, &dead_wholes))
            && !(c.predicate != Predicate::OnBoard && figure_at(c, &majority_wholes))
            && !(c.predicate != Predicate::Survivors && figure_at(c, &excepted))
            && !(c.predicate == Predicate::Survivors && figure_at(c, &opening_wholes))
            && !figure_at(c, &place_parts)
            && !figure_at(c, &located)
            && !(c.predicate.is_toll()
                && c.predicate != Predicate::SeriouslyInjured
                && &*c.subject.key == super::EVENT
                && figure_at(c, &toll_parts))
            && !figure_at(c, &market_shares)
            && !figure_at(c, &measured)
            && !figure_at(c, &set_aside)
            && !(c.predicate == Predicate::Employees && figure_at(c, &defined))
            && !figure_at(c, &benchmarks)
            && !(c.predicate == Predicate::Deployed && figure_at(c, &sanctioned))
            && !figure_at(c, &cited)
            && (matches!(c.predicate, Predicate::Cut | Predicate::LayOff) || !figure_at(c, &moves))
            && !figure_at(c, &share_moves)
            && !(matches!(c.predicate, Predicate::Cut | Predicate::LayOff) && figure_at(c, &lowered_to))
            && !((c.predicate.is_measure() || c.predicate == Predicate::Sell) && figure_at(c, &changes))
            && !area_mismatch(c)
            && !fractional_heads(c)
            && (!identified_unsure(c) || figure_at(c, &people_parts))
            && !counts_nothing(c)
            && !counts_time(cx, c)
            && !measure_without_figure(c)
            && !act_on_concept_without_figure(c)
            && !spending_without_amount(c)
            && !lay_off_without_figure(c)
            && !orders_people(c)
            && !trades_people(c)
            && !plans_people(c)
            && !fine_without_amount(c)
            && !money_act_of_a_count(c)
            && !restriction_in_money(c)
            && !affected_places_or_things(c)
    });
}

/// The whole of a part identified is the toll: "identified 174 of the
/// 179 victims", "174 der 179 Menschen identifiziert, die ... ums Leben
/// gekommen waren", "174 delle 179 vittime": those identified are of the
/// dead, so the whole counts the dead ([`whole_of`]). Its claim becomes
/// the deaths it counts (no object); the byte offsets of their figures,
/// sorted, are returned, so that the filter of wholes keeps them.
fn identified_wholes(cx: &Ctx, quantities: &[numbers::Mention], claims: &mut [Claim]) -> Vec<usize> {
    let mut identified: Vec<usize> = claims
        .iter()
        .filter(|c| c.predicate == Predicate::Identified)
        .filter_map(|c| c.quantity.as_ref().map(|q| q.start))
        .collect();
    if identified.is_empty() {
        return Vec::new();
    }
    identified.sort_unstable();
    let wholes: Vec<usize> = quantities
        .windows(2)
        .filter(|w| identified.binary_search(&w[0].quantity.start).is_ok() && whole_of(cx, &w[0], &w[1]))
        .map(|w| w[1].quantity.start)
        .collect();
    let people = |c: &Claim| c.quantity.as_ref().is_some_and(|q| counts_people_or_victims(&q.unit));
    let of_dead = |c: &Claim| matches!(c.predicate, Predicate::Identified | Predicate::Deaths);
    let mut dead = Vec::new();
    for c in claims.iter_mut().filter(|c| figure_at(c, &wholes) && of_dead(c) && people(c)) {
        c.predicate = Predicate::Deaths;
        c.object = None;
        dead.extend(c.quantity.as_ref().map(|q| q.start));
    }
    dead.sort_unstable();
    dead
}

/// How many tokens may stand between a count of bodies and a word of
/// finding ([`found_bodies`]): "Rescuers found two more bodies", "dua
/// mayat ditemukan di bawah reruntuhan".
const FIND_REACH: usize = 8;

/// The byte offsets of the counts of bodies with a word of finding
/// ([`crate::lang::Lexicon::finds`]) at most [`FIND_REACH`] tokens before
/// or after them in their sentence, sorted: the dead found ("divers
/// recovered two bodies", "trois corps ont été repêchés"). Bodies handed
/// over, identified or buried count no toll ("los cuerpos de cuatro
/// víctimas han sido entregados").
fn found_bodies(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let t = cx.tokens;
    let stop = |j: usize| crate::extract::revisions::ends_sentence(t, j);
    let found = |q: &&numbers::Mention| {
        let bodies = super::sentence::counts_bodies(cx, q);
        let before = (q.first.saturating_sub(FIND_REACH)..q.first).rev().take_while(|&j| !stop(j));
        let after = (q.last..(q.last + FIND_REACH).min(t.len())).take_while(|&j| !stop(j));
        bodies && before.chain(after).any(|j| cx.lex.finding_at(t, j))
    };
    quantities.iter().filter(found).map(|q| q.quantity.start).collect()
}

/// Whether the claim counts bodies ([`Concept::BODY`]).
fn of_bodies(c: &Claim) -> bool {
    matches!(&c.object, Some(Object::Concept { concept }) if concept.0 == Concept::BODY)
}

/// Whether the document names a disease or an outbreak
/// ([`crate::lang::Lexicon::diseases`]): only there do cases count the
/// infected ("89 missing-person cases" in a flood story are none).
fn names_disease(cx: &Ctx) -> bool {
    cx.tags.kinds_in(0, cx.tokens.len()).meets(kinds![Disease])
}

/// A price, a spending, aid or a loss whose figure is a count: "the purchase
/// includes options for 20 jets ... at list price", "raised prices on 300
/// products", "2.100 cancelados, ... con origen o destino a Estados
/// Unidos" (where "destino" folds as "destinó"), "Fortune 500 firms to see
/// $5.4 billion in losses", "20 aid workers" count things, which no price,
/// spending, aid or loss is (an amount, or a change in percent).
fn money_act_of_a_count(c: &Claim) -> bool {
    matches!(c.predicate, Predicate::Price | Predicate::Spend | Predicate::Loss | Predicate::Aid)
        && matches!(c.quantity.as_ref().map(|q| &q.unit), Some(Unit::Count { .. }))
}

/// A restriction whose figure is an amount of money: "dovrà pagare
/// sanzioni amministrative per un totale di 345 milioni di euro" is a
/// fine, which the fine rules read where they can tell who bears it; no
/// restriction is measured in money.
fn restriction_in_money(c: &Claim) -> bool {
    c.predicate == Predicate::Restrict && matches!(c.quantity.as_ref().map(|q| &q.unit), Some(Unit::Money { .. }))
}

/// A fine ([`super::FINE`]) whose figure is no amount of money.
fn fine_without_amount(c: &Claim) -> bool {
    let fine = c.predicate == Predicate::Price && c.object.as_ref().is_some_and(|o| o.key() == super::FINE);
    fine && !matches!(c.quantity.as_ref().map(|q| &q.unit), Some(Unit::Money { .. }))
}

/// Concept keys of people an order may command, never buy.
const COMMANDED: &[&str] = &["person", "resident", "employees", "family", "household", "migrant", "tourist", "fan"];

/// An order of people: "ordered residents to evacuate", "ordenó a 3.000
/// vecinos abandonar sus casas" is a command, which no purchase order is.
fn orders_people(c: &Claim) -> bool {
    c.predicate == Predicate::Order
        && matches!(&c.object, Some(Object::Concept { concept }) if COMMANDED.contains(&concept.0.as_str()))
}

/// A trade whose figure counts jobs or people: "cut 5,000 jobs and an
/// additional 6,000 jobs through the sale of business activities" sells
/// no jobs, "6.000 durch Ausgliederungen oder Verkäufe" neither: the
/// figure is another act's (a staff moved out with what is sold). Nor
/// does one with no figure whose object is jobs or people.
fn trades_people(c: &Claim) -> bool {
    let trade = matches!(c.predicate, Predicate::Sell | Predicate::Buy | Predicate::Ship | Predicate::Receive);
    let people = match &c.quantity {
        Some(q) => matches!(&q.unit, Unit::Count { concept: Some(k) } if Concept::is_people(&k.0)),
        // With no figure, its object: "securing thousands of jobs amid
        // declining sales" sells no jobs.
        None => matches!(&c.object, Some(Object::Concept { concept }) if Concept::is_people(&concept.0)),
    };
    trade && people
}

/// A plan of jobs or people with no figure of its own: "Acme plant, 500
/// Stellen zu streichen" plans a cut, which its verb claims with the
/// figure. ("plans to employ 5,000 people" keeps its figure and claim.)
fn plans_people(c: &Claim) -> bool {
    c.predicate == Predicate::Plan
        && c.quantity.is_none()
        && matches!(&c.object, Some(Object::Concept { concept }) if Concept::is_people(&concept.0))
}

/// A measure with no figure, affirmed: "dozens are missing", "people
/// died in the floods", "revenue did not grow as expected in 2024" give
/// no number a reader can compare, whatever time or object they name. A
/// denied one stays ("no one died"), but not what an event did not
/// affect: "Mac devices were not affected" names the things, not the
/// event, where the claim's subject stands.
fn measure_without_figure(c: &Claim) -> bool {
    let denial_stays = c.polarity == Polarity::Denied && c.predicate != Predicate::Affected;
    c.predicate.is_measure() && c.quantity.is_none() && !denial_stays
}

/// What the claim says an event affected is news when it counts people
/// (or what stands for them: households, homes) or devices: "10,000
/// people were affected", "8.5 million devices". A count of places, of a
/// noun the lexicon does not know or of nothing named ("drei Provinzen",
/// "50.000 Betten", "afectó a 8,5 millones") tells where the event
/// struck or cannot be compared; it makes no claim.
fn affected_places_or_things(c: &Claim) -> bool {
    let counted = match c.quantity.as_ref().map(|q| &q.unit) {
        Some(Unit::Count { concept: Some(k) }) => Concept::is_people(&k.0) || AFFECTED_THINGS.contains(&k.0.as_str()),
        _ => false,
    };
    c.predicate == Predicate::Affected && c.quantity.is_some() && !counted
}

/// Things besides people whose count an event affected is news of:
/// devices knocked out, homes hit.
const AFFECTED_THINGS: &[&str] = &["device", "house"];

/// An order, a shipment, a delivery received, a cut or an investment of a
/// kind of thing, with no figure and no time, affirmed: "cuts through
/// buildings", "inversiones para cumplir con la normativa sobre CO2", "the
/// aircraft customers had ordered" name what is counted but give nothing
/// a reader can compare (no amount, no date, no named party): such acts
/// are news by their figures. An act on a named entity stays ("Acme
/// ordered from Globex"), as do a denial and the acts whose news is the
/// act itself ("sold the plant", "restricts chip exports", "develops a
/// processor").
fn act_on_concept_without_figure(c: &Claim) -> bool {
    let traded = matches!(
        c.predicate,
        Predicate::Order | Predicate::Receive | Predicate::Ship | Predicate::Cut | Predicate::Invest
    );
    let bare = c.quantity.is_none() && c.polarity == Polarity::Affirmed;
    // With neither a figure nor an object, a time alone is all it says
    // ("deliveries will run between 2027 and 2033", "die ab 2027
    // ausgeliefert werden sollen"): nothing to compare.
    traded && bare && (c.object.is_none() || c.time.is_none() && matches!(c.object, Some(Object::Concept { .. })))
}

/// Spending or aid with no figure, affirmed: spending and aid are news by
/// their amount, and a word of either with none is most often another word
/// written alike ("con destino a Londres", where "destino" folds as
/// "destinó"; "with the aid of"). A denial stays ("did not spend on the
/// plant").
fn spending_without_amount(c: &Claim) -> bool {
    matches!(c.predicate, Predicate::Spend | Predicate::Aid) && c.quantity.is_none() && c.polarity == Polarity::Affirmed
}

/// A lay-off with no figure, affirmed: "the layoffs extend to Reality
/// Labs", "a second wave of layoffs this year", "Bosch will mehr Stellen
/// streichen als bislang bekannt" tell no number a reader can compare,
/// and the other words of a lay-off ("entlassen" from a post, "roles we're
/// eliminating") mostly tell something else. A denial stays ("there will
/// be no forced redundancies").
fn lay_off_without_figure(c: &Claim) -> bool {
    c.predicate == Predicate::LayOff && c.quantity.is_none() && c.polarity == Polarity::Affirmed
}

/// A count whose counted noun is a unit of time of the lexicon (the units
/// of "21 months ago").
fn counts_time(cx: &Ctx, c: &Claim) -> bool {
    let Some(Unit::Count { concept: Some(k) }) = c.quantity.as_ref().map(|q| &q.unit) else {
        return false;
    };
    notcounts::is_unit_of_time(cx.lex_data.lang, &k.0)
}

/// A count with no counted concept, for a predicate whose figure names
/// neither heads (a toll, a head count, votes) nor money: an order, a
/// shipment, a launch, a build of "737" counts nothing a reader can check.
/// A figure whose phrase names its maker or model, its object, counts
/// them: "250 Airbus", "190 737 MAX".
fn counts_nothing(c: &Claim) -> bool {
    let names_object = |q: &crate::schema::Quantity| match &c.object {
        Some(Object::Entity { entity }) => q.text.contains(&*entity.text),
        _ => false,
    };
    let bare = c.quantity.as_ref().is_some_and(|q| q.unit == Unit::Count { concept: None } && !names_object(q));
    let things = matches!(
        c.predicate,
        Predicate::Order
            | Predicate::Buy
            | Predicate::Receive
            | Predicate::Sell
            | Predicate::Ship
            | Predicate::Launch
            | Predicate::Develop
            | Predicate::Plan
            | Predicate::Build
            | Predicate::Train
            | Predicate::Use
            | Predicate::Restrict
            | Predicate::Export
            | Predicate::Own
            | Predicate::Cut
            | Predicate::DeclineComment
    );
    bare && things
}

/// A people-counting predicate whose figure counts a concept of the
/// lexicon that is not people (save a crowd's vehicles and teams sent). A noun the
/// lexicon does not know says nothing either way and is kept.
fn counts_things(cx: &Ctx, c: &Claim) -> bool {
    if !c.predicate.counts_heads() {
        return false;
    }
    let Some(Unit::Count { concept: Some(k) }) = c.quantity.as_ref().map(|q| &q.unit) else {
        return false;
    };
    let known = is_known_concept(cx, &k.0);
    let crowd_of_vehicles = c.predicate == Predicate::Participants && VEHICLES.contains(&k.0.as_str());
    // Teams sent are a force counted by its units ("40 squadre di soccorso").
    let teams_sent = c.predicate == Predicate::Deployed && Concept::is_force(&k.0);
    // Bodies identified are victims identified ("66 dos restos mortais").
    let bodies_identified = c.predicate == Predicate::Identified && k.0 == Concept::BODY;
    known && !Concept::is_people(&k.0) && !crowd_of_vehicles && !teams_sent && !bodies_identified
}

/// Victims identified with no people counted ("I due incendi, identificati
/// come ...", a percentage after "identified as"), or denied: "62 von
/// ihnen wurden noch nicht identifiziert" counts the unidentified, which
/// denies no count of the identified.
fn identified_unsure(c: &Claim) -> bool {
    if c.predicate != Predicate::Identified {
        return false;
    }
    let people = c.quantity.as_ref().is_some_and(|q| counts_people_or_victims(&q.unit));
    !people || c.polarity == Polarity::Denied
}

/// Whether a unit counts people, or victims under their toll's name
/// ("135 vittime": deaths).
fn counts_people_or_victims(unit: &Unit) -> bool {
    let Unit::Count { concept: Some(k) } = unit else { return false };
    let k = k.0.as_str();
    Concept::is_people(k) || k == Concept::BODY || Predicate::ALL.iter().any(|p| p.is_casualty() && p.as_str() == k)
}

/// A count of people that is no whole number ("korban selamat dari gempa
/// berkekuatan M 6,8": a magnitude): no one is counted in fractions. A
/// share in percent is a share.
fn fractional_heads(c: &Claim) -> bool {
    let count = c.quantity.as_ref().filter(|q| matches!(q.unit, Unit::Count { .. }));
    c.predicate.counts_people() && count.is_some_and(|q| q.value.fract() != 0.0)
}

/// An area given for another act than what an event covered ("bought
/// 500 hectares", as yet no fact here), or an event's area that is no
/// area.
fn area_mismatch(c: &Claim) -> bool {
    let area = matches!(c.quantity.as_ref().map(|q| &q.unit), Some(Unit::Area { .. }));
    area != (c.predicate == Predicate::Area)
}

/// A toll whose figure counts disasters ("25 deaths connected to the two
/// fires, including 16 lives lost"): the events, never their victims.
fn counts_disasters(cx: &Ctx, c: &Claim) -> bool {
    let counted = match c.quantity.as_ref().map(|q| &q.unit) {
        Some(Unit::Count { concept: Some(k) }) => k.0.as_str(),
        _ => return false,
    };
    c.predicate.is_toll() && cx.lex_data.disasters.contains(&counted)
}

/// Whether `key` is a concept of the lexicon (a counted noun it knows),
/// not a word the figure's surface gave it.
pub(super) fn is_known_concept(cx: &Ctx, key: &str) -> bool {
    cx.lex_data.concepts.iter().any(|&(_, k)| !k.is_empty() && k == key)
}

/// A predicate that counts heads ([`Predicate::counts_heads`]) with an
/// amount of money for its figure.
fn heads_in_money(c: &Claim) -> bool {
    c.predicate.counts_heads() && matches!(c.quantity.as_ref().map(|q| &q.unit), Some(Unit::Money { .. }))
}

/// A measure of money whose figure counts people: "the loss of 33 lives
/// on the ground", "perdeu 500 clientes" state no amount of money.
fn money_in_heads(c: &Claim) -> bool {
    let money = matches!(c.predicate, Predicate::Revenue | Predicate::Profit | Predicate::Loss | Predicate::Price);
    let people = matches!(c.quantity.as_ref().map(|q| &q.unit), Some(Unit::Count { concept: Some(k) }) if Concept::is_people(&k.0));
    money && people
}

/// A toll of the dead, hurt or missing given as a percentage: a share of
/// the toll ("el 83 % de los cuales no estaban autorizados"), never its
/// count.
fn percent_toll(c: &Claim) -> bool {
    let toll = c.predicate.is_casualty();
    toll && c.quantity.as_ref().is_some_and(|q| q.unit == Unit::Percent)
}

/// An amount of money given as a percentage: a change, not the amount
/// ("revenue fell 5%", "the share price slumped 21%").
fn percent_change(c: &Claim) -> bool {
    let money = matches!(
        c.predicate,
        Predicate::Price
            | Predicate::Revenue
            | Predicate::Profit
            | Predicate::Loss
            | Predicate::Valuation
            | Predicate::Invest
            | Predicate::Spend
            | Predicate::Raise
            | Predicate::Aid
    );
    money && c.quantity.as_ref().is_some_and(|q| q.unit == Unit::Percent)
}

/// Sales given as a percentage of nothing sold whole: "Sales by volume in
/// North America fell 16 percent", "brachen die Verkäufe um 16 % ein",
/// "ventes de voitures (+1,2%)" tell a change of the sales, never a share
/// sold. A share of a company or of its shares stays ("sold 5% of
/// Globex", "vendeu 10% das ações").
fn sales_change(c: &Claim) -> bool {
    let whole = match &c.object {
        Some(Object::Entity { .. }) => true,
        Some(Object::Concept { concept }) => concept.0 == SHARES,
        Some(Object::Nationals { .. }) | None => false,
    };
    c.predicate == Predicate::Sell && c.quantity.as_ref().is_some_and(|q| q.unit == Unit::Percent) && !whole
}

/// The concept key of a company's shares, which a sale may give a part of.
const SHARES: &str = "share";

/// A plan whose figure is an amount of money: "plans to save 15 billion
/// euros a year", "prevê poupar 1 mil milhões" plan an act the lexicon
/// does not know (a saving); the amount is that act's, no plan's. A plan
/// to spend or invest is claimed by its own verb.
fn plan_of_money(c: &Claim) -> bool {
    c.predicate == Predicate::Plan && matches!(c.quantity.as_ref().map(|q| &q.unit), Some(Unit::Money { .. }))
}

/// A plan, a development, a build or a training given as a percentage:
/// such acts count what they make (models, chips, plants), never a share;
/// the percent is another act's, which the lexicon does not know ("plans
/// to trim its staff by about 10%").
fn percent_of_making(c: &Claim) -> bool {
    c.predicate.family() == Predicate::Develop && c.quantity.as_ref().is_some_and(|q| q.unit == Unit::Percent)
}

/// The byte offsets of the figures that convert the money figure before
/// them into another currency: "X (Y)" with X and Y amounts in two
/// currencies, or Y a bare figure whose currency goes without saying
/// ("1천만달러(약 132억)"), and nothing else between them.
fn conversions(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let mut out: Vec<usize> =
        quantities.windows(2).filter(|w| is_conversion(cx, &w[0], &w[1])).map(|w| w[1].quantity.start).collect();
    // "68,78 millones de dólares taiwaneses (2,15 millones de dólares, 1,97
    // millones de euros)": two conversions listed in the brackets.
    out.extend(
        quantities
            .windows(3)
            .filter(|w| listed_conversions(cx, w))
            .flat_map(|w| [w[1].quantity.start, w[2].quantity.start]),
    );
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `w[1]` and `w[2]` convert the amount `w[0]` into two other
/// currencies, listed in brackets right after it with a comma between.
fn listed_conversions(cx: &Ctx, w: &[numbers::Mention]) -> bool {
    let t = cx.tokens;
    let (a, b, c) = (&w[0], &w[1], &w[2]);
    let currency = |q: &numbers::Mention| match q.quantity.unit {
        Unit::Money { currency, .. } => Some(currency),
        _ => None,
    };
    let (Some(x), Some(y), Some(z)) = (currency(a), currency(b), currency(c)) else { return false };
    x != y
        && x != z
        && b.first == a.last + 1
        && t.is_open_bracket(a.last)
        && c.first == b.last + 1
        && t.is_comma(b.last)
        && t.is_close_bracket(c.last)
}

/// Whether `b` is the outlet's conversion of the amount `a` right before
/// it: in brackets, in another currency or none ("US$ 10 bilhões (R$ 57,52
/// bilhões)", "1천만달러(약 132억)").
pub(super) fn is_conversion(cx: &Ctx, a: &numbers::Mention, b: &numbers::Mention) -> bool {
    let t = cx.tokens;
    // At most [`CONVERSION_WORDS`] lowercase words may open the brackets:
    // "(umgerechnet rund 905 Millionen Euro)", "(equivalent to $1 billion)".
    let words = a.last + 1..b.first;
    let open = a.last < b.first
        && t.is_open_bracket(a.last)
        && words.len() <= CONVERSION_WORDS
        && words.clone().all(|j| t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower);
    let close = t.is_close_bracket(b.last);
    match (&a.quantity.unit, &b.quantity.unit) {
        (Unit::Money { currency: x, .. }, Unit::Money { currency: y, .. }) if x != y => {
            (open && close) || restated_right_after(cx, a, b)
        }
        // The conversion's currency left out: "1천만달러(약 132억)".
        (Unit::Money { .. }, Unit::Count { .. }) => open && close,
        // "59 square miles (almost 153 square kilometers)".
        (Unit::Area { unit: x }, Unit::Area { unit: y }) if x != y => (open && close) || restated_right_after(cx, a, b),
        _ => false,
    }
}

/// How many lowercase words may stand between the opening bracket of a
/// conversion and its figure.
const CONVERSION_WORDS: usize = 2;

/// Whether a restatement marker, after at most a comma, is all that parts
/// `b` from the figure `a` ("19,2 Milliarden Yen oder etwa 125 Millionen
/// Dollar", "¥19.2 billion, or about $125 million";
/// [`crate::lang::Lexicon::restatements`]).
fn restated_right_after(cx: &Ctx, a: &numbers::Mention, b: &numbers::Mention) -> bool {
    let t = cx.tokens;
    let Some(n) = cx.lex.restatement_before(t, b.first) else { return false };
    let at = b.first - n;
    // "14,9 miliar dolar Amerika Serikat (AS) setara Rp242 triliun": a
    // short bracket after the amount (its currency's country) may stand first.
    let bracket = t
        .is_open_bracket(a.last)
        .then(|| (a.last + 1..(a.last + 4).min(at)).find(|&j| t.is_close_bracket(j)))
        .flatten()
        .map_or(a.last, |j| j + 1);
    at == bracket || (at == bracket + 1 && t.is_comma(bracket))
}

/// Each language's [`crate::lang::Lexicon::part_of`] phrases, as words.
static PART_OF: Lazy<Vec<Vec<Words>>> = Lazy::new(|| notcounts::words_per_language(|lex| lex.part_of));

/// Whether one of the `part_of` phrases (as words) joins figure `a` to
/// figure `b` right after it: "35 out of 47", "12 of the 40".
fn linked_as_part(t: &crate::text::Tokens, phrases: &[Words], a: &numbers::Mention, b: &numbers::Mention) -> bool {
    phrases.iter().any(|p| a.last + p.len() == b.first && starts_at(t, a.last, p))
}

/// Whether figure `b` is the whole of figure `a` right before it: "A of
/// the B" ([`crate::lang::Lexicon::part_of`]) with B above A, both counts
/// or both percentages.
pub(super) fn whole_of(cx: &Ctx, a: &numbers::Mention, b: &numbers::Mention) -> bool {
    let linked = linked_as_part(cx.tokens, &PART_OF[cx.lex_data.lang.index()], a, b);
    let same_kind = std::mem::discriminant(&a.quantity.unit) == std::mem::discriminant(&b.quantity.unit);
    linked && same_kind && b.quantity.value > a.quantity.value
}

/// Whether figure `q` is a whole its clause opens with, the part to come:
/// a `part_of` phrase right before it starts the clause at `ca` ("Of the
/// 242 people on board, only one survived", "Из 242 человек на борту
/// выжил только один").
pub(super) fn whole_first(cx: &Ctx, q: &numbers::Mention, ca: usize) -> bool {
    part_of_starts(cx, q.first).any(|k| k == ca)
}

/// Where the `part_of` phrases that end right before token `first` start
/// ("Of the" of "Of the 242 people", "de los" of "De los 179 muertos").
fn part_of_starts<'c>(cx: &'c Ctx, first: usize) -> impl Iterator<Item = usize> + 'c {
    let t = cx.tokens;
    PART_OF[cx.lex_data.lang.index()]
        .iter()
        .filter(move |p| first >= p.len() && starts_at(t, first - p.len(), p))
        .map(move |p| first - p.len())
}

/// The byte offsets of the figures that are the whole of the figure right
/// before them ([`whole_of`]).
fn wholes(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    quantities.windows(2).filter(|w| whole_of(cx, &w[0], &w[1])).map(|w| w[1].quantity.start).collect()
}

/// The byte offsets of the bare figures that are a part of a count of
/// people or victims right after them ([`whole_of`]) or right before them
/// ([`whole_before`]): "identified 174 of the 179 victims", "Of the 179
/// deceased, 65 have been identified" count victims, though the figure
/// names no noun.
fn people_parts(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let people = |q: &numbers::Mention| counts_people_or_victims(&q.quantity.unit);
    let bare = |q: &numbers::Mention| matches!(q.quantity.unit, Unit::Count { concept: None });
    let part_then_whole = |a: &numbers::Mention, b: &numbers::Mention| bare(a) && people(b) && whole_of(cx, a, b);
    let whole_then_part = |a: &numbers::Mention, b: &numbers::Mention| people(a) && bare(b) && whole_before(cx, a, b);
    quantities
        .windows(2)
        .filter_map(|w| match (&w[0], &w[1]) {
            (a, b) if part_then_whole(a, b) => Some(a.quantity.start),
            (a, b) if whole_then_part(a, b) => Some(b.quantity.start),
            _ => None,
        })
        .collect()
}

/// Whether figure `a` is the whole of figure `b` told after it: a
/// `part_of` phrase right before `a` and a comma right before `b`, at
/// most one token past `a` ("Of the 179 deceased, 65 have been
/// identified", "De los 179 muertos, 65 fueron identificados").
fn whole_before(cx: &Ctx, a: &numbers::Mention, b: &numbers::Mention) -> bool {
    let t = cx.tokens;
    let opened = part_of_starts(cx, a.first).next().is_some();
    let comma = b.first.checked_sub(1).is_some_and(|j| j >= a.last && j <= a.last + 1 && t.is_comma(j));
    opened && comma && a.quantity.value > b.quantity.value
}

/// The byte offsets of the figures a word of majority governs through a
/// link or two ("ein Großteil der 181 Insassen ums Leben gekommen", "most
/// of the 181 passengers died"): the whole a part of which the act befell,
/// not the count of the act; unless the figure counts the act's own noun
/// ("die meisten der 181 Toten": the measure is the figure's) or no noun
/// the lexicon reads as a count ("most of the 15,000 layoffs")
/// ([`crate::lang::Lexicon::majorities`]).
fn majority_wholes(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let majority = |g: Tag| (g == Tag::Majority).then_some(());
    let governed = |q: &numbers::Mention| governed_by(cx, q, kinds![Majority], &majority);
    quantities.iter().filter(|q| counts_no_act(q) && governed(q)).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the figures a `part_of` phrase opening their
/// sentence puts first, with a smaller figure after them in it: "Das 181
/// pessoas levadas pelo avião ..., apenas dois tripulantes foram
/// resgatados com vida" counts those aboard, never the survivors the part
/// tells ([`crate::lang::Lexicon::part_of`]).
fn opening_wholes(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let t = cx.tokens;
    let opens = |k: usize| k == 0 || crate::extract::revisions::ends_sentence(t, k - 1) || t.toks[k].newline_before();
    let opened = |q: &numbers::Mention| part_of_starts(cx, q.first).any(opens);
    let stop = |j: usize| crate::extract::revisions::ends_sentence(t, j);
    quantities
        .windows(2)
        .filter(|w| {
            let (q, next) = (&w[0], &w[1]);
            opened(q) && next.quantity.value < q.quantity.value && !(q.last..next.first).any(stop)
        })
        .map(|w| w[0].quantity.start)
        .collect()
}

/// The byte offsets of the figures a word of exception governs through a
/// link or two ("all died except two crew members", "con la excepción de
/// dos miembros de la tripulación"): the people the act spared, not its
/// count; unless the figure counts a measure of its own ("except 10
/// missing", a toll in itself) or no noun the lexicon reads
/// ([`crate::lang::Lexicon::exceptions`]).
fn excepted(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let exclusion = |g: Tag| (g == Tag::Exclusion(SetApart::Except)).then_some(());
    let governed = |q: &numbers::Mention| governed_by(cx, q, kinds![Exclusion], &exclusion);
    quantities.iter().filter(|q| counts_no_act(q) && governed(q)).map(|q| q.quantity.start).collect()
}

/// Whether a figure counts a noun that is not an act's: with none, the
/// word after the figure is the act ("15,000 layoffs").
fn counts_no_act(q: &numbers::Mention) -> bool {
    q.measure.is_none() && matches!(q.quantity.unit, Unit::Count { concept: Some(_) })
}

/// Whether a phrase of a tag kind (`kind`, matched by `is`) ends at most
/// [`window::MAJORITY_LINK`] words before figure `q`, within
/// [`window::MAJORITY`] tokens, with no number and no punctuation between.
fn governed_by(cx: &Ctx, q: &numbers::Mention, kind: crate::lang::Kinds, is: &dyn Fn(Tag) -> Option<()>) -> bool {
    let (t, tags) = (cx.tokens, cx.tags);
    let link = |k: usize| !matches!(t.toks[k].kind, Kind::Number | Kind::Punct);
    let from = q.first.saturating_sub(window::MAJORITY);
    (from..q.first).any(|j| {
        tags.find(j, kind, is).is_some_and(|(_, l)| {
            j + l <= q.first && q.first <= j + l + window::MAJORITY_LINK && (j + l..q.first).all(link)
        })
    })
}

/// The byte offsets of the bare figures that are a part of a count of
/// places right after them: "in 35 out of 47 counties" counts counties,
/// where the protests were, never the toll of the clause around it.
fn place_parts(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let phrases = &PART_OF[cx.lex_data.lang.index()];
    let t = cx.tokens;
    let places =
        |q: &numbers::Mention| matches!(&q.quantity.unit, Unit::Count { concept: Some(k) } if Concept::is_place(&k.0));
    quantities
        .windows(2)
        .filter(|w| {
            let (a, b) = (&w[0], &w[1]);
            let linked = linked_as_part(t, phrases, a, b);
            // No noun of its own: none, or one an older count lent it.
            let bare = a.elliptic || matches!(a.quantity.unit, Unit::Count { concept: None });
            linked && bare && places(b)
        })
        .map(|w| w[0].quantity.start)
        .collect()
}

/// How many function words (an article, a possessive) may stand between a
/// locative and the count of places it governs ([`located_counts`]).
const LOCATED_DETERMINERS: usize = 2;

/// The byte offsets of the counts of things a locative governs through an
/// article or a possessive: "in its ten plants", "en sus diez plantas",
/// "dans ses dix sites", "nelle sue cinque fabbriche" say where an act
/// happens, never how much of it. A locative right before the figure may
/// give an amount ("reducir en 700.000 vehículos", "cortar em 10%"), so
/// one with no word between is left alone; so are counts of people,
/// money and percentages.
fn located_counts(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let t = cx.tokens;
    let function = |j: usize| t.toks[j].kind == Kind::Word && cx.lex.is_function_word(t.folded(j));
    let located = |q: &numbers::Mention| {
        let things = matches!(&q.quantity.unit, Unit::Count { concept: Some(k) } if !Concept::is_people(&k.0));
        let mut j = q.first;
        while j > 0 && q.first - j < LOCATED_DETERMINERS && function(j - 1) && !cx.lex.locative_before(t, j) {
            j -= 1;
        }
        things && j < q.first && cx.lex.locative_before(t, j)
    };
    quantities.iter().filter(|q| located(q)).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the figures that count a part of a toll's victims
/// ("Three of the victims died in a rockfall", "Tres de las víctimas
/// murieron", "Drei der Opfer"): a part marker right after the figure,
/// then a toll's noun or a word for people, perhaps past one function
/// word. The part is no toll of its own; the whole is told elsewhere.
fn toll_parts(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let phrases = &PART_OF[cx.lex_data.lang.index()];
    let t = cx.tokens;
    // A toll's noun, or a word for people ("of the victims", "of the
    // people", "der Opfer").
    let toll_noun = |j: usize| {
        cx.tags
            .find(j, kinds![Measure, Concept], |g| match g {
                Tag::Measure(p) if p.is_toll() => Some(()),
                Tag::Concept(k) if k.as_str() == "person" => Some(()),
                _ => None,
            })
            .is_some()
    };
    let number = |j: usize| t.toks[j].kind == Kind::Number || cx.tags.any(j, kinds![Number]);
    // The marker right after the number's last token, inside the figure's
    // span (its counted noun read past it) or right after it.
    let of_victims = |q: &&numbers::Mention| {
        (q.number_at + 1..=q.last.min(t.len() - 1)).filter(|&k| number(k - 1)).any(|k| {
            phrases.iter().filter(|p| starts_at(t, k, p)).any(|p| {
                let j = k + p.len();
                // Past an article only: "30 of them in critical condition"
                // counts them, whatever noun follows the pronoun.
                let past_function_word = j + 1 < t.len() && cx.lex.is_noun_determiner(t.folded(j)) && toll_noun(j + 1);
                j < t.len() && (toll_noun(j) || past_function_word)
            })
        })
    };
    quantities.iter().filter(of_victims).map(|q| q.quantity.start).collect()
}

/// The concept key of a market share in the lexicons.
const MARKET_SHARE: &str = "market_share";

/// The byte offsets of the percentages that are a market share ("10,7% di
/// quota di mercato"), sorted.
fn market_shares(quantities: &[numbers::Mention]) -> Vec<usize> {
    quantities.iter().filter(|q| q.share_of == Some(MARKET_SHARE)).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the figures followed by a unit of length, area or
/// temperature ([`notcounts::is_unit_of_measure`]: "50 km from the coast",
/// "в 290 километрах от", "51,8 grados"), sorted: a measure, no claim's
/// figure. An area ("60 square miles") is read as one and stays.
fn measured(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let unit_at = |k: usize| notcounts::is_unit_of_measure(cx, k);
    let area = |q: &numbers::Mention| matches!(q.quantity.unit, Unit::Area { .. });
    let measure = |q: &&numbers::Mention| !area(q) && (unit_at(q.last) || unit_at(q.last.wrapping_sub(1)));
    quantities.iter().filter(measure).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the figures that are the amount of a change
/// ([`crate::extract::revisions::is_change_by`], or with no "by" between a
/// verb of change and a new level: [`crate::extract::revisions::is_change_before_to`]),
/// sorted. A replaced figure is no change ("de 96 à 71").
fn changes(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let by = |q: &&numbers::Mention| {
        !q.superseded
            && (crate::extract::revisions::is_change_by(cx, q.first)
                || crate::extract::revisions::is_change_before_to(cx, q.first, q.last))
    };
    quantities.iter().filter(by).map(|q| q.quantity.start).collect()
}

/// How many tokens may stand between a company's shares and the
/// percentage they moved by ([`share_moves`]): "as ações da empresa
/// fecharam a terça-feira em alta 3%".
const SHARE_MOVE_REACH: usize = 10;

/// The byte offsets of the percentages that a company's shares moved by,
/// sorted: the shares named at most [`SHARE_MOVE_REACH`] tokens before the
/// figure, in its sentence, with no act, measure or other number between
/// ("the company's shares closed up 3%", "as ações da empresa fecharam em
/// alta 3%"). A share price is no claim, whatever act the sentence tells
/// before ("The plan to cut 20,000 jobs relieved the markets and the
/// shares closed up 3%"). A part of the shares follows its figure ("sold
/// 10% of its shares") and stays.
fn share_moves(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let (t, tags) = (cx.tokens, cx.tags);
    let shares = |j: usize| {
        tags.find(j, kinds![Concept], |g| match g {
            Tag::Concept(k) if k.as_str() == SHARES => Some(()),
            _ => None,
        })
        .is_some()
    };
    let apart = |j: usize| {
        t.toks[j].kind == Kind::Number
            || tags.any(j, kinds![Predicate, Measure, Number])
            || crate::extract::revisions::ends_sentence(t, j)
    };
    let moved = |q: &&numbers::Mention| {
        let from = q.first.saturating_sub(SHARE_MOVE_REACH + 1);
        q.quantity.unit == Unit::Percent && (from..q.first).rev().take_while(|&j| shares(j) || !apart(j)).any(shares)
    };
    quantities.iter().filter(moved).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the percentages by which something moved, a verb of
/// change right before them ([`crate::extract::revisions::is_percent_change`]),
/// sorted: "La siderúrgica Acme cayó hoy un 2,8 %" is no act's figure of
/// Acme's, whatever act the sentence tells next, except of a cut, which
/// is a change ("redujo su plantilla un 10 %").
fn percent_moves(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let moved = |q: &&numbers::Mention| {
        !q.superseded
            && q.quantity.unit == Unit::Percent
            && (crate::extract::revisions::is_percent_change(cx, q.first)
                || crate::extract::revisions::is_change_by(cx, q.first))
    };
    quantities.iter().filter(moved).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the figures that count the sources an "according
/// to" word cites, right after it or past one function word, sorted:
/// "according to four pollsters", "selon trois diplomates" count who
/// says it, never what is said.
fn cited_counts(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let t = cx.tokens;
    // An "according to" that opens its phrase: after punctuation, a
    // function word or nothing. A postposed one ("eigenen Angaben zufolge
    // über 134.000 Mitarbeiter") cites what comes before it.
    let opens = |m: usize| m == 0 || t.toks[m - 1].kind != Kind::Word || cx.lex.is_function_word(t.folded(m - 1));
    let according = |k: usize| {
        let marker = ending_at(cx.tags, k, kinds![AccordingTo], |g| (g == Tag::AccordingTo).then_some(()));
        marker.is_some_and(|(_, m)| opens(m))
    };
    let cites = |q: &&numbers::Mention| {
        let past_word =
            q.first > 0 && t.toks[q.first - 1].kind == Kind::Word && cx.lex.is_function_word(t.folded(q.first - 1));
        according(q.first) || (past_word && according(q.first - 1))
    };
    quantities.iter().filter(cites).map(|q| q.quantity.start).collect()
}

/// How many words may stand between a word of "instead of" and its
/// figure ("statt angemeldeter 100", "en lugar de los 1.500 previstos").
const INSTEAD_GAP: usize = 3;

/// The byte offsets of the figures told in place of the one that holds
/// ([`crate::lang::Lexicon::instead`]), sorted: "Statt 1.500 Demonstranten
/// waren es 17.000", "instead of the 1,500 expected". At most
/// [`INSTEAD_GAP`] words between, none a coordinator or a number ("fand
/// statt und 300 kamen" keeps its 300).
fn set_aside(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let aside = |q: &&numbers::Mention| phrase_before_figure(cx, q, kinds![Instead], Tag::Instead);
    quantities.iter().filter(aside).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the counts of people a relative clause right after
/// them defines, with no verb of employing right before them, sorted:
/// "Al menos ocho trabajadores que participaban en obras en el puente
/// cayeron" counts the workers who did something, no one's staff ("Acme
/// employs 8,000 workers who make chips" keeps its staff).
fn defined_groups(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let t = cx.tokens;
    let employing = |j: usize| cx.tags.has(j, kinds![Predicate], |g| g == Tag::Predicate(Predicate::Employees));
    let defined = |q: &&numbers::Mention| {
        let relative = q.last < t.len() && cx.tags.any(q.last, kinds![RelativePronoun]);
        let verb = (q.first.saturating_sub(window::GOVERNS)..q.first).any(employing);
        relative && !verb
    };
    quantities.iter().filter(defined).map(|q| q.quantity.start).collect()
}

/// Whether a phrase tagged `tag` (of kind `kind`) ends at most
/// [`INSTEAD_GAP`] words before figure `q`, none a coordinator or a
/// number.
fn phrase_before_figure(cx: &Ctx, q: &numbers::Mention, kind: crate::lang::Kinds, tag: Tag) -> bool {
    let t = cx.tokens;
    let word = |j: usize| t.toks[j].kind == Kind::Word && !cx.tags.any(j, kinds![Coordinator, Number]);
    let ends = |j: usize| ending_at(cx.tags, j, kind, |g| (g == tag).then_some(())).is_some();
    let from = q.first.saturating_sub(INSTEAD_GAP);
    (from..=q.first).rev().take_while(|&j| j == q.first || word(j)).any(ends)
}

/// How many words may stand between a count of forces and a word of what
/// befalls them after it ("19 policiers étaient interrogés", "18
/// policiais estão sendo investigados").
const SANCTION_GAP: usize = 3;

/// The byte offsets of the counts of forces that a word of sanction
/// ([`crate::lang::Lexicon::sanctions`]) follows, past at most
/// [`SANCTION_GAP`] words, or precedes as [`phrase_before_figure`] reads
/// it ("nine officers suspended", "la suspension de neuf policiers"):
/// people disciplined, not deployed.
fn sanctioned_forces(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let t = cx.tokens;
    let word = |j: &usize| t.toks[*j].kind == Kind::Word && !cx.tags.any(*j, kinds![Coordinator, Number]);
    let sanction = |j: usize| cx.tags.has(j, kinds![Sanction], |g| g == Tag::Sanction);
    let force =
        |q: &numbers::Mention| matches!(&q.quantity.unit, Unit::Count { concept: Some(k) } if Concept::is_force(&k.0));
    let after =
        |q: &numbers::Mention| (q.last..(q.last + SANCTION_GAP + 1).min(t.len())).take_while(word).any(sanction);
    let befalls =
        |q: &&numbers::Mention| force(q) && (after(q) || phrase_before_figure(cx, q, kinds![Sanction], Tag::Sanction));
    quantities.iter().filter(befalls).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the figures others expected, a result's benchmark
/// ([`crate::lang::Lexicon::benchmarks`]), sorted: the words end at most
/// [`INSTEAD_GAP`] words before the figure, none a coordinator or a
/// number ("versus analysts' estimates of $0.51 per share", "frente a la
/// expectativa de Wall Street de 52 centavos"), or start right after it
/// ("aquém dos 430.000 previstos pelo consenso dos analistas").
fn benchmarks(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let t = cx.tokens;
    let benchmark = |q: &&numbers::Mention| {
        phrase_before_figure(cx, q, kinds![Benchmark], Tag::Benchmark)
            || (q.last < t.len() && cx.tags.any(q.last, kinds![Benchmark]))
    };
    quantities.iter().filter(benchmark).map(|q| q.quantity.start).collect()
}

/// The byte offsets of the figure a lowering goes from and of the level it
/// reaches, pair by pair in text order
/// ([`crate::extract::revisions::is_lowered_to`]).
fn lowerings(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<(usize, usize)> {
    let lowered = |w: &&[numbers::Mention]| {
        let (a, b) = (&w[0], &w[1]);
        crate::extract::revisions::is_lowered_to(cx, (a.first, a.last, a.quantity.value), (b.first, b.quantity.value))
    };
    quantities.windows(2).filter(lowered).map(|w| (w[0].quantity.start, w[1].quantity.start)).collect()
}

/// The byte offsets of the figures a lowering goes from and to (the pairs
/// of [`lowerings`], and a bare number a lowering goes from), sorted:
/// levels, not amounts cut. "réduire ses effectifs de 10 000 à 8 000"
/// cuts neither 10,000 nor 8,000, "passera de 34 % à 24 %" neither 34% nor
/// 24%.
fn lowered_to(cx: &Ctx, quantities: &[numbers::Mention], lowerings: &[(usize, usize)]) -> Vec<usize> {
    let mut offsets: Vec<usize> = lowerings.iter().flat_map(|&(a, b)| [a, b]).collect();
    let from_bare =
        |q: &&numbers::Mention| crate::extract::revisions::is_lowered_from_bare(cx, q.first, q.quantity.value);
    offsets.extend(quantities.iter().filter(from_bare).map(|q| q.quantity.start));
    offsets.sort_unstable();
    offsets.dedup();
    offsets
}

/// The staff (or users) a lowering goes from and the level it reaches
/// ("die Belegschaft von 27.000 auf 16.000 reduzieren", "reduce its
/// workforce from 27,000 to 16,000 employees"): the first is today's head
/// count, told as done whatever plan the sentence tells; the second a
/// staff to come, planned.
fn staff_levels(lowerings: &[(usize, usize)], claims: &mut [Claim]) {
    let starts: Vec<usize> = lowerings.iter().map(|&(a, _)| a).collect();
    let levels: Vec<usize> = lowerings.iter().map(|&(_, b)| b).collect();
    for c in claims.iter_mut().filter(|c| matches!(c.predicate, Predicate::Employees | Predicate::Users)) {
        if figure_at(c, &levels) {
            c.modality = Modality::Planned;
        } else if figure_at(c, &starts) && c.modality == Modality::Planned {
            c.modality = Modality::Asserted;
        }
    }
}

/// Whether a claim's figure starts at one of the sorted byte `offsets`.
fn figure_at(c: &Claim, offsets: &[usize]) -> bool {
    c.quantity.as_ref().is_some_and(|q| offsets.binary_search(&q.start).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{Interval, Quantity};

    fn claim(predicate: Predicate, figure: bool, polarity: Polarity) -> Claim {
        let quantity = figure.then(|| Quantity {
            text: "95".into(),
            start: 0,
            end: 2,
            value: 95.0,
            interval: Interval::point(95.0),
            qualifier: crate::schema::Qualifier::Exact,
            unit: Unit::Count { concept: None },
            rounding: 1.0,
            saturated: false,
        });
        Claim { quantity, polarity, ..Claim::for_test("a", predicate) }
    }

    /// Per case: the name, the claim, and whether the pass drops it.
    #[test]
    fn measure_without_figure_table() {
        use Polarity::*;
        use Predicate::*;
        let cases = [
            ("dozens missing: no figure to compare", claim(Missing, false, Affirmed), true),
            ("people died: no figure", claim(Deaths, false, Affirmed), true),
            ("negative: no one died is a denial", claim(Deaths, false, Denied), false),
            ("negative: a toll with its figure", claim(Deaths, true, Affirmed), false),
            ("revenue with no figure", claim(Revenue, false, Affirmed), true),
            ("staff with no figure", claim(Employees, false, Affirmed), true),
            ("negative: revenue with its figure", claim(Revenue, true, Affirmed), false),
            ("negative: an act with no figure", claim(Buy, false, Affirmed), false),
            ("negative: a launch with no figure keeps its time", claim(Launch, false, Affirmed), false),
            ("the worst-affected city: no figure", claim(Affected, false, Affirmed), true),
            ("negative: devices affected with their figure", claim(Affected, true, Affirmed), false),
            ("devices not affected: the things, not the event", claim(Affected, false, Denied), true),
        ];
        for (name, c, dropped) in cases {
            assert_eq!(measure_without_figure(&c), dropped, "{name}");
        }
    }

    /// Per case: the name, the claim, and whether the pass drops it.
    #[test]
    fn lay_off_without_figure_table() {
        use Polarity::*;
        use Predicate::*;
        let cases = [
            ("a wave of layoffs: no figure", claim(LayOff, false, Affirmed), true),
            ("negative: no forced redundancies is a denial", claim(LayOff, false, Denied), false),
            ("negative: a lay-off with its figure", claim(LayOff, true, Affirmed), false),
            ("negative: a hire with no figure is another act", claim(Hire, false, Affirmed), false),
        ];
        for (name, c, dropped) in cases {
            assert_eq!(lay_off_without_figure(&c), dropped, "{name}");
        }
    }

    /// Per case: the name, the claim, and whether the pass drops it.
    #[test]
    fn act_on_concept_without_figure_table() {
        use Polarity::*;
        use Predicate::*;
        let aircraft = || Some(Object::Concept { concept: Concept("aircraft".into()) });
        let on = |p, figure, polarity| Claim { object: aircraft(), ..claim(p, figure, polarity) };
        let named =
            Some(Object::Entity { entity: crate::schema::EntityRef { key: "globex".into(), text: "Globex".into() } });
        let dated = Some(crate::schema::TimeRef {
            text: "in 2019".into(),
            start: 0,
            end: 7,
            relation: crate::schema::TimeRelation::At,
            value: crate::schema::TimeValue::Absolute { date: crate::schema::PartialDate::year(2019) },
        });
        let cases = [
            ("ordered aircraft, no figure", on(Order, false, Affirmed), true),
            ("shipped aircraft, no figure", on(Ship, false, Affirmed), true),
            ("cuts through buildings", on(Cut, false, Affirmed), true),
            ("negative: ordered 30 aircraft", on(Order, true, Affirmed), false),
            ("negative: a denied order", on(Order, false, Denied), false),
            ("negative: ordered aircraft in 2019", Claim { time: dated.clone(), ..on(Order, false, Affirmed) }, false),
            ("negative: ordered from a named party", Claim { object: named, ..claim(Order, false, Affirmed) }, false),
            ("shipped, nothing but a time", Claim { time: dated, ..claim(Ship, false, Affirmed) }, true),
            ("negative: a denied shipment with no object", claim(Ship, false, Denied), false),
            ("negative: sold the plant", on(Sell, false, Affirmed), false),
            ("negative: restricts chip exports", on(Restrict, false, Affirmed), false),
        ];
        for (name, c, dropped) in cases {
            assert_eq!(act_on_concept_without_figure(&c), dropped, "{name}");
        }
    }
}
