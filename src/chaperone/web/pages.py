"""What every page shares: the sign-in and two-factor checks, the organisation's clock, whom to
contact (D2), and errors shown as pages."""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format

from chaperone.errors import ChaperoneError, Forbidden, NotFound
from chaperone.orgs.models import Organisation
from chaperone.policy import ORG_ADULT_ROLES
from chaperone.web.twofactor import has_totp

SAFE_SCHEMES = ("https", "http", "mailto", "tel")


def is_org_adult(person) -> bool:
    return person.is_authenticated and person.role in ORG_ADULT_ROLES


def contacts_for(organisation: Organisation | None) -> list[dict[str, str]]:
    """Whom to contact: the welfare lead and the help lines, with links only to safe schemes.
    Before sign-in the organisation is unknown and the national lines are shown."""
    rows = (organisation or Organisation()).contacts()
    out = []
    for row in rows:
        url = (row.get("url") or "").strip()
        if urlsplit(url).scheme.lower() not in SAFE_SCHEMES:
            url = ""
        phone = (row.get("phone") or "").strip()
        out.append(
            {
                "name": row.get("name", ""),
                "phone": phone,
                "tel": "".join(ch for ch in phone if ch.isdigit() or ch == "+"),
                "url": url,
            }
        )
    return out


def when(value) -> str:
    """A moment as the organisation's people read it: local time, with the zone's name."""
    if value is None:
        return ""
    local = timezone.localtime(value)
    return f"{date_format(local, 'l j F Y, H:i')} ({local.tzname()})"


def render_page(request, template: str, context: dict | None = None, *, status: int = 200):
    user = request.user
    org = user.organisation if user.is_authenticated else None
    ctx = {
        "me": user if user.is_authenticated else None,
        "org": org,
        "is_org_adult": is_org_adult(user),
        "contacts": contacts_for(org),
    }
    ctx.update(context or {})
    return render(request, template, ctx, status=status)


def render_error(request, status: int, detail: str):
    titles = {
        400: "That did not work",
        403: "You cannot do that",
        404: "Not found",
        409: "Not allowed by the rules",
    }
    return render_page(
        request,
        "web/error.html",
        {"title": titles.get(status, "Something went wrong"), "detail": detail},
        status=status,
    )


def page(view):
    """A page for a signed-in person: sign-in (with the code, when they turned two-factor on)
    required, times in the organisation's zone, and refusals of access shown as pages."""

    @wraps(view)
    def inner(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        if has_totp(user) and not user.is_verified():
            # Two-factor was turned on after this session began: sign in again, with a code.
            logout(request)
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        with timezone.override(user.organisation.timezone):
            try:
                return view(request, *args, **kwargs)
            except NotFound as exc:
                return render_error(request, 404, exc.detail)
            except Forbidden as exc:
                return render_error(request, 403, exc.detail)
            except ChaperoneError as exc:  # a refusal no form on the page expected
                return render_error(request, exc.status, exc.detail)

    return inner
