"""Errors the platform answers with, each with a code and an HTTP status.

ChaperoneError
├── NotFound (404): unknown id, or another organisation's
├── Forbidden (403): the permissions module said no
├── Refused (409): a rule of SPEC.md said no; carries the reasons
└── InvalidInput (400): input that cannot be acted on
"""

from __future__ import annotations

from chaperone.policy import Reason


class ChaperoneError(Exception):
    status = 400
    code = "error"

    def __init__(self, detail: str, *, reasons: tuple[Reason, ...] | list[Reason] = ()):
        super().__init__(detail)
        self.detail = detail
        self.reasons = tuple(reasons)

    def as_dict(self) -> dict:
        return {
            "detail": self.detail,
            "code": self.code,
            "reasons": [r.as_dict() for r in self.reasons],
        }


class NotFound(ChaperoneError):
    status = 404
    code = "not_found"


class Forbidden(ChaperoneError):
    status = 403
    code = "forbidden"


class Refused(ChaperoneError):
    status = 409
    code = "refused"


class InvalidInput(ChaperoneError):
    status = 400
    code = "invalid_input"
