//! The distances (in tokens) the claim passes look across, in one place.
//!
//! Each is a reach within one clause: a word further than this from what it
//! would qualify belongs to something else.

/// How far after its trigger an object may stand.
pub(super) const OBJECT: usize = 8;
/// How far after a deal's noun the name dealt in may stand, past the
/// words that say what it is ("la compra de la desarrolladora Orvane").
pub(super) const NOMINAL_OBJECT: usize = 5;
/// How many tokens may stand between a cut and its figure for a staff
/// word among them to make the cut a lay-off ("réduire la taille de notre
/// main-d'oeuvre totale d'environ 10%").
pub(super) const STAFF_BETWEEN: usize = 14;
/// How many words may stand between a cut and the costs it cuts
/// ("memangkas biaya perusahaan", "réduire ses dépenses").
pub(super) const CUT_COST: usize = 2;
/// How far after the word of costs the cut of a verb-final clause may
/// stand, past its figure ("die Kosten um 1,2 Milliarden Euro senken").
pub(super) const CUT_COST_AFTER: usize = 8;
/// How far before its trigger an object may stand ("questi chip vengono utilizzati").
pub(super) const OBJECT_BEFORE: usize = 6;
/// How far after the trigger an unknown noun kept as a denied object may stand.
pub(super) const SURFACE_NOUN: usize = 4;
/// How far before its trigger a negation adverb negates it.
pub(super) const NEGATION: usize = 3;
/// How far after the first part of a negation of two parts its second part
/// may stand ("ne sont toujours pas", "n'ont été ni blessés").
pub(super) const NEGATION_PARTNER: usize = 6;
/// How far after a verb-final trigger its auxiliaries stand ("감원할 계획이라고").
pub(super) const AUXILIARY: usize = 2;
/// How far before an act a plan verb makes it planned ("planned to buy").
pub(super) const PLAN: usize = 3;
/// How many tokens may stand between a plan verb and the act it plans.
pub(super) const PLAN_GAP: usize = 2;
/// Words between a verb of announcing and the noun of the act it announces
/// ("a annoncé vendredi la suppression").
pub(super) const ANNOUNCED: usize = 3;

/// How far back a verb of announcing may stand before the act it governs,
/// with the times between it and the act ([`ANNOUNCED`] tokens besides).
pub(super) const ANNOUNCED_TIMED: usize = 8;

/// How far from a time the commas of the aside it stands in may be
/// ([`super::scope`]: "L'aereo, un Boeing 737-8AS entrato in servizio nel
/// 2009, trasportava").
pub(super) const ASIDE: usize = 12;

/// How far before the coordinator of its conjunct a verb of announcing
/// may govern an act noun ([`super::scope`]: "annonce une perte annuelle
/// colossale de 4,1 milliards d'euros et la suppression de 20 000 emplois").
pub(super) const ANNOUNCED_CONJUNCT: usize = 16;
/// How far after a number its measure noun or its verb may stand ("150 were injured").
pub(super) const AFTER_NUMBER: usize = 3;
/// How far after the people a measure counts a toll's word may tell what
/// befell them, with no figure between ("leaving 42 hotel workers en route
/// to a national park hotel still missing").
pub(super) const BEFELL: usize = 10;
/// How far before a number a verb on people keeps it ("arrested 37 protesters").
pub(super) const VERB_ON_PEOPLE: usize = 6;
/// How far after a delivery (or its figure) its recipient may stand.
pub(super) const RECIPIENT: usize = 8;
/// How far before a role a speaker may stand.
pub(super) const SPEAKER_BEFORE: usize = 4;
/// How far after a role (past its own words) a speaker may stand.
pub(super) const SPEAKER_AFTER: usize = 6;
/// How far after "according to" a predicate word is still in the phrase
/// naming the source ("según el aviso recibido").
pub(super) const SOURCE_PHRASE: usize = 6;
/// How far before an "according to" with no comma before it the clause's
/// figure may stand for the phrase to trail it ("265 bodies have reached
/// the city civil hospital as per the message we received").
pub(super) const FIGURE_BEFORE_SOURCE: usize = 12;
/// How many lowercase words (a time, an article) may stand between a
/// reporting verb put after what it reports and the body that speaks
/// ("..., anunció este martes el ministerio del Interior").
pub(super) const BODY_AFTER_VERB: usize = 4;
/// How many lowercase words may stand between "according to" and its
/// outlet ("selon un premier bilan officiel du ministère", "secondo
/// l'ultimo bilancio del ministero", "selon les chiffres communiqués
/// samedi matin par le ministère").
pub(super) const OUTLET: usize = 8;
/// How many function words or closing brackets may stand between an
/// organization and the reporting verb it is the subject of ("(ARC) has
/// also revealed"); and how many prepositions or articles before it make
/// it the complement of the word before them ("droits de Lamora").
pub(super) const BODY_TO_VERB: usize = 3;
/// How many words after a reporting verb may stand before the body that speaks ("sprach von").
pub(super) const SPEAKS: usize = 2;
/// How far after a counted noun a plan may stand ("participants are expected").
pub(super) const AFTER_NOUN: usize = 2;
/// How many tokens may stand between a figure and the marker that restates it ("6% della sua forza lavoro, ovvero").
pub(super) const RESTATED: usize = 6;
/// How far from an act a word of putting it off or halting it governs it
/// ("a reporté à 2026 la livraison", "o lançamento do novo modelo 777X
/// será adiado").
pub(super) const SUSPENDED: usize = 8;
/// How far from its figure a phrase scoping a toll to the rest of the country may stand ("170 people elsewhere").
pub(super) const ELSEWHERE_REACH: usize = 6;
/// How many tokens of such a phrase name the rest ("elsewhere in the country").
pub(super) const ELSEWHERE: usize = 8;
/// How far from a reporting verb a day dates the toll it reports ("said on Tuesday that").
pub(super) const REPORTED_ON: usize = 3;

/// Tokens at most between two figures listed together, their separator
/// included ("20 people were killed and 50 injured", "20 personnes ont
/// été tuées et 50 blessées"): see `Doc::listed_place`.
pub(super) const LIST_LINK: usize = 5;

/// How far a word of exclusion may stand from the measure word it sets
/// apart ("besides those confirmed dead"): see `Doc::excluded`.
pub(super) const EXCLUSION: usize = 4;

/// How far before a predicate word or a time a word of majority may start
/// for them to name or date a part of an act only ("la mayor parte de los
/// despidos", "with most of the layoffs this year"): see
/// `Doc::part_of_act` and `Doc::dates_part`.
pub(super) const MAJORITY: usize = 6;

/// How many words may link a word of majority to the predicate word it
/// governs ("la maggior parte dei licenziamenti", "most of the layoffs"):
/// see `Doc::part_of_act`.
pub(super) const MAJORITY_LINK: usize = 2;

/// How far before a verb the comma that opens a part's conjunct may stand
/// ("53 orang, satu di antaranya hilang", "53 people, one of whom is still
/// missing"): see `Doc::part_conjunct`.
pub(super) const PART_CONJUNCT: usize = 8;

/// How far before a figure the comma or coordinator that ends the conjunct
/// of an act before it may stand ("1 orang hilang, 3 orang hipotermia"):
/// farther, the figure is taken as gapped. See `Doc::attach_figures`.
pub(super) const GAP_LINK: usize = 16;

/// How far before a predicate word the verb of saying of a quotation's
/// attribution may stand, and how far before that verb its quotation mark
/// ("\"Five people died,\" Jane Rowe said in a written statement received
/// by Globex"): see `Doc::tells_of_report`.
pub(super) const REPORT_TALE: usize = 16;
/// How far after the figure a revision replaces its new figure may start
/// (a "to" word and an article: "from 600 billion yen to 500 billion
/// yen"): the new figure takes the replaced one's trigger.
pub(super) const REVISED_TO: usize = 2;

/// How far after a figure's noun the toll of its own relative clause may
/// stand: "des 15 personnes qui ont perdu la vie" ([`super::sentence`]'s
/// `defining_toll`).
pub(super) const DEFINING_TOLL: usize = 8;

/// How many tokens (an article, a qualifier) may stand between a verb and
/// the figure it governs as its object: "arrested the 20 protesters".
pub(super) const GOVERNS: usize = 2;

/// How far after the next figure a role in the bracket that holds that
/// figure may stand and be its source only: "(et 107 000 personnes selon
/// les autorités)" ([`super::sentence`]'s `role_of_next_figure`).
pub(super) const NEXT_FIGURE_SOURCE: usize = 6;

/// How many lowercase words of a title may stand between "according to"
/// and the person it cites ("according to medical superintendent Paul
/// Norvik").
pub(super) const TITLE_WORDS: usize = 3;

/// How many tokens an appositive set off by commas may hold between a
/// person and the reporting verb the person speaks through ("Paulo
/// Lamora, do hospital civil de Belmora, afirmou").
pub(super) const APPOSITIVE: usize = 8;

/// How many tokens before a time "since" the superlative whose record it
/// dates may start ("the worst air disaster since 2014").
pub(super) const SUPERLATIVE_REACH: usize = 6;

/// The most tokens a relative word of time starts before the clause it
/// opens ("en la que" when the clause starts at "que";
/// [`crate::lang::Lexicon::time_relatives`]).
pub(super) const RELATIVE_WORDS: usize = 2;

/// How many tokens an "according to" phrase that ends right before a role
/// may span ("according to Mayor X", "de acuerdo con el alcalde"): its
/// marker is a citation, no recipient's.
pub(super) const CITED: usize = 4;

/// How much farther an act after a weekday seems when a comma closes the
/// weekday's phrase and an act stands before it: the weekday is that act's
/// ("killed 2,056 people in Myanmar as of noon on Monday, injured about
/// 3,900").
pub(super) const CLOSED_TIME: usize = 8;

/// How many tokens (a weekday, a title in lower case) may part a reporting
/// verb set off by a comma from the person who speaks ("..., a annoncé
/// samedi son chef de la diplomatie Simon Harris").
pub(super) const POSTPOSED_SPEAKER: usize = 7;

/// How many words a phrase of hearsay that closes a sentence may stand
/// after the clause it qualifies ("– allerdings ohne Quelle").
pub(super) const TRAILING_HEDGE: usize = 4;

/// How many tokens a reporting frame set off inside a sentence may hold
/// ("– scrive il quotidiano Bild –", ", the Bild newspaper writes,").
pub(super) const FRAME: usize = 8;
