"""Actions change state: one durable transaction each, audit entries inside it."""

from chaperone.messaging.actions.edit import do_edit_message
from chaperone.messaging.actions.release import do_override_release, do_release_due
from chaperone.messaging.actions.send import SendResult, check_send_message, do_send_message
from chaperone.messaging.actions.spaces import (
    do_add_member,
    do_create_space,
    do_decide_contact,
    do_open_direct,
    do_request_contact_again,
)

__all__ = [
    "SendResult",
    "check_send_message",
    "do_add_member",
    "do_create_space",
    "do_decide_contact",
    "do_edit_message",
    "do_open_direct",
    "do_override_release",
    "do_release_due",
    "do_request_contact_again",
    "do_send_message",
]
