"""Facts: one rule set per kind of fact of the ontology (``ontology/geopolitics.ttl``,
keys as ``corpus/CLAIMS.md`` writes them), each reading a trigger word and the actors the
dependency parse attaches to it.

A rule drafts a fact only when its trigger, its participants and (when it gives one) its
date are clear: the participants must be mentions resolved to entities, and a role's
entity must be of a class the role accepts. Words of a trigger are lemmas, so a rule
covers every inflection; the lexicons hold the general vocabulary of news about states
(verbs of visiting, signing, sanctioning, supplying, ...), not the words of one article.

The modules, in the order they import one another:

- :mod:`~kg.extract.facts.common`: :class:`Fact`, :class:`Context`, the helpers that read
  a trigger's roles (subjects, objects, prepositions, possessors) and the lexicons many
  rules share.
- :mod:`~kg.extract.facts.reshuffles`: a cabinet's changes as a press release tells them:
  resignations accepted, ministers dismissed, a bulleted list of appointments, members'
  votes counted; the offices left, ended.
- :mod:`~kg.extract.facts.offices`: positions held, kinship, citizenship and age of
  persons; who leads a body, where a place lies, the body a body's own name says it
  belongs to.
- :mod:`~kg.extract.facts.diplomacy`: visits, meetings and calls, hosting, relations,
  envoys expelled, summoned or recalled, recognition, mediation, support; statements,
  praise and criticism, accusations, threats and warnings.
- :mod:`~kg.extract.facts.agreements`: agreements signed or concluded, withdrawals,
  cooperation; sanctions, bans, tariffs and the measures of a sanctions package.
- :mod:`~kg.extract.facts.military`: supplies and purchases of arms, invasions, attacks,
  armed conflict, joint operations, exercises, deployments, border closures, states of
  emergency, incursions, seizures and control of territory, killings, aircraft shot down.
- :mod:`~kg.extract.facts.legal`: legal actions, warrants, court rulings and findings,
  repression, detentions, deaths in custody, releases (with the mediation that brought
  them about, and the handover to whom), papers filed in court; laws,
  decrees and executive orders, exit bans, institutions suspended.
- :mod:`~kg.extract.facts.politics`: memberships, parties, elections and votes, referendums
  and their figures, protests, bodies founded, ceremonies.
- :mod:`~kg.extract.facts.economy`: ownership, trade and trading partners, investment,
  projects, goods bought and sold, gifts and aid cut off, a state's figures and
  population.
- :mod:`~kg.extract.facts.judgements`: a speaker's own term for a fact ("what X calls"),
  names given in a relative clause, labels of unnamed officials; requests and drafts
  backed, members' votes on a draft; bans on assembling, removals from office.
- :mod:`~kg.extract.facts.stances`: defending another's act, rejecting sanctions called
  illegitimate, accusations of alleged wrongs and censure, "viewed as ... by X", posts of
  those "representing" a body, attendance and meetings abroad as visits, "another visit",
  providers and suppliers with no recipient named, who carried out a military coup.
- :mod:`~kg.extract.facts.following`: the act of the fact just before, done again by the
  states that follow it ("France and Belgium are expected to follow", "Australia followed
  suit").
- :mod:`~kg.extract.facts.labels`: labels a speaker gives in the passive ("was described as
  a sham by X") or in a relative clause on a fact's noun ("the vote, which X called a sham").
- :mod:`~kg.extract.facts.belonging`: memberships listed beside the noun 'member' ("the
  African Union's 55 members, including Bolivia"), and a body's whole membership counted
  ("the Security Council's 15 members").
- :mod:`~kg.extract.facts.departures`: resignations ("resigned", "stepped down", "handed
  in his resignation").
- :mod:`~kg.extract.facts.openings`: works opened with a ceremony ("inaugurated the dam").
- :mod:`~kg.extract.facts.letters`: letters and notes sent to another party ("sent a
  letter to the Security Council", "wrote to").
- :mod:`~kg.extract.facts.appeals`: appeals asked 'for' ("called for the release of",
  "called for X to be released", "asked Y for proof"), demanded in a 'that' clause
  ("demanded that Y withdraw", "told X that Y should"), asked 'to' ("asks Y to publish"),
  or made by a document ("the resolution calls on Y to").
- :mod:`~kg.extract.facts.transfers`: asylum granted or asked for, assets and stakes
  bought and sold ("granted her diplomatic asylum", "will buy a stake in X from Y").
- :mod:`~kg.extract.facts.reported`: reported speech the main rule does not read ("...,
  adding that ...", "did not comment", "warned Peru", "briefed the Security Council").
- :mod:`~kg.extract.facts.cases`: steps of a case (investigations ordered or led,
  warrants "for the arrest of", rulings against, interim measures asked, appeals lodged,
  sentences handed down, the measures of an order).
- :mod:`~kg.extract.facts.mutinies`: armed rebellions against a state's command.
- :mod:`~kg.extract.facts.raids`: forced entries into premises.
- :mod:`~kg.extract.facts.journeys`: visits in more forms ("is due in Paris", "toured
  Japan", "flew into Tokyo"), journeys of travellers counted or described without
  a name ("two of the three helicopters landed in X"), and a person's journey back or home.
- :mod:`~kg.extract.facts.judged`: more nouns of events a speaker's label points back to
  ("called the seizure an act of piracy"), and labels of a whole clause ("..., which X
  called an act of terror").
- :mod:`~kg.extract.facts.nearness`: places near, not in, a city ("Vnukovo airport outside
  Moscow").
- :mod:`~kg.extract.facts.pledges`: sums of money pledged, promised or provided as support,
  the gapped pledges of a donors' conference ("France 110 million euros and Germany 244
  million euros"), and packages of aid announced for a state.
- :mod:`~kg.extract.facts.descriptions`: a place's political status in apposition ("Georgia,
  a former Soviet republic") and a political leaning before a name ("the far-right AfD"),
  Characterisations in the text's own voice.
- :mod:`~kg.extract.facts.reactions`: displeasure as a reaction ("which angered the United
  States", "Moscow reacted angrily") and fear for someone ("feared for her life").
- :mod:`~kg.extract.facts.pleas`: a defendant's plea ("pleaded not guilty to all charges").
- :mod:`~kg.extract.facts.casualties`: attacks told by their dead ("killed in Israeli strikes").
- :mod:`~kg.extract.facts.killings`: a killing and the strike that did it told as one attack
  ("was killed in an Israeli strike in Beirut").
- :mod:`~kg.extract.facts.powers`: control named by a power's role ("X, Y's former colonial
  power", "as the occupying power").
- :mod:`~kg.extract.facts.presence`: forces kept somewhere ("its military presence in the Baltic").
- :mod:`~kg.extract.facts.flows`: goods flowing to a receiver ("gas stopped flowing to Europe").
- :mod:`~kg.extract.facts.mourning`: periods of mourning declared.
- :mod:`~kg.extract.facts.counts`: cases and deaths a state reports, stocks it holds.
- :mod:`~kg.extract.facts.measures`: lands declared a zone of special rule, administrative
  acts ordered ("ordered a census"), a state's economic controls imposed or lifted, a
  standing stripped ("would strip diplomatic status from").
- :mod:`~kg.extract.facts.exchanges`: exchanges of prisoners, hostages or the dead between
  two sides ("swapped 26 prisoners", "completed a prisoner exchange") as agreements.
- :mod:`~kg.extract.facts.summits`: an organisation's own summit or session ("an ECOWAS
  summit in Abuja", "Mercosur's summit").
- :mod:`~kg.extract.facts.debts`: debt restructurings agreed with creditors ("reached an
  agreement in principle with ... on the restructuring of about US$13.1 billion").
- :mod:`~kg.extract.facts.mandates`: a head of state asking a leader to form a government.
- :mod:`~kg.extract.facts.prices`: market prices of commodities told by their move ("Brent
  crude futures rose 5.04% to $83.11 a barrel").
- :mod:`~kg.extract.facts.shares`: a state's share of a world or market whole ("China
  accounted for 98.8 percent of the world's refined gallium output").
- :mod:`~kg.extract.facts.hits`: attacks told by the weapon that hits ("Israeli tank fire
  hit five border towns"), and which clauses tell an event only possible or asked about.
- :mod:`~kg.extract.facts.figures`: people counted in need or in distress ("some 12 million
  people need food aid", "400,000 people were displaced") and a state's or region's area,
  as Indicators.
- :mod:`~kg.extract.facts.crowds`: a state's force turned on crowds ("police fired tear gas
  at protesters, killing at least 19" a Repression), crowds detained, an army deployed;
  crowds clashing with a force ("at least 12 people were killed as protesters clashed with
  police", a Protest with its dead).
- :mod:`~kg.extract.facts.losses`: losses a speaker counts per period ("was losing about
  $1.5 million in exports every day"), as Assessments.
- :mod:`~kg.extract.facts.rates`: a central bank's rate decision ("raised its key rate by
  0.25 percentage points to 5.25 %").
- :mod:`~kg.extract.facts.annulments`: a court annulling a vote, a law or a decision ("the
  Constitutional Court annulled the presidential election"), a ruling about that fact.
- :mod:`~kg.extract.facts.takings`: a government nationalising or expropriating a company
  or its assets ("the junta nationalised Vell Mining").
- :mod:`~kg.extract.facts.entry_bans`: entry bans and travel restrictions on the citizens of
  named states ("barring citizens of 12 countries from entering the United States").
- :mod:`~kg.extract.facts.court_orders`: a court ordering an asset or a company placed under
  an administration ("ordered that the mine be placed under provisional administration").
- :mod:`~kg.extract.facts.leases`: a concession or lease signed between a public owner and a
  company ("signed a 30-year concession contract for the container terminal").
- :mod:`~kg.extract.facts.strengths`: the size a deployed force is to reach, told after the
  deployment ("The brigade is to grow to about 4,800 soldiers").
- :mod:`~kg.extract.facts.divestments`: an investor excluding companies from its holdings
  ("the fund's board excluded Caterpillar and five banks").
- :mod:`~kg.extract.facts.listed`: a count named, then its members listed in a later
  sentence ("sold its holdings in five banks. The five banks are A, B, ..."): the sale or
  exclusion of each member.
- :mod:`~kg.extract.facts.shipping`: attacks on ships ("rebels sank the bulk carrier X"),
  a vessel named before attacked by unnamed men, people taken hostage ("accused X of
  abducting 12 aid workers"), and the dead and wounded an attack's participle counts.
- :mod:`~kg.extract.facts.removals`: the end of an office a removal tells ("Congress
  removed President X from office on Friday").
- :mod:`~kg.extract.facts.cities`: a mayor's office is the city's, not its state's.
- :mod:`~kg.extract.facts.parts`: the parts of an arms sale told after it ("The package
  includes three NASAMS fire units, 123 AMRAAM missiles and radars"), transfers of their own
  between the sale's parties.
- :mod:`~kg.extract.facts.accords`: agreements beside an article's main one: papers
  counted, another text or one agreed alongside, a programme two sides adopt, a treaty to
  be signed later, an agreement named by where and when it was reached, the truce that
  ended a fighting.
- :mod:`~kg.extract.facts.rescues`: people taken out of danger by a force or a craft ("the
  navy rescued 12 crew members from the Selka", "were picked up by a coast guard ship").
- :mod:`~kg.extract.facts.venues`: ceremonies told by where they are held ("the funeral will
  be held in X", "the ceremony took place at Y") or by a guest received with one.
- :mod:`~kg.extract.facts.polls`: an election the article's one state schedules, its day
  given and no state named in the sentence ("A general election is scheduled for 29 October").
- :mod:`~kg.extract.facts.vessel_seizures`: a navy, a coast guard or a state detaining or
  boarding a vessel ("Norway's navy detained the oil tanker X"), a Seizure of it.
- :mod:`~kg.extract.facts.extraditions`: a court's ruling on an extradition ("the Court of
  Cassation approved the extradition of X to Germany"): the extradition and the ruling.
- :mod:`~kg.extract.facts.grids`: states disconnecting from a shared grid or network ("the
  three states disconnected from the BRELL ring"), a Withdrawal from it.
- :mod:`~kg.extract.facts.easings`: sanctions lifted, suspended or eased, their target named
  by a possessor or demonym ("lifted the asset freeze on five Syrian banks", "agreed to
  suspend the restrictions on X's energy sector"); a roadmap for easing drafts none.
- :mod:`~kg.extract.facts.ratifications`: agreements with several partners a legislature
  ratifies, one bilateral agreement of its state with each, the ratification its stage.
- :mod:`~kg.extract.facts.contracts`: the supply a signed long-term contract is for ("signed a
  20-year agreement with Y for the supply of 2 million tonnes a year of LNG to X"), and an
  agreement's term.
- :mod:`~kg.extract.facts.caps`: price caps a bloc or states set or change on another state's
  goods ("lowered the price cap on Valdorian crude from $60 to $45 a barrel"), sanctions.
- :mod:`~kg.extract.facts.revocations`: a government taking back its own measure ("revoked
  the lawmakers' housing allowance"), an executive action.
- :mod:`~kg.extract.facts.tolls`: the dead a clause counts on protests ("protests in which at
  least six people have died"), the protest's toll.
- :mod:`~kg.extract.facts.purposes`: acts told only as a purpose or an ability ("relies on
  imagery to fire rockets at X"), which the rules of attacks do not draft.
- :mod:`~kg.extract.facts.pauses`: support paused or taken up again ("stopped sharing
  intelligence with Ukraine", "resumed military aid to X"), supplies frozen.
- :mod:`~kg.extract.facts.attack_tolls`: an attack's toll in a clause on its noun ("the attack at X,
  in which 26 people were killed and 17 others were injured").
- :mod:`~kg.extract.facts.reprisals`: measures a release lists after a decision ("The
  committee decided the following measures:"): envoys declared persona non grata, a
  crossing closed, nationals not permitted to travel, a treaty held in abeyance.
- :mod:`~kg.extract.facts.court_levels`: the level of court a judge's title names ("District
  Judge X"), against the one court an article names.
- :mod:`~kg.extract.facts.territories`: territories with a government of their own (Hong
  Kong), whose officials' bare titles are no state's.
- :mod:`~kg.extract.facts.sales`: a sale's buyers named as a consortium's members, its seller
  by 'its stake', its price "in a transaction valued at".
- :mod:`~kg.extract.facts.paid`: what a sum is paid for, which tells a Payment from economic
  Support.
- :mod:`~kg.extract.facts.deportations`: people removed by a state to another ("flew 238
  Venezuelan men to El Salvador"), and payments with their sum.
- :mod:`~kg.extract.facts.judges`: a judge's order from the bench ("District Judge X barred
  the government from deporting anyone"), and the court of a government's appeal.
- :mod:`~kg.extract.facts.blasts`: attacks told by their toll with no author named ("A bomb
  blast killed 12 people").
- :mod:`~kg.extract.facts.notices`: a state's formal notice that it leaves an organisation
  or initiative ("gave formal notice to X that it is withdrawing from Y"), a planned Withdrawal.
- :mod:`~kg.extract.facts.successions`: offices taken or left told by a noun ("approved the
  appointment of X as ...", "following the resignation of X as ..."), such resignations,
  and who held an office before or after ("succeeding Y", "Y is replaced by X", "named X
  as her successor"): ``predecessor`` and ``successor``.
- :mod:`~kg.extract.facts.emergencies`: a state of emergency told in full: each place it
  holds in, its length, legal basis, approval and extension, its start and clock time, the
  rights it restricts and who commands under it, from its sentence and those after it.
- :mod:`~kg.extract.facts.refusals`: visas or entry refused to a team, a delegation or named
  people ("refused visas to X's team", "would not admit", "Among those kept out is A"), a
  negative AccessGrant.
- :mod:`~kg.extract.facts.dialogue_ends`: a body ending its dialogue with another as a
  Sanction, and the condition a measure lasts until (``untilCondition``).
- :mod:`~kg.extract.facts.budgets`: a state's budget as a sum and its change, the cabinet's
  approval of it (an ExecutiveAction) or a legislature's enactment (a Legislation), and the
  programme lines of a list under it (a Project each).
- :mod:`~kg.extract.facts.disputed`: a saying told as an accusation its target rejects
  ("..., an accusation B rejected"): the Accusation and B's Rejection of it.
- :mod:`~kg.extract.facts.suspensions`: an official suspended from office by a government.
- :mod:`~kg.extract.facts.sanction_starts`: when a measure told before was first imposed.
- :mod:`~kg.extract.facts.costs`: what a measure cost a state, as a sum over a period.
- :mod:`~kg.extract.facts.identity`: the ids of drafted facts that name no participant, or
  undated events, scoped to their article.
- :mod:`~kg.extract.facts.proposals`: proposed entities' labels as prose writes them, and one
  entry for a name several drafts of a run propose.
- :mod:`~kg.extract.facts.run`: the rules and trigger words assembled in the order they
  run, :func:`find_facts`, negation, the dates and aspect of a fact, and the surface rules
  of a pipeline without a parser.
"""

from kg.extract.facts.common import SAY_VERBS, STATEMENT_VERBS, Context, Fact
from kg.extract.facts.run import RULES, TRIGGERS, aspect, find_facts

__all__ = ["Context", "Fact", "RULES", "SAY_VERBS", "STATEMENT_VERBS", "TRIGGERS", "aspect", "find_facts"]
