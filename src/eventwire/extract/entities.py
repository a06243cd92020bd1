"""Entities stage: one Entity per real-world actor, with every mention that refers to it.

Steps: clean spaCy's entity spans and drop non-actors; cluster name variants (full
name, surname, country aliases, acronyms); add exact occurrences of known names spaCy
missed; read titles, countries and sectors from the surrounding words; link pronouns
and role nouns. Helpers live in ``entity_tables`` (resources), ``entity_cluster``
(names), ``entity_roles`` (titles/countries) and ``entity_coref`` (pronouns).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from ..config import Config
from ..errors import StageError
from ..model import Document, Entity, EntityType, content_id
from .entity_cluster import Cluster, add_missed_mentions, cluster_candidates, collect_candidates
from .entity_coref import add_pronouns, add_role_nouns
from .entity_roles import assign_roles
from .entity_tables import EntityTables, load_entity_tables

if TYPE_CHECKING:
    from ..pipeline import Stage

__all__ = ["VERSION", "extract_entities", "make_entities"]

VERSION = "8"


def _to_entity(doc: Document, cl: Cluster) -> Entity:
    mentions = sorted(set(cl.mentions), key=lambda m: (m.span.start, m.span.end))
    return Entity(
        id=content_id(doc.id, cl.name, cl.type, prefix="e"),
        name=cl.name,
        type=cast(EntityType, cl.type),
        mentions=tuple(mentions),
        title=cl.title,
        country=cl.country,
        sector=cl.sector,
        stage="entities",
        version=VERSION,
    )


def extract_entities(doc: Document, *, tables: EntityTables) -> list[Entity]:
    """Every actor in ``doc`` (which must be parsed), ordered by first mention."""
    parsed = doc.parsed
    if parsed is None:
        raise StageError(
            "E310", "entities needs the spaCy parse; run the parse stage first", where=doc.source
        )
    clusters = cluster_candidates(doc, collect_candidates(doc, parsed, tables))
    add_missed_mentions(doc, clusters, tables)
    assign_roles(doc, parsed, clusters, tables)
    add_role_nouns(doc, parsed, clusters, tables)
    add_pronouns(doc, parsed, clusters, tables)
    entities = [_to_entity(doc, cl) for cl in clusters if cl.mentions]
    entities.sort(key=lambda e: e.mentions[0].span.start)
    return entities


def make_entities(cfg: Config) -> Stage:
    """The entities stage, with its tables loaded once."""
    from ..pipeline import Stage

    tables = load_entity_tables()

    def run(doc: Document) -> Document:
        return replace(doc, entities=tuple(extract_entities(doc, tables=tables)))

    return Stage(
        "entities", VERSION, frozenset({"parsed", "sentences"}), frozenset({"entities"}), run
    )
