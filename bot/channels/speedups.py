"""Measured hot spots of Rasa 3.6 under load (py-spy, 50 concurrent conversations), fixed without
changing behaviour. Imported by the plan service's channel, which Rasa loads at start-up.

* Every action server response is validated with `jsonschema.validate`, which re-checks the schema
  against its metaschema on every call: 47% of the Rasa server's CPU. The validator is now built once
  per distinct schema; validation is exactly as strict.
* Every stored event is deserialised by searching all `Event` subclasses with `inspect`: ~10%. The
  subclass list is cached (keyed on the number of direct subclasses, so a late import still shows).
* The embedded SQLite tracker store fsyncs every commit (~8%): it now runs in WAL mode with
  synchronous=NORMAL, which survives a crash of any process; PostgreSQL is untouched.

A second round (py-spy, 50 concurrent conversations, after the three above):

* SQLAlchemy 1.4 gives a file SQLite database a `NullPool`: every tracker load and every save opened a
  new connection, ran the WAL pragmas and closed it again, and closing the last connection checkpoints
  the WAL (~14% of the server's CPU together). The tracker store's SQLite engine now keeps a small
  connection pool (what SQLAlchemy 2 does by default); each connection is still used by one caller at
  a time. PostgreSQL keeps Rasa's own pool settings.
* Loading a tracker built an ORM object for every stored event only to read its `data` column, and
  saving counted the stored events through an ORM subquery and flushed one ORM object per new event
  (~8%). The same queries (same filters, same order, same session-start rule) now select only the
  columns they need, and on SQLite the new rows go in with one executemany INSERT (in order, so ids
  keep the events' order). Stored rows are byte-for-byte the same.
* Every call of the MI action serialised the whole conversation (every event, each carrying the
  dialogue state) into the request to the action server (~5%). The action reads only the slots and the
  latest message, so it now gets the events from the latest user message on (`SLIM_TRACKER_ACTIONS`);
  slots, `latest_message` and the rest of the tracker state are unchanged. (The domain is not sent
  either: `enable_selective_domain` in the endpoints files.)
* Rasa's processor and rule policy deep-copy every event list and state they pass to
  `structlogger.debug(...)`, also when debug logging is off (~5%, the dialogue state is in every
  slot event). They now copy only when that logger writes debug records.
* Each NLU parse and each policy prediction re-derived the same culled graph and ran it through dask's
  threaded-scheduler machinery (~8%). The culled graph is now built once per target list and run by
  `dask.core.get`, dask's sequential scheduler: same nodes, same inputs, same results.

A third round (after intents and rules moved to the bot's own components):

* Every call of the action server built a new aiohttp session, cookie jar and TCP connection and tore
  them down again (~8% of the server's CPU). An endpoint now keeps one session per event loop, whose
  idle connections are closed after 2 s, before the action server's 5 s keep-alive ends, so a request
  never goes down a connection the server is closing. Requests, headers and timeouts are unchanged.
* Decoding the stored events of a conversation at every message was ~10% of the server's CPU; they are
  now decoded with ujson (a Rasa dependency, ~1.75× faster, identical values). Rows are still written
  by the standard json module, byte-for-byte as Rasa writes them.

A fourth round (after the plan service's own CPU per message was halved):

* Every action server result was still validated against Rasa's response schema by jsonschema: each
  event is tried against all 23 `oneOf` event schemas, and the schema itself was serialised per call
  to find its cached validator (~7% of the server's CPU). A result made only of what the MI action
  returns (`slot` events, the events that carry nothing but their name, and response objects) is now
  checked by hand against exactly those parts of the schema; anything else, and every invalid result,
  still goes through jsonschema, which raises the same errors as before.
* The garbage collector walked the whole start-up heap (the model, the domain, the tagger: hundreds
  of MB of objects that live as long as the server) at each full collection. They are frozen
  (`gc.freeze()`) once the model is loaded and again after the first message (the tagger loads then),
  so collections only walk what was allocated since.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema
from jsonschema import exceptions, validators

_original_validate = jsonschema.validate

try:  # a dependency of Rasa and Sanic; decodes the stored events ~1.75× faster than json (same values)
    from ujson import loads as _loads
except ImportError:  # pragma: no cover
    _loads = json.loads


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


def _engine_kwargs(original: Any) -> Any:
    def create_engine_kwargs(url: Any) -> dict[str, Any]:
        kwargs = dict(original(url))
        from sqlalchemy.engine.url import make_url
        from sqlalchemy.pool import QueuePool

        u = make_url(url) if isinstance(url, str) else url
        if u.get_backend_name() == "sqlite" and u.database not in (None, "", ":memory:") and "poolclass" not in kwargs:
            kwargs["poolclass"] = QueuePool
            kwargs["pool_size"] = 4
            kwargs["max_overflow"] = 4
            connect_args = dict(kwargs.get("connect_args") or {})
            # the pool hands a connection to one caller at a time; Rasa may call from executor threads
            connect_args.setdefault("check_same_thread", False)
            kwargs["connect_args"] = connect_args
        return kwargs

    create_engine_kwargs._forbered_pooled = True  # type: ignore[attr-defined]
    return create_engine_kwargs


def _statements(store: Any) -> dict[str, Any]:
    """Rasa's tracker queries as Core statements, built once per store (their cache keys are memoised, so
    SQLAlchemy does not rebuild and re-key an ORM query for every load and save). Same filters as
    `SQLTrackerStore._event_query`: this sender's events since its latest `session_started` event (all
    of them if there is none), ordered by id."""
    found = store.__dict__.get("_forbered_statements")
    if found is None:
        import sqlalchemy as sa
        from rasa.shared.core.events import SessionStarted

        t = store.SQLEvent.__table__
        sender = sa.bindparam("sender_id")
        session_start = (
            sa.select(sa.func.max(t.c.timestamp))
            .where(t.c.sender_id == sender, t.c.type_name == SessionStarted.type_name)
            .scalar_subquery()
        )
        latest = sa.and_(t.c.sender_id == sender, sa.or_(t.c.timestamp >= session_start, session_start.is_(None)))
        found = store._forbered_statements = {
            "latest": sa.select(t.c.data).where(latest).order_by(t.c.id),
            "all": sa.select(t.c.data).where(t.c.sender_id == sender).order_by(t.c.id),
            "count": sa.select(sa.func.count(t.c.id)).where(latest),
        }
    return found


async def _retrieve(self: Any, sender_id: str, fetch_events_from_all_sessions: bool) -> Any:
    """`SQLTrackerStore._retrieve`, reading only the `data` column (no ORM object per event)."""
    from rasa.core import tracker_store as ts

    stmt = _statements(self)["all" if fetch_events_from_all_sessions else "latest"]
    with self.session_scope() as session:
        events = [_loads(data) for (data,) in session.execute(stmt, {"sender_id": sender_id})]
    if self.domain and len(events) > 0:
        ts.logger.debug(f"Recreating tracker from sender id '{sender_id}'")
        return ts.DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
    ts.logger.debug(f"Can't retrieve tracker matching sender id '{sender_id}' from SQL storage. "
                    f"Returning `None` instead.")
    return None


def _additional_events(self: Any, session: Any, tracker: Any) -> Any:
    """`SQLTrackerStore._additional_events`: the tracker's events after those already stored."""
    import itertools

    stored = session.execute(_statements(self)["count"], {"sender_id": tracker.sender_id}).scalar() or 0
    return itertools.islice(tracker.events, stored, len(tracker.events))


# Custom actions that read nothing of the tracker but `sender_id`, the slots and `latest_message`
# (bot/actions/mi_turn.py). Rasa sends them the tracker's events from the latest user message on
# instead of every event of the conversation. An action that reads `tracker.events` must not be here.
SLIM_TRACKER_ACTIONS = frozenset({"action_mi_turn"})


def _slim_call_format(original: Any) -> Any:
    def _action_call_format(self: Any, tracker: Any, domain: Any) -> dict[str, Any]:
        result = original(self, tracker, domain)
        if self.name() in SLIM_TRACKER_ACTIONS:
            state = result["tracker"]
            events = state.get("events") or []
            last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=0)
            state["events"] = events[last_user:]
        return result

    _action_call_format._forbered_slim = True  # type: ignore[attr-defined]
    return _action_call_format


class _DebugOnlyCopy:
    """Stands in for the `copy` module in Rasa modules that use `copy.deepcopy` only to snapshot the
    arguments of `structlogger.debug(...)` calls. The snapshot is taken only when that logger would
    write debug records; otherwise the call drops its arguments unread, so no copy is needed."""

    def __init__(self, logger_name: str) -> None:
        import logging

        self._logger = logging.getLogger(logger_name)
        self._debug = logging.DEBUG

    def deepcopy(self, value: Any, memo: Any = None) -> Any:
        import copy

        return copy.deepcopy(value, memo) if self._logger.isEnabledFor(self._debug) else value


def _run_graph(self: Any, inputs: Any = None, targets: Any = None) -> dict[str, Any]:
    """`DaskGraphRunner.run` with the culled graph built once per target list, executed by dask's
    sequential reference scheduler (`dask.core.get`, same task semantics as `dask.get`)."""
    import dask.core
    from rasa.engine.exceptions import GraphRunError

    run_targets = targets if targets else self._graph_schema.target_names
    graphs = self.__dict__.setdefault("_forbered_graphs", {})
    graph = graphs.get(tuple(run_targets))
    if graph is None:
        graph = graphs[tuple(run_targets)] = self._build_dask_graph(self._graph_schema.minimal_graph_schema(run_targets))
    run_graph = dict(graph)
    if inputs:
        self._add_inputs_to_graph(inputs, run_graph)
    try:
        return dict(dask.core.get(run_graph, list(run_targets)))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


_original_save: Any = None


async def _save(self: Any, tracker: Any) -> None:
    """`SQLTrackerStore.save` with one executemany INSERT instead of one ORM object per event (SQLite;
    other databases keep Rasa's own save, whose id order the events' order relies on)."""
    from rasa.core import tracker_store as ts

    if self.engine.dialect.name != "sqlite":
        return await _original_save(self, tracker)
    await self.stream_events(tracker)
    with self.session_scope() as session:
        rows = []
        for event in self._additional_events(session, tracker):
            data = event.as_dict()
            rows.append({
                "sender_id": tracker.sender_id,
                "type_name": event.type_name,
                "timestamp": data.get("timestamp"),
                "intent_name": data.get("parse_data", {}).get("intent", {}).get(ts.INTENT_NAME_KEY),
                "action_name": data.get("name"),
                "data": json.dumps(data),
            })
        if rows:
            session.execute(self.SQLEvent.__table__.insert(), rows)
        session.commit()
    ts.logger.debug(f"Tracker with sender_id '{tracker.sender_id}' stored to database")


KEEPALIVE_S = 2.0  # below Sanic's default KEEP_ALIVE_TIMEOUT (5 s), which the action server uses


class _Kept:
    """`async with endpoint.session() as s` that hands out a kept session and leaves it open."""

    def __init__(self, session: Any) -> None:
        self.session = session

    async def __aenter__(self) -> Any:
        return self.session

    async def __aexit__(self, *exc: Any) -> None:
        return None


def _kept_session(original: Any) -> Any:
    import asyncio

    import aiohttp
    from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT

    def session(self: Any) -> Any:
        loop = asyncio.get_running_loop()
        kept = self.__dict__.setdefault("_forbered_sessions", {})
        current = kept.get(id(loop))
        if current is None or current.closed:
            # Rasa's own settings (EndpointConfig.session), plus a connector that keeps connections
            auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) if self.basic_auth else None
            current = kept[id(loop)] = aiohttp.ClientSession(
                headers=self.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_S))
        return _Kept(current)

    session._forbered_kept = True  # type: ignore[attr-defined]
    return session



# The parts of Rasa's action response schema (`RemoteAction.action_response_format_spec`, events from
# rasa/shared/utils/schemas/events.py) that a result of the MI action touches. Event kinds whose schema is
# only `{"properties": {"event": {"const": kind}}}`:
_NAME_ONLY_EVENTS = frozenset({
    "user_featurization", "cancel_reminder", "reminder", "action_execution_rejected", "form_validation",
    "loop_interrupted", "form", "active_loop", "reset_slots", "resume", "pause", "followup", "export",
    "restart", "undo", "rewind", "bot", "session_started", "agent"})


def _is_number(value: Any) -> bool:  # jsonschema's "number": int or float, but not bool
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def surely_valid_action_result(result: Any) -> bool:
    """True only if `result` certainly matches Rasa's action response schema. False means "not checked
    here" (jsonschema decides, and raises for an invalid result), never "invalid"."""
    if not isinstance(result, dict):
        return False
    events = result.get("events", [])
    responses = result.get("responses", [])
    if not isinstance(events, list) or not isinstance(responses, list):
        return False
    if not all(isinstance(r, dict) for r in responses):
        return False
    for event in events:
        if not isinstance(event, dict):
            return False
        kind = event.get("event")
        if not isinstance(kind, str):
            return False
        if "timestamp" in event and not (event["timestamp"] is None or _is_number(event["timestamp"])):
            return False
        if "metadata" in event and not (event["metadata"] is None or isinstance(event["metadata"], dict)):
            return False
        if kind == "slot":  # SLOT_SET: name a string, value anything, both required
            if not isinstance(event.get("name"), str) or "value" not in event:
                return False
        elif kind not in _NAME_ONLY_EVENTS:  # user, action, entities, unknown kinds: jsonschema
            return False
    return True


def _fast_validate_action_result(original: Any) -> Any:
    def _validate_action_result(self: Any, result: Any) -> bool:
        if surely_valid_action_result(result):
            return True
        return original(self, result)

    _validate_action_result._forbered_fast = True  # type: ignore[attr-defined]
    return _validate_action_result


_frozen = {"after_first_message": False}


def freeze_heap(collect: bool = True) -> None:
    """Move every object alive now out of the collector's generations (`gc.freeze`): long-lived start-up
    objects are no longer walked at each full collection. Objects are still freed by reference counting;
    only cycles among frozen objects would stay, and the start-up heap lives as long as the server.
    `collect`: drop the garbage first (a full collection, so only before the server takes requests)."""
    import gc
    import logging
    import time

    t0 = time.perf_counter()
    if collect:
        gc.collect()
    gc.freeze()
    logging.getLogger(__name__).debug("froze %d objects in %.2f s", gc.get_freeze_count(), time.perf_counter() - t0)


def freeze_after_first_message() -> None:
    """The tagger and the dialogue's tables load on the first message: freeze them too (no collection:
    that would stall the turns in flight; `gc.freeze` itself only relinks a list)."""
    if not _frozen["after_first_message"]:
        _frozen["after_first_message"] = True
        freeze_heap(collect=False)

def install() -> None:
    global _original_save
    jsonschema.validate = validate
    import rasa.core.tracker_store as tracker_store
    import rasa.shared.utils.common as common
    from rasa.core.actions.action import RemoteAction
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    if not getattr(common.all_subclasses, "_forbered_cached", False):
        common.all_subclasses = _cached_all_subclasses(common.all_subclasses)
        common.all_subclasses._forbered_cached = True  # type: ignore[attr-defined]
    if not event.contains(Engine, "connect", _sqlite_wal):
        event.listen(Engine, "connect", _sqlite_wal)
    if not getattr(tracker_store.create_engine_kwargs, "_forbered_pooled", False):
        tracker_store.create_engine_kwargs = _engine_kwargs(tracker_store.create_engine_kwargs)
    store = tracker_store.SQLTrackerStore
    if store.save is not _save:
        _original_save = store.save
    store._retrieve, store._additional_events, store.save = _retrieve, _additional_events, _save
    if not getattr(RemoteAction._action_call_format, "_forbered_slim", False):
        RemoteAction._action_call_format = _slim_call_format(RemoteAction._action_call_format)
    if not getattr(RemoteAction._validate_action_result, "_forbered_fast", False):
        RemoteAction._validate_action_result = _fast_validate_action_result(RemoteAction._validate_action_result)
    import rasa.core.policies.rule_policy as rule_policy
    import rasa.core.processor as processor
    from rasa.engine.runner.dask import DaskGraphRunner

    for module in (processor, rule_policy):
        if not isinstance(module.copy, _DebugOnlyCopy):
            module.copy = _DebugOnlyCopy(module.__name__)  # type: ignore[assignment]
    DaskGraphRunner.run = _run_graph
    from rasa.utils.endpoints import EndpointConfig

    if not getattr(EndpointConfig.session, "_forbered_kept", False):
        EndpointConfig.session = _kept_session(EndpointConfig.session)
