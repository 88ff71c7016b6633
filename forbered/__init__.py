"""Forbered: a Danish MI-style assistant that prepares citizens for their plan meeting.

This package is the pure core: no Rasa, FastAPI or SQLAlchemy imports, so it runs in both
runtime environments (Python 3.10 beside Rasa, Python 3.11 beside the plan service).
"""

__version__ = "0.1.0"
