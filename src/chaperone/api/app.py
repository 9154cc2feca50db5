from __future__ import annotations

import logging

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import Http404
from django_otp import user_has_device
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer, SessionAuth

from chaperone.errors import ChaperoneError
from chaperone.orgs.actions import person_for_token

log = logging.getLogger(__name__)


class BearerAuth(HttpBearer):
    def authenticate(self, request, token: str):
        person = person_for_token(token)
        if person is not None:
            request.user = person
        return person


class ActiveSessionAuth(SessionAuth):
    """The web UI's session cookie, with CSRF, for the pages' own calls."""

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        if user is None or not user.is_active:
            return None
        # A person with two-factor on is signed in only once the code is checked.
        if user_has_device(user) and not user.is_verified():
            return None
        return user


api = NinjaAPI(
    title="Chaperone",
    version="1",
    description=(
        "Safeguarding-first messaging. Every refusal answers 4xx with "
        '`{"detail": ..., "reasons": [{"rule": "M1", "why": ...}]}` and changes nothing.'
    ),
    auth=[BearerAuth(), ActiveSessionAuth()],
    urls_namespace="api-v1",
)


def _error(request, status: int, detail: str, code: str, reasons=()):
    return api.create_response(
        request, {"detail": detail, "code": code, "reasons": list(reasons)}, status=status
    )


@api.exception_handler(ChaperoneError)
def _chaperone_error(request, exc: ChaperoneError):
    return api.create_response(request, exc.as_dict(), status=exc.status)


@api.exception_handler(NinjaValidationError)
def _validation_error(request, exc: NinjaValidationError):
    problems = []
    for err in exc.errors[:20]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "payload"))
        problems.append(f"{where or 'input'}: {err.get('msg', 'invalid')}")
    return api.create_response(
        request,
        {
            "detail": "; ".join(problems) or "invalid input",
            "code": "invalid_input",
            "reasons": [],
            "errors": exc.errors[:20],
        },
        status=422,
    )


@api.exception_handler(AuthenticationError)
def _auth_error(request, exc):
    return _error(request, 401, "sign in, or send a valid bearer token", "unauthenticated")


@api.exception_handler(RequestDataTooBig)
def _too_big(request, exc):
    return _error(request, 413, "the request body is too large", "too_large")


@api.exception_handler(TooManyFieldsSent)
def _too_many(request, exc):
    return _error(request, 413, "the request has too many fields", "too_large")


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error(request, 404, "not found", "not_found")


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    return _error(request, exc.status_code, str(exc), "error")


@api.exception_handler(OverflowError)
def _overflow(request, exc):
    return _error(request, 400, "a number is out of range", "invalid_input")


from chaperone.api import messages, moderation, people, posts, spaces  # noqa: E402
from chaperone.media import api as media_api  # noqa: E402

api.add_router("/", people.router)
api.add_router("/", spaces.router)
api.add_router("/", messages.router)
api.add_router("/", moderation.router)
api.add_router("/", posts.router)
api.add_router("/", media_api.router)
