"""One answer per article: merge repeated mentions of an event, mark the main event.

- In one sentence, events of the same PLOVER type are one event told twice ("staged
  rallies to protest against X"): the one highest in the parse tree is kept and takes
  the other's actors when it lacks them.
- Across sentences, an event with the same CAMEO code between the same actors as an
  earlier one is the same event reported again and is dropped; so is a one-sided event
  (no target) with the same code and sources done to the same thing (the same gist:
  "accepted Algeria's bid") as an earlier one-sided one.
- The main event is the lead's: in the first sentence with an event, the one highest in
  the parse tree (the main clause's), then the most confident.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Event

__all__ = ["Ranked", "select_events"]


@dataclass(frozen=True, slots=True)
class Ranked:
    event: Event
    depth: int  # ancestors of the event's top word: 0 for the main clause's verb
    trigger: int  # token indexes, for a stable text order
    verb: int
    gist: str = ""  # the act and what it is done to (``events._gist``); "" when unknown
    # source and target codes without countries guessed from the other side's name
    plain: tuple[tuple[str, ...], tuple[str, ...]] | None = None


def _merge(keep: Event, other: Event) -> Event:
    """``keep`` with ``other``'s actors for a role it has none in."""
    if not keep.source_actors and other.source_actors:
        keep = replace(
            keep,
            sources=other.sources,
            source_actors=other.source_actors,
            source_codes=other.source_codes,
        )
    if not keep.target_actors and other.target_actors:
        keep = replace(
            keep,
            targets=other.targets,
            target_actors=other.target_actors,
            target_codes=other.target_codes,
        )
    return keep


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


def select_events(ranked: list[Ranked]) -> list[Event]:
    """Deduplicated events in text order, the article's main event marked ``main``."""
    kept: list[Ranked] = []
    seen: set[tuple[str, frozenset[str], frozenset[str]]] = set()
    one_sided: set[tuple[str, frozenset[str], str]] = set()
    for item in _per_sentence(ranked):
        key = _actor_key(item.event)
        if key[1] and key[2] and key in seen:
            continue
        said = (key[0], key[1], item.gist)
        if item.gist and key[1] and not key[2] and said in one_sided:
            continue  # "USDA accepted Algeria's bid for ...; USDA accepted Algeria's bid of"
        seen.add(key)
        if item.gist and key[1] and not key[2]:
            one_sided.add(said)
        kept.append(item)
    if not kept:
        return []
    lead = kept[0].event.sentence.start
    main = min(
        (r for r in kept if r.event.sentence.start == lead),
        key=lambda r: (r.depth, -r.event.confidence, r.trigger),
    )
    return [replace(r.event, main=r is main) for r in kept]
