-- PostgreSQL twin of store/migrations/0002_actors.sql (the same statements run as-is).
-- 0002: the cross-article actor registry. One actor per real-world person or
-- organisation across the corpus: entities of different articles with the same
-- normalised full name, type and country share an actor; single-word names ("Xi")
-- and country-less entities join the one actor they fit. Filled by write_batch.

CREATE TABLE actors (
    id         TEXT PRIMARY KEY,                -- content hash of the first key
    key        TEXT NOT NULL UNIQUE,            -- normalised name | type | country
    norm       TEXT NOT NULL,                   -- normalised name (casefolded, no dots)
    name       TEXT NOT NULL,                   -- the full name first seen
    type       TEXT NOT NULL,                   -- PERSON | ORG
    country    TEXT,                            -- ISO alpha-3
    first_seen TEXT,                            -- ISO date of the earliest article
    last_seen  TEXT                             -- ISO date of the latest article
);
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_norm ON actors(norm, type);

CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,                     -- a name mention's text, as written
    PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_aliases_alias ON actor_aliases(alias);

ALTER TABLE entities ADD COLUMN actor_id TEXT REFERENCES actors(id);
CREATE INDEX entities_actor ON entities(actor_id);
