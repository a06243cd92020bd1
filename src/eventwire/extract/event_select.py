"""One answer per article: merge repeated mentions of an event, mark the main event.

- In one sentence, events of the same PLOVER type are one event told twice ("staged
  rallies to protest against X"): the one highest in the parse tree is kept and takes
  the other's actors when it lacks them.
- Across sentences, an event with the same CAMEO code between the same actors as an
  earlier one is the same event reported again and is dropped; so is a one-sided event
  (no target) with the same code and sources done to the same thing (the same gist:
  "accepted Algeria's bid") as an earlier one-sided one, or with the same code and
  trigger word by the same actor or one of the same country and kind (for acts that go
  on, "investigate", "negotiate", whatever they are about); and an event
  with the same code and word done to the same party as an earlier one, where only one
  of the two names a doer, is that event told again (it lends the first its doer).
- The main event is the lead's: in the first sentence with an event, the one highest in
  the parse tree (the main clause's), then the most confident.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Event
from .entity_names import firm_suffixed

__all__ = ["Ranked", "countries", "select_events"]

# Sector codes that can open an actor code without a country ("BUS", "GOV" ...).
_SECTOR_CODES = frozenset(
    {"GOV", "MIL", "REB", "OPP", "BUS", "MED", "IGO", "NGO", "CVL", "JUD", "LEG", "POL", "LAB"}
    | {"EDU", "REF", "PER", "COP", "SPY", "REL", "HLH", "AGR", "PTY", "ELI", "CRM", "ENV"}
)


@dataclass(frozen=True, slots=True)
class Ranked:
    event: Event
    depth: int  # ancestors of the event's top word: 0 for the main clause's verb
    trigger: int  # token indexes, for a stable text order
    verb: int
    gist: str = ""  # the act and what it is done to (``events._gist``); "" when unknown
    # source and target codes without countries guessed from the other side's name
    plain: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    lemma: str = ""  # the trigger's lemma when it is an event noun ("attack", "request")
    definite: bool = False  # "*the* sanctions", "signed *the* agreement": told before
    word: str = ""  # the trigger's lemma, verb or noun
    bare: bool = False  # a verb with nothing of its own: no object, clause or "as"/"from"


def _shared(ids: tuple[str, ...], event: Event) -> bool:
    return bool(set(ids) & {*event.sources, *event.targets})


def _merge(keep: Event, other: Event) -> Event:
    """``keep`` with ``other``'s actors for a role it has none in, unless they are
    already its parties in the other role ("a clash between Iraqi units and *Iranian
    boats* carrying men to attack": the boats are no source beside themselves)."""
    if not keep.source_actors and other.source_actors and not _shared(other.sources, keep):
        keep = replace(
            keep,
            sources=other.sources,
            source_actors=other.source_actors,
            source_codes=other.source_codes,
        )
    if (
        not keep.target_actors
        and other.target_actors
        and not _shared(other.targets, keep)
        and not all(
            _own_kind(span.text, code, keep)
            for span, code in zip(other.target_actors, other.target_codes, strict=False)
        )
    ):
        keep = replace(
            keep,
            targets=other.targets,
            target_actors=other.target_actors,
            target_codes=other.target_codes,
        )
    return keep


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def _own_kind(text: str, code: str, keep: Event) -> bool:
    """A target of the same code and head noun as one of ``keep``'s sources ("up to 800
    leftwing *guerrillas* attacked ...; 30 *guerrillas* were killed"): the attackers' own
    dead, not whom they attacked."""
    return bool(code) and any(
        code == c and _last_word(text) == _last_word(s.text)
        for s, c in zip(keep.source_actors, keep.source_codes, strict=False)
    )


def _actor_key(event: Event) -> tuple[str, frozenset[str], frozenset[str]]:
    def names(
        spans: tuple[object, ...], codes: tuple[str, ...], ids: tuple[str, ...]
    ) -> frozenset[str]:
        return frozenset(ids) or frozenset(c for c in codes if c)

    return (
        event.cameo,
        names(event.source_actors, event.source_codes, event.sources),
        names(event.target_actors, event.target_codes, event.targets),
    )


def _per_sentence(ranked: list[Ranked]) -> list[Ranked]:
    best: dict[tuple[int, str], Ranked] = {}
    for item in ranked:
        key = (item.event.sentence.start, item.event.type)
        old = best.get(key)
        if old is None:
            best[key] = item
            continue
        top, low = sorted((old, item), key=lambda r: (r.depth, -r.event.confidence, r.trigger))
        best[key] = replace(top, event=_merge(top.event, low.event))
    return sorted(best.values(), key=lambda r: (r.event.sentence.start, r.trigger))


def _told_again(item: Ranked, old: Ranked) -> bool:
    """The same one-sided act told again: the same code and event noun, not done to two
    different things, by the same actor or one of the same country and kind ("an Iranian
    attack ... an Iranian infantry brigade launched the attack"). Verbs are left apart:
    one who "resigned" twice in a story often left two posts."""
    new, before = item.event, old.event
    if not item.lemma or item.lemma != old.lemma or new.cameo != before.cameo:
        return False
    if before.target_actors or new.sentence.start == before.sentence.start:
        return False
    if item.gist and old.gist and item.gist != old.gist:
        return False  # "agreed to remain ...; agreed not to compete": two agreements
    if set(new.sources) & set(before.sources):
        return True
    codes = {c for c in before.source_codes if len(c) >= 3}
    return bool(codes) and bool(codes & {c for c in new.source_codes if len(c) >= 3})


def _repeated_sentence(item: Ranked, old: Ranked) -> bool:
    """The same sentence, word for word, told again later in the article (a lead repeated
    under a photo), with the same code on the same trigger word."""
    new, before = item.event, old.event
    return (
        new.cameo == before.cameo
        and new.trigger.text == before.trigger.text
        and " ".join(new.sentence.text.split()) == " ".join(before.sentence.text.split())
    )


def _said_again(item: Ranked, old: Ranked) -> bool:
    """ "Donald Fox has *resigned* from the board ... he said he was *resigning* because of
    new interests", "Poindexter, who *resigned* last November ... the day that Poindexter
    *resigned*": the same verb by the same actor, with no target either time, told again
    with nothing of its own (no object, clause, "as" post or "from" body: "resigned as
    president ... resigned as a director" are two acts)."""
    new, before = item.event, old.event
    ongoing = item.word in _ONGOING  # "officials were *continuing to investigate* what
    # caused the crash": the inquiry told before, whatever it is about
    if item.lemma or old.lemma or not (item.bare or ongoing) or item.word != old.word:
        return False
    if new.cameo != before.cameo or new.targets or before.targets:
        return False
    if new.sentence.start == before.sentence.start:
        return False
    if ongoing and not new.sources and new.source_actors:  # "*Aviation officials*": a
        # kind of actor, not an entity: the same words and code name the same body
        return _named_sources(new) == _named_sources(before)
    return bool(new.sources) and set(new.sources) == set(before.sources)


def _named_sources(event: Event) -> set[tuple[str, str]]:
    """The sources' words and codes, for sources that are no entity."""
    pairs = zip(event.source_actors, event.source_codes, strict=False)
    return {(" ".join(a.text.lower().split()), code) for a, code in pairs}


# Acts that go on for a while: one actor doing them twice in a story does one of them.
_ONGOING = frozenset({"investigate", "probe", "negotiate"})


def countries(codes: tuple[str, ...] | list[str]) -> set[str]:
    """The countries actor codes name ("IRNGOV" -> IRN); sector-only codes name none."""
    return {c[:3] for c in codes if len(c) >= 3 and c[:3] not in _SECTOR_CODES}


def _mentioned_again(item: Ranked, old: Ranked) -> bool:
    """ "New Zealand has imposed sanctions against Fiji ... *The sanctions* were approved by
    the cabinet", "STM signed an agreement with Cable and Wireless ... the chairmen *signed
    the agreement*": an event noun with "the" and no owner of its own, or a verb done to
    "the" document, of the same code and word as an earlier event, tells that event again."""
    new, before = item.event, old.event
    if not item.definite or item.word != old.word or new.cameo != before.cameo:
        return False
    if new.sentence.start == before.sentence.start:
        return False
    if not item.lemma:  # a verb done to "the" document: the same one, unless signed
        # with another country ("... the accord was signed by French officials")
        return countries(new.target_codes) <= countries(before.target_codes)
    return set(new.targets) <= set(before.targets) or not before.targets


def _done_to_again(item: Ranked, old: Ranked) -> bool:
    """ "King was *arrested* on February 21 ... King was *arrested* by police a few
    minutes later": the same word and code done to the same party, once with a doer and
    once without, is the same act told again (it lends the doer to the first telling).
    Two tellings without a doer may be two acts ("charged with insider dealing ... later
    charged with offences on deals in AE shares"), but not two killings or shootings of
    the same person ("Alleyne was shot by an unidentified attacker ... Alleyne, who was
    shot multiple times")."""
    new, before = item.event, old.event
    if not item.word or item.word != old.word or new.cameo != before.cameo:
        return False
    if new.sentence.start == before.sentence.start or not new.targets:
        return False
    if set(new.targets) != set(before.targets):
        return False
    if new.type == "ASSAULT" and not new.source_actors and not before.source_actors:
        return True
    return bool(new.source_actors) != bool(before.source_actors)  # neither: maybe two charges


# Head nouns of a firm described rather than named: "the Ohio-based snack *company*".
_FIRM_WORDS = frozenset({"company", "firm", "group", "concern", "maker", "producer", "bank"})
_FIRM_WORDS |= frozenset({"unit", "subsidiary", "manufacturer", "retailer", "insurer", "airline"})


def _described_again(item: Ranked, old: Ranked) -> bool:
    """ "The FTC *charged* Acme Foods Inc with misleading labels ... the FTC *charged* the
    Ohio-based snack and cereal company with claiming ...": the same word and code by the
    same doer, done to a firm described with "the", tells the act on the firm named before
    again."""
    new, before = item.event, old.event
    if not item.word or item.word != old.word or new.cameo != before.cameo:
        return False
    if new.sentence.start == before.sentence.start or len(new.target_actors) != 1:
        return False
    target, sentence = new.target_actors[0], new.sentence
    before_it = sentence.text[: target.start - sentence.start].split()
    described = target.text.lower().startswith("the ") or (before_it or [""])[-1] == "the"
    if not described or _last_word(target.text) not in _FIRM_WORDS:
        return False
    firms = all(
        c.endswith("BUS") or firm_suffixed(t.text)
        for t, c in zip(before.target_actors, before.target_codes, strict=False)
    )
    return bool(before.targets) and firms and bool(set(new.sources) & set(before.sources))


def select_events(ranked: list[Ranked]) -> list[Event]:
    """Deduplicated events in text order, the article's main event marked ``main``."""
    kept: list[Ranked] = []
    seen: set[tuple[str, frozenset[str], frozenset[str]]] = set()
    one_sided: set[tuple[str, frozenset[str], str]] = set()
    told: list[Ranked] = []  # one-sided events kept so far
    for item in _per_sentence(ranked):
        key = _actor_key(item.event)
        if key[1] and key[2] and key in seen:
            continue
        said = (key[0], key[1], item.gist)
        if item.gist and key[1] and not key[2] and said in one_sided:
            continue  # "USDA accepted Algeria's bid for ...; USDA accepted Algeria's bid of"
        if not key[2] and any(_told_again(item, old) or _said_again(item, old) for old in told):
            continue  # "an Iranian attack ...; an Iranian brigade launched the attack"
        if any(_repeated_sentence(item, old) for old in kept):
            continue  # web copy repeats its lead as a caption: the same words, the same act
        if any(_mentioned_again(item, old) for old in kept):
            continue  # "imposed sanctions against Fiji ...; the sanctions were approved"
        again = next((i for i, old in enumerate(kept) if _done_to_again(item, old)), None)
        if again is not None:
            old = kept[again]
            kept[again] = replace(old, event=_merge(old.event, item.event))
            continue  # "King was arrested ...; King was arrested by police"
        if any(_described_again(item, old) for old in kept):
            continue  # "charged Kraft Inc ...; charged the Glenview ... company"
        seen.add(key)
        if item.gist and key[1] and not key[2]:
            one_sided.add(said)
        if not key[2]:
            told.append(item)
        kept.append(item)
    if not kept:
        return []
    lead = kept[0].event.sentence.start
    main = min(
        (r for r in kept if r.event.sentence.start == lead),
        key=lambda r: (r.depth, -r.event.confidence, r.trigger),
    )
    return [replace(r.event, main=r is main) for r in kept]
