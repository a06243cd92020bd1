-- 0001: the initial eventwire schema (documented in docs/store.md).
-- Applied inside one transaction by eventwire.store.sqlite; never edit a released
-- migration, add 0002_*.sql instead.

CREATE TABLE articles (
    id               TEXT PRIMARY KEY,          -- Document.id, content hash of the body
    seq              INTEGER NOT NULL UNIQUE,   -- ingest order; rowid of articles_fts
    input_id         TEXT,
    source           TEXT NOT NULL,
    title            TEXT,
    url              TEXT,
    published        TEXT,                      -- ISO date
    reference_date   TEXT,                      -- ISO date
    reference_source TEXT NOT NULL,             -- text | published | none
    text             TEXT NOT NULL,
    record           TEXT NOT NULL,             -- to_record() JSON, the source of truth
    ingested_at      TEXT NOT NULL              -- UTC ISO timestamp
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE entities (
    doc_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    position INTEGER NOT NULL,                  -- order within the document
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    title    TEXT,
    country  TEXT,
    sector   TEXT,
    mentions INTEGER NOT NULL,                  -- number of rows in mentions
    stage    TEXT NOT NULL,
    version  TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE mentions (
    doc_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL,                   -- name | pronoun | nominal
    PRIMARY KEY (doc_id, entity_id, position),
    FOREIGN KEY (doc_id, entity_id) REFERENCES entities(doc_id, id) ON DELETE CASCADE
);

CREATE TABLE times (
    doc_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    position INTEGER NOT NULL,                  -- order within the document
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,                   -- DATE | TIME | DURATION | SET
    value      TEXT NOT NULL,                   -- TIMEX3 value
    anchor     TEXT,
    mod        TEXT,
    stage      TEXT NOT NULL,
    version    TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE places (
    doc_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    position INTEGER NOT NULL,                  -- order within the document
    name       TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    lat        REAL,
    lon        REAL,
    country    TEXT,
    admin1     TEXT,
    kind       TEXT NOT NULL,
    confidence REAL NOT NULL,
    stage      TEXT NOT NULL,
    version    TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX places_name ON places(name);
CREATE INDEX places_country ON places(country);

CREATE TABLE amounts (
    doc_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position INTEGER NOT NULL,                  -- order within the document
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       REAL NOT NULL,
    unit        TEXT NOT NULL,
    about       TEXT,
    about_start INTEGER,
    about_end   INTEGER,
    stage       TEXT NOT NULL,
    version     TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX amounts_unit ON amounts(unit);

CREATE TABLE statements (
    doc_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    position INTEGER NOT NULL,                  -- order within the document
    speaker_id    TEXT,                         -- entities.id, if the speaker was resolved
    speaker_name  TEXT,                         -- that entity's name at write time
    source_start  INTEGER,
    source_end    INTEGER,
    source_text   TEXT,                         -- words naming the speaker here
    cue_start     INTEGER NOT NULL,
    cue_end       INTEGER NOT NULL,
    cue_text      TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    content_text  TEXT NOT NULL,
    kind          TEXT NOT NULL,                -- direct | indirect | mixed
    confidence    REAL NOT NULL,
    stage         TEXT NOT NULL,
    version       TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX statements_speaker ON statements(speaker_name);

CREATE TABLE events (
    doc_id         TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    position INTEGER NOT NULL,                  -- order within the document
    type           TEXT NOT NULL,               -- PLOVER-2021 event type
    mode           TEXT,
    cameo          TEXT NOT NULL,
    date           TEXT,                        -- TIMEX3 value
    place_id       TEXT,                        -- places.id
    time_id        TEXT,                        -- times.id
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    trigger_text   TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence_text  TEXT NOT NULL,
    confidence     REAL NOT NULL,
    stage          TEXT NOT NULL,
    version        TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_cameo ON events(cameo);

-- entity_id is deliberately not a foreign key to entities: a dangling actor id is a
-- stage bug worth keeping as evidence (name falls back to the id), not a lost batch.
CREATE TABLE event_actors (
    doc_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id  TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position  INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    name      TEXT NOT NULL,                    -- entity name at write time (or the id)
    PRIMARY KEY (doc_id, event_id, role, position),
    FOREIGN KEY (doc_id, event_id) REFERENCES events(doc_id, id) ON DELETE CASCADE
);
CREATE INDEX event_actors_entity ON event_actors(doc_id, entity_id);
CREATE INDEX event_actors_name ON event_actors(name);

CREATE TABLE failures (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    source     TEXT NOT NULL,
    code       TEXT NOT NULL,
    message    TEXT NOT NULL,
    article_id TEXT,                            -- content hash of the input, if known
    at         TEXT NOT NULL
);
-- The same failure recorded twice (a re-run over the same inputs) is stored once.
CREATE UNIQUE INDEX failures_unique ON failures(source, code, COALESCE(article_id, ''), message);
CREATE INDEX failures_code ON failures(code);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
