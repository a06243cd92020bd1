"""eventwire: news articles to who did what to whom, who said what, when, where, how much."""

from .config import Config, load_config
from .errors import ConfigError, EventwireError, IngestError, StageError, StoreError
from .model import (
    Amount,
    Article,
    Document,
    Entity,
    Event,
    Failure,
    Mention,
    Place,
    ReferenceDate,
    Span,
    Statement,
    TimeExpr,
)
from .pipeline import Pipeline, build_pipeline

__version__ = "0.1.0"

__all__ = [
    "Amount",
    "Article",
    "Config",
    "ConfigError",
    "Document",
    "Entity",
    "Event",
    "EventwireError",
    "Failure",
    "IngestError",
    "Mention",
    "Pipeline",
    "Place",
    "ReferenceDate",
    "Span",
    "StageError",
    "Statement",
    "StoreError",
    "TimeExpr",
    "__version__",
    "build_pipeline",
    "load_config",
]
