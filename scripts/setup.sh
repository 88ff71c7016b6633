#!/usr/bin/env bash
# Set up Forbered on a fresh machine, idempotently: both virtual environments, the Danish spaCy
# pipeline, Debian libraries, the trained tagger/coder and the Rasa model. Fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false PIP_DISABLE_PIP_VERSION_CHECK=1

log() { printf '\033[1m== %s\033[0m\n' "$*"; }
stamp() { cat "$@" 2>/dev/null | sha256sum | cut -c1-16; }

WHEEL="${FORBERED_SPACY_WHEEL:-}"
if [ -z "$WHEEL" ]; then
  for c in ../shared/models/da_plan_sm-*.whl shared/models/da_plan_sm-*.whl; do [ -f "$c" ] && WHEEL="$c"; done
fi

# Debian libraries the plan service needs for PDF rendering (WeasyPrint uses pango).
if [ "$(id -u)" = 0 ] && ! ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0; then
  log "Installing Debian libraries (pango, fonts)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null
fi

# .venv-rasa: Python 3.10 (Rasa 3.6.21 supports < 3.11 only; on 3.11 pip would silently pick rasa 1.10).
PY310="${FORBERED_PYTHON310:-}"
if [ -z "$PY310" ]; then
  if command -v pyenv >/dev/null && [ -x "$(pyenv prefix 3.10.13 2>/dev/null)/bin/python3.10" ]; then
    PY310="$(pyenv prefix 3.10.13)/bin/python3.10"
  else
    PY310="$(command -v python3.10 || true)"
  fi
fi
[ -n "$PY310" ] || { echo "Python 3.10 is required for Rasa 3.6 (set FORBERED_PYTHON310)"; exit 1; }

want="$(stamp requirements/rasa.txt pyproject.toml)-$(basename "${WHEEL:-none}")"
if [ "$(cat .venv-rasa/.forbered-stamp 2>/dev/null)" != "$want" ]; then
  log "Creating .venv-rasa (Rasa 3.6.21, Python 3.10) — a few minutes the first time"
  [ -x .venv-rasa/bin/python ] || "$PY310" -m venv .venv-rasa
  .venv-rasa/bin/pip install -q --upgrade "pip<24" wheel
  .venv-rasa/bin/pip install -q -r requirements/rasa.txt ${WHEEL:+"$WHEEL"}
  .venv-rasa/bin/pip install -q --no-deps -e .
  .venv-rasa/bin/python -c "import rasa, rasa_sdk, pydantic; assert rasa.__version__ == '3.6.21'; assert pydantic.VERSION.startswith('1.')"
  echo "$want" > .venv-rasa/.forbered-stamp
fi

want="$(stamp requirements/api.txt pyproject.toml)-$(basename "${WHEEL:-none}")"
if [ "$(cat .venv/.forbered-stamp 2>/dev/null)" != "$want" ]; then
  log "Creating .venv (plan service, CLI, tests; Python 3.11)"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -r requirements/api.txt ${WHEEL:+"$WHEEL"}
  .venv/bin/pip install -q -e .
  echo "$want" > .venv/.forbered-stamp
fi

# Trained tagger and coder: retrained when their corpora or code change.
want="$(stamp data/tagger/train.jsonl data/tagger/safety_lookalikes.jsonl data/coder/train.jsonl forbered/tagger/*.py forbered/oars/*.py)"
if [ "$(cat models/.forbered-stamp 2>/dev/null)" != "$want" ]; then
  log "Training the tagger and the coder"
  .venv/bin/forbered train
  mkdir -p models && echo "$want" > models/.forbered-stamp
fi

log "Rasa model"
.venv/bin/python scripts/stack.py --train-only
