"""What a page may offer the person reading it, asked of the one place that answers it
(``chaperone.permissions``): ``{% may "review" as may_review %}``."""

from __future__ import annotations

from django import template

from chaperone.permissions import Action, can

register = template.Library()


@register.simple_tag(takes_context=True)
def may(context, action: str) -> bool:
    me = context.get("me")
    if me is None or not getattr(me, "is_authenticated", False):
        return False
    return can(me, Action(action))
