"""Optional two-factor sign-in for the organisation's adults: an authenticator app (TOTP).

Setting up keeps the new key in the session until the person proves, with a code, that their
app holds it; only then is a confirmed device written, with its audit entry. Signing in with
two-factor on asks for a code before the session is signed in at all.
"""

from __future__ import annotations

import re
import time
from base64 import b32encode
from binascii import unhexlify

import qrcode
import qrcode.image.svg
from django.db import transaction
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import Forbidden, InvalidInput
from chaperone.permissions import Action, can

DEVICE_NAME = "Authenticator app"
TOLERANCE = 1  # one 30-second step either side, for clocks that drift
CODE = re.compile(r"^\d{6}$")


def may_use_totp(person) -> bool:
    """Two-factor is offered to the organisation's adults: staff, volunteers, admins, the DSL."""
    return can(person, Action.SET_UP_TWO_FACTOR)


def has_totp(person) -> bool:
    return TOTPDevice.objects.filter(user_id=person.pk, confirmed=True).exists()


def totp_since(person):
    device = TOTPDevice.objects.filter(user_id=person.pk, confirmed=True).order_by("pk").first()
    return device.created_at if device else None


def new_key() -> str:
    return default_key()


def readable_key(key_hex: str) -> str:
    """The key as an app asks for it when typed by hand: base32, in groups of four."""
    b32 = b32encode(unhexlify(key_hex)).decode().rstrip("=")
    return " ".join(b32[i : i + 4] for i in range(0, len(b32), 4))


def setup_uri(person, key_hex: str) -> str:
    return TOTPDevice(user=person, key=key_hex, name=DEVICE_NAME).config_url


def qr_svg(uri: str) -> str:
    """The set-up link as an inline SVG QR code (no image file, nothing fetched)."""
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    svg = image.to_string(encoding="unicode")
    svg = re.sub(r"^<\?xml[^>]*\?>\s*", "", svg)
    return svg.replace(
        "<svg ", '<svg role="img" aria-label="QR code for your authenticator app" ', 1
    )


def _clean(code: str) -> int | None:
    code = re.sub(r"\s+", "", code or "")
    return int(code) if CODE.match(code) else None


def _matching_step(key_hex: str, code: str) -> int | None:
    token = _clean(code)
    if token is None:
        return None
    totp = TOTP(unhexlify(key_hex))
    totp.time = time.time()
    if not totp.verify(token, TOLERANCE):
        return None
    return totp.t()


@transaction.atomic(durable=True)
def do_enable_totp(actor, key_hex: str, code: str) -> TOTPDevice:
    """Turn two-factor on once the person's app shows a code for the new key."""
    if not may_use_totp(actor):
        raise Forbidden("two-factor sign-in is for the organisation's staff and volunteers")
    if has_totp(actor):
        raise InvalidInput("two-factor sign-in is already on")
    step = _matching_step(key_hex, code)
    if step is None:
        raise InvalidInput(
            "that code did not match: codes change every 30 seconds, so type the newest one"
        )
    device = TOTPDevice.objects.create(
        user=actor,
        name=DEVICE_NAME,
        key=key_hex,
        tolerance=TOLERANCE,
        confirmed=True,
        last_t=step,  # the code just used cannot sign anyone in
    )
    chain.append(
        EventType.TWO_FACTOR_ENABLED,
        organisation=actor.organisation,
        actor=actor,
        obj=device,
        snapshot={"person": actor.pk, "method": "totp"},
    )
    return device


def device_for_code(person, code: str) -> TOTPDevice | None:
    """The person's device that accepts ``code`` (django-otp throttles repeated failures)."""
    if _clean(code) is None:
        return None
    for device in TOTPDevice.objects.filter(user_id=person.pk, confirmed=True):
        if device.verify_token(_clean(code)):
            return device
    return None
