"""The JSON API under /api/v1 (django-ninja): thin handlers that parse, call an action, and
shape the answer. Its schema is served at /api/v1/openapi.json and its docs at /api/v1/docs."""

from chaperone.api.app import api

__all__ = ["api"]
