# Thin wrappers: each target is a line or two calling the real tools.
.PHONY: setup run test test-fast bench eval eval-dialogue train lint

setup:
	scripts/setup.sh

run: setup
	.venv/bin/python scripts/stack.py

test:
	scripts/test.sh

test-fast:
	.venv/bin/python -m pytest tests/forbered tests/api -q

eval: setup
	.venv/bin/forbered eval

eval-dialogue: setup
	.venv/bin/python scripts/eval_dialogue.py

bench: setup
	.venv/bin/python scripts/bench.py

train:
	.venv/bin/forbered train && .venv/bin/python scripts/stack.py --train-only

lint:
	.venv/bin/ruff check forbered api scripts tests
