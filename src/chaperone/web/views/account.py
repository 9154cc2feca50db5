"""Signing in (with the code when two-factor is on), signing out, and two-factor settings."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import auth, messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login

from chaperone.errors import Forbidden, InvalidInput
from chaperone.web import twofactor
from chaperone.web.forms import CodeForm, SignInForm
from chaperone.web.pages import page, render_page, when

PENDING = "web.pending_sign_in"
PENDING_SECONDS = 300
SETUP_KEY = "web.totp_setup_key"


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return settings.LOGIN_REDIRECT_URL


@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def sign_in(request):
    if request.user.is_authenticated:
        return redirect("web:home")
    form = SignInForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = form.get_user()
        if twofactor.has_totp(person):
            # Not signed in yet: the code comes first.
            request.session.cycle_key()
            request.session[PENDING] = {
                "id": person.pk,
                "backend": person.backend,
                "at": time.time(),
                "next": _next(request),
            }
            return redirect("web:sign_in_code")
        auth.login(request, person)
        return redirect(_next(request))
    return render_page(
        request,
        "web/login.html",
        {"form": form, "next": _next(request)},
        status=400 if form.errors else 200,
    )


@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def sign_in_code(request):
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        messages.error(request, "Please sign in again: the code step waits five minutes at most.")
        return redirect("web:login")
    person = auth.get_user_model().objects.filter(pk=pending["id"], is_active=True).first()
    if person is None:
        request.session.pop(PENDING, None)
        return redirect("web:login")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = twofactor.device_for_code(person, form.cleaned_data["code"])
        if device is not None:
            request.session.pop(PENDING, None)
            auth.login(request, person, backend=pending["backend"])
            otp_login(request, device)
            return redirect(pending["next"])
        form.add_error(
            "code",
            "That code did not match. Codes change every 30 seconds: type the newest one. "
            "After several wrong codes you must wait a little before trying again.",
        )
    return render_page(
        request, "web/login_code.html", {"form": form}, status=400 if form.errors else 200
    )


@require_POST
def sign_out(request):
    auth.logout(request)
    return redirect("web:login")


@page
@require_http_methods(["GET", "POST"])
def two_factor(request):
    me = request.user
    if not twofactor.may_use_totp(me):
        raise Forbidden("two-factor sign-in is for the organisation's staff and volunteers")
    if twofactor.has_totp(me):
        request.session.pop(SETUP_KEY, None)
        return render_page(
            request,
            "web/two_factor.html",
            {"on": True, "since": when(twofactor.totp_since(me)), "nav": "two_factor"},
        )
    key = request.session.get(SETUP_KEY) or twofactor.new_key()
    request.session[SETUP_KEY] = key
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = twofactor.do_enable_totp(me, key, form.cleaned_data["code"])
        except InvalidInput as exc:
            form.add_error("code", exc.detail.capitalize() + ".")
        else:
            request.session.pop(SETUP_KEY, None)
            otp_login(request, device)
            messages.success(
                request, "Two-factor sign-in is on. Next time you sign in we will ask for a code."
            )
            return redirect("web:two_factor")
    uri = twofactor.setup_uri(me, key)
    return render_page(
        request,
        "web/two_factor.html",
        {
            "on": False,
            "form": form,
            "qr": twofactor.qr_svg(uri),
            "key": twofactor.readable_key(key),
            "nav": "two_factor",
        },
        status=400 if form.errors else 200,
    )
